/** One census job's bar: the shared job bar fed from the census slice and runtime. */
import { JobBar as Bar, type JobBarProps } from '../../../components/panels/JobBar';
import { useDamStore } from '../../../store';
import type { JobName } from '../app/slice';
import { useCensus } from './context';

type Props = Omit<JobBarProps, 'job' | 'state' | 'cancel' | 'prefix'> & { job: JobName };

export function JobBar(props: Props) {
  const rt = useCensus();
  const state = useDamStore((s) => s.censusJobs[props.job]);
  return <Bar {...props} state={state} cancel={() => rt.cancel(props.job)} prefix="census" />;
}
