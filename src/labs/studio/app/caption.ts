/**
 * The caption of an exported picture: what it shows in plain words (title, each model with its n
 * or β and update mode, its verdict at the shown frame, how the cue was made).
 */
import { describeModel } from '../../../shell/model/model';
import type { LiveLane } from './live';
import type { LaneSummary } from './slice';
import { describeProgress, describeVerdict, memoryName } from './verdict';

function verdictLine(summary: LaneSummary | undefined, lane: LiveLane): string {
  if (summary?.progress) return describeProgress(summary.progress, lane.labels);
  if (!summary?.verdict) return 'not run yet';
  const { text } = describeVerdict(summary.verdict, lane.labels, lane.cueMemory);
  return summary.converged ? text : `${text} (not settled)`;
}

function cueLine(lane: LiveLane): string {
  const { start, flipP, seed } = lane.cue;
  const from =
    start.kind === 'memory'
      ? `memory ${memoryName(start.index, lane.labels)}`
      : start.kind === 'drawing'
        ? 'the drawing'
        : `random pattern (seed ${start.seed})`;
  return `Cue: ${from}, flip noise p = ${flipP.toFixed(2)}, seed ${seed}`;
}

export function exportCaption(
  lanes: readonly LiveLane[],
  summaries: readonly LaneSummary[],
): string[] {
  const title = 'Dense Associative Memory · retrieval studio';
  if (!lanes.length) return [title];
  const { mode, temperature } = lanes[0].dynamics;
  const dynamics = `${mode === 'async' ? 'asynchronous' : 'synchronous'} updates, T = ${temperature}`;
  const model = (i: number) =>
    summaries[i] ? describeModel(summaries[i].model) : `${lanes[i].spec.energy}`;
  const rows =
    lanes.length === 1
      ? [`Model: ${model(0)} (${dynamics})`, `Verdict: ${verdictLine(summaries[0], lanes[0])}`]
      : lanes.map((l, i) => `Model ${i + 1}: ${model(i)} · ${verdictLine(summaries[i], l)}`);
  return [
    title,
    ...rows,
    ...(lanes.length > 1 ? [`All models: ${dynamics}`] : []),
    cueLine(lanes[0]),
  ];
}
