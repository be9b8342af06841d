/** Lesson 4: basins of attraction (the map, probes, classical basins, basin-size curves). */
import { lessonBaseline } from '../../../shell/lessons/known-state';
import type { LessonDefinition, StepContext } from '../../../shell/lessons/lesson';
import type { Params } from '../../../store/params-slice';
import { describeModel } from '../../../shell/model/model';
import { patchResults } from '../app/results';
import type { BasinsRuntime } from '../app/runtime';
import { DEFAULT_BASIN } from '../app/slice';

type SetupCtx = Omit<StepContext<BasinsRuntime>, 'start' | 'events'>;

const MAP = 'section[aria-labelledby="basin-map-heading"]';
const SLICE = 'section[aria-labelledby="basin-slice-heading"]';
const CURVES = 'section[aria-labelledby="curves-heading"]';
const MODEL = 'section[aria-labelledby="model-heading"]';

function basinsSetup({ state: s, runtime }: SetupCtx, params: Partial<Params>): void {
  runtime.curves.stop();
  s.setBasinRun({ curves: { status: 'idle', done: 0, total: 0 } });
  patchResults(runtime.results, { curves: [] });
  lessonBaseline(s, params);
  s.setBasin(DEFAULT_BASIN);
  patchResults(runtime.results, { probe: null });
}

export const basinsLesson: LessonDefinition<BasinsRuntime> = {
  id: 'basins',
  title: 'Basins of attraction',
  summary: 'Colour a plane of states by the memory each falls into; probe it; measure basin size.',
  steps: [
    {
      title: 'A map of state space',
      text: 'Each cell of the map is a starting state on the plane through memories 1, 2 and 3. It is coloured by the memory its run ends on: the coloured regions are basins of attraction.',
      task: 'When the map is drawn, click a point on it to start a probe',
      target: MAP,
      setup: (ctx) => basinsSetup(ctx, { energy: 'polynomial', n: 20 }),
      done: ({ runtime }) => runtime.results.get().probe !== null,
    },
    {
      title: 'Another slice',
      text: 'The plane is spanned by three memories a, b, c; every cell mixes them in its own proportion before taking the sign.',
      task: 'Set Memory c to another digit',
      target: SLICE,
      setup: (ctx) => basinsSetup(ctx, { energy: 'polynomial', n: 20 }),
      done: ({ state, start }) =>
        state.basin.plane.kind === 'memories' &&
        start.basin.plane.kind === 'memories' &&
        state.basin.plane.c !== start.basin.plane.c,
    },
    {
      title: 'Classical basins',
      text: 'At n = 2 the ten digits are too many and too alike: most of the plane falls into states that are no memory at all.',
      task: 'Switch the family to Classical Hopfield (n = 2)',
      target: MODEL,
      setup: (ctx) => basinsSetup(ctx, { energy: 'polynomial', n: 20 }),
      done: ({ state }) => state.params.energy === 'classical',
    },
    {
      title: 'What a basin is',
      text: 'A basin is the set of starting states that end on the same attractor. Wide basins forgive noisy cues; narrow ones do not.',
      task: 'Open the ? next to Basins of attraction',
      target: MAP,
      done: ({ events }) => events.has('term:basin'),
    },
    {
      title: 'Basin size',
      text: 'The curves flip a growing fraction of each memory’s pixels at random and count how often the run comes back. The radius is where that drops below one half.',
      task: 'Press Compute curves',
      target: CURVES,
      setup: (ctx) => basinsSetup(ctx, { energy: 'polynomial', n: 20 }),
      done: ({ state }) =>
        state.basinRun.curves.status === 'computing' || state.basinRun.curves.status === 'done',
    },
    {
      title: 'n widens basins',
      text: 'Raise n and compute again: in the prototype regime each memory’s basin reaches further before retrieval fails.',
      task: 'Set n to 30 or more, then compute the curves and let them finish',
      target: CURVES,
      setup: (ctx) => basinsSetup(ctx, { energy: 'polynomial', n: 3 }),
      done: ({ state, runtime }) =>
        state.params.n >= 30 &&
        state.params.energy !== 'classical' &&
        state.basinRun.curves.status === 'done' &&
        runtime.results.get().curves[0]?.model === describeModel(state.params),
    },
  ],
};
