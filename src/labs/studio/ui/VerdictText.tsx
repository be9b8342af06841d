/**
 * The verdict of one lane at the shown frame, with the stability ratio of the state (binary
 * models) and a hint when retrieval failed; a neutral
 * "in progress" line while the run has neither settled nor reached its step limit.
 */
import type { LaneSummary } from '../app/slice';
import { describeProgress, describeVerdict } from '../app/verdict';
import { Term } from '../../../shell/ui/Term';

export function VerdictText(props: {
  summary: LaneSummary | undefined;
  labels: readonly string[];
  cueMemory: number | null;
  running: boolean;
}) {
  const { summary, labels, cueMemory, running } = props;
  if (!summary?.verdict) {
    return (
      <p className="verdict pending" data-verdict="none" role="status">
        {running ? 'Descending the energy…' : 'Press Play (space) or Step (→).'}
      </p>
    );
  }
  if (summary.progress) {
    return (
      <div className="verdict-box" role="status">
        <p className="verdict progress" data-verdict="progress">
          {describeProgress(summary.progress, labels)} <Term id="settled" />
        </p>
      </div>
    );
  }
  const { tone, text } = describeVerdict(summary.verdict, labels, cueMemory);
  return (
    <div className="verdict-box" role="status">
      <p className={`verdict ${tone}`} data-verdict={summary.verdict.kind}>
        {text}
        {summary.converged ? '' : ' (not settled)'} <Term id={summary.verdict.kind} />
      </p>
      {summary.sr !== undefined && summary.sr !== null && (
        <p className="sr" data-testid="stability-ratio">
          stability ratio {summary.sr.toFixed(3)} <Term id="stability-ratio" />
        </p>
      )}
      {summary.hint && <p className="hint">{summary.hint}</p>}
    </div>
  );
}
