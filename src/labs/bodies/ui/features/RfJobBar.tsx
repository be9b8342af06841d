/** One random-features job's bar: the shared job bar fed from the features slice and runtime. */
import { JobBar, type JobBarProps } from '../../../../components/panels/JobBar';
import { useDamStore } from '../../../../store';
import type { RfJobName } from '../../app/rf-state';
import { useRf } from './use-rf';

type Props = Omit<JobBarProps, 'job' | 'state' | 'cancel' | 'prefix'> & { job: RfJobName };

export function RfJobBar(props: Props) {
  const rt = useRf();
  const state = useDamStore((s) => s.featuresJobs[props.job]);
  return <JobBar {...props} state={state} cancel={() => rt.cancel(props.job)} prefix="rf" />;
}
