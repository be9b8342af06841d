/**
 * What the studio's lessons share: putting the studio in a known state, and the tests that
 * tell a step was done (a run played, frames stepped, a value changed).
 */
import { lessonBaseline } from '../../../shell/lessons/known-state';
import type { StepContext } from '../../../shell/lessons/lesson';
import type { DamState } from '../../../store';
import type { Params } from '../../../store/params-slice';
import type { CueSpec } from '../../../core/data/contracts';
import { current } from '../app/history';
import type { StudioRuntime } from '../app/runtime';

export type Ctx = StepContext<StudioRuntime>;
type SetupCtx = Omit<Ctx, 'start' | 'events'>;

/**
 * The ten default digits as memories, the given model and cue, one model on the stage, and the
 * run back at the cue. Leaves the bank alone when it already holds the defaults.
 */
export async function studioSetup(
  { state: s, runtime }: SetupCtx,
  params: Partial<Params>,
  cue: Partial<CueSpec> = {},
): Promise<void> {
  if (s.studio.compare) s.setStudio({ compare: false });
  lessonBaseline(s, params);
  s.setCue({ start: { kind: 'memory', index: 3 }, flipP: 0.2, occlude: null, clamp: null, ...cue });
  await runtime.run.reset();
}

/** The run was started (it is playing or has finished) since the step opened. */
export const played = ({ state, start }: Ctx): boolean =>
  start.run.status !== 'done' && (state.run.status === 'running' || state.run.status === 'done');

/** The run has finished (settled or at its step limit) since the step opened. */
export const finished = ({ state, start }: Ctx): boolean =>
  start.run.status !== 'done' && state.run.status === 'done';

/** The shown frame of lane 0: its time and whether it is the newest recorded one. */
export function shownFrame(rt: StudioRuntime): { t: number; atHead: boolean } | null {
  const lane = rt.run.live.get().lanes[0];
  if (!lane) return null;
  const h = lane.history;
  return { t: current(h).t, atHead: h.cursor === h.frames.length - 1 };
}

export const verdictKind = (s: DamState): string | null => s.run.lanes[0]?.verdict?.kind ?? null;

/** Any of the events was seen. */
export const sawAny =
  (...names: string[]) =>
  ({ events }: Ctx): boolean =>
    names.some((n) => events.has(n));

export const STAGE = 'section[aria-labelledby="stage-heading"]';
export const MODEL = 'section[aria-labelledby="model-heading"]';
export const CUE = 'section[aria-labelledby="cue-heading"]';
export const DYNAMICS = 'section[aria-labelledby="dynamics-heading"]';
export const BANK = 'section[aria-labelledby="memories-heading"]';
export const TRANSPORT = '.transport';
export const ENERGY = '.stage-row.lower .chart-cell:first-child';
