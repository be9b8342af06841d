/**
 * Lesson: capacity. Run the scaling preset, watch K_max grow like N^(n−1), read the theory lines,
 * raise n yourself, then switch to separated patterns and see log K_max rise with d_H and fall
 * with feature correlation.
 */
import { CAPACITY_PRESETS } from '../../../core/capacity/presets';
import type { GridSpec } from '../../../core/capacity/types';
import type { LessonDefinition, StepContext } from '../../../shell/lessons/lesson';
import type { CapacityRuntime } from '../app/runtime';
import { seriesModel } from '../app/setup';
import { IDLE_RUN } from '../app/slice';

type Ctx = StepContext<CapacityRuntime>;
type SetupCtx = Omit<Ctx, 'start' | 'events'>;

const PRESETS = 'section[aria-labelledby="capacity-presets-heading"]';
const CHART = 'section[aria-labelledby="capacity-view-heading"]';
const SERIES = 'section[aria-labelledby="capacity-series-heading"]';
const AGREEMENT = '.capacity-run';

const preset = (id: string) => {
  const p = CAPACITY_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no capacity preset "${id}"`);
  return p;
};

/** The scaling preset's first two series at three lengths: quick to run, ready for a third. */
export function lessonGrid(): GridSpec {
  const g = preset('scaling').grid;
  return { ...g, series: g.series.slice(0, 2).map((s) => ({ ...s, sweep: { N: [32, 45, 64] } })) };
}

/** Nothing running, nothing shown, the set-up `grid` on view `view`. */
function fresh(
  { state, runtime }: SetupCtx,
  grid: GridSpec,
  view: 'curve' | 'scaling' | 'separation',
) {
  runtime.cancel();
  state.setCapacity({ grid, preset: null, view });
  state.setCapacityRun(IDLE_RUN);
  runtime.results.set({ grid: null, lines: [] });
}

/** The preset's run started (or finished) since the step opened. */
const ranPreset = ({ state, start }: Ctx, id: string) =>
  state.capacity.preset === id &&
  state.capacityRun !== start.capacityRun &&
  (state.capacityRun.status === 'running' || state.capacityRun.status === 'done');

/** The preset's run has finished, started by the step's set-up or by the learner. */
function finished({ state, runtime }: Ctx, id: string): boolean {
  return (
    state.capacity.preset === id &&
    state.capacityRun.status === 'done' &&
    runtime.results.get().grid === state.capacity.grid
  );
}

function keepOrRun({ state, runtime }: SetupCtx, id: string): void {
  const p = preset(id);
  const same = state.capacity.preset === id && state.capacity.grid === p.grid;
  const busy = state.capacityRun.status === 'running' || state.capacityRun.status === 'done';
  if (!(same && busy)) void runtime.runPreset(p.id, p.grid, p.view);
}

export const capacityLesson: LessonDefinition<CapacityRuntime> = {
  id: 'capacity',
  title: 'How many memories fit',
  summary: 'Measure K_max against N for n = 2, 3, 4, compare it with theory, then with separation.',
  steps: [
    {
      title: 'A measurement, not a story',
      text: 'Store K random patterns of N bits and ask: is every one of them a fixed point? Each trial adds patterns until the answer turns to no; the last K before that is the trial’s $K_{max}$.',
      task: 'Press the preset “K_max against N (n = 2, 3, 4)”',
      target: PRESETS,
      setup: (ctx) => fresh(ctx, preset('curves').grid, 'curve'),
      done: (ctx) => ctx.state.capacityRun !== ctx.start.capacityRun && ranPreset(ctx, 'scaling'),
    },
    {
      title: 'Points arrive, cheapest first',
      text: 'Each dot is the median over 20 trials, its bar the middle half. The small N come first; on log–log axes a power law $K_{max} \\propto N^{s}$ is a straight line of slope $s$.',
      task: 'Let the run finish',
      target: AGREEMENT,
      setup: (ctx) => keepOrRun(ctx, 'scaling'),
      done: (ctx) => finished(ctx, 'scaling'),
    },
    {
      title: 'Theory beside it',
      text: 'Krotov and Hopfield predict $K_{max} \\approx N^{n-1}/(2(2n-3)!!\\ln N)$ for power n; the classical network stores about $N/(2\\ln N)$ patterns without error. The dashed lines are drawn, never fitted.',
      task: 'Open the ? next to theory lines',
      target: CHART,
      setup: (ctx) => keepOrRun(ctx, 'scaling'),
      done: ({ events }) => events.has('term:theory-lines'),
    },
    {
      title: 'Raise n yourself',
      text: 'Each step up in n multiplies the capacity by about N. Add a series: it copies the last one at the next power.',
      task: 'Add a series with n = 4 or more, then press Run and let it finish',
      target: SERIES,
      setup: (ctx) => fresh(ctx, lessonGrid(), 'scaling'),
      done: ({ state, runtime }) =>
        state.capacity.grid.series.some((_, i) => seriesModel(state.capacity.grid, i).n >= 4) &&
        state.capacityRun.status === 'done' &&
        runtime.results.get().grid === state.capacity.grid,
    },
    {
      title: 'Separated patterns',
      text: 'Bielmeier and Friedland built patterns at least $d_H$ bits apart. Closer patterns interfere more, so capacity should grow with the separation — exponentially, they found.',
      task: 'Press the preset “log K_max against d_H for two ρ”',
      target: PRESETS,
      setup: (ctx) => keepOrRun(ctx, 'scaling'),
      done: (ctx) => ranPreset(ctx, 'separation'),
    },
    {
      title: 'How the patterns were made',
      text: 'A log axis turns exponential growth into a straight line: read the slope of each line in the legend, per bit of $d_H$.',
      task: 'When the run has finished, open the ? next to d_H',
      target: CHART,
      setup: (ctx) => keepOrRun(ctx, 'separation'),
      done: (ctx) => finished(ctx, 'separation') && ctx.events.has('term:min-hamming'),
    },
    {
      title: 'Correlation at fixed separation',
      text: 'At the same $d_H$, correlated features (ρ = 0.5) give a lower line than independent ones, more so at higher n. The dataset view shows the correlation each pool really had.',
      task: 'Open the Dataset view',
      target: CHART,
      setup: (ctx) => keepOrRun(ctx, 'separation'),
      done: ({ state, start }) =>
        state.capacity.view === 'stats' && start.capacity.view !== 'stats',
    },
  ],
};
