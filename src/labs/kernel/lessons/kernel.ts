/**
 * Lesson: spreading memories apart. Load the Tammes M = 6 preset, train U-Hop+ and watch the
 * minimum angle climb to the octahedron's 90°, compare the basin maps before and after, then
 * read the MNIST metastable table.
 */
import type { LessonDefinition, StepContext } from '../../../shell/lessons/lesson';
import type { KernelRuntime } from '../app/runtime';
import { presetSetup } from '../app/presets';
import { sameTraining, trainingSpec } from '../app/setup';
import type { KernelSetup } from '../app/slice';

type Ctx = StepContext<KernelRuntime>;
type SetupCtx = Omit<Ctx, 'start' | 'events'>;

const PRESETS = 'section[aria-labelledby="kernel-presets-heading"]';
const TRAIN = 'section[aria-labelledby="kernel-train-heading"]';
const CURVES = 'section[aria-labelledby="kernel-curves-heading"]';
const BASINS = 'section[aria-labelledby="kernel-basins-heading"]';
const META = 'section[aria-labelledby="kernel-metastable-heading"]';

/** The MNIST metastable preset at a size a class waits for: 200 memories, 100 queries. */
export function lessonMnist(): KernelSetup {
  const s = presetSetup('mnist-metastable')!;
  return {
    ...s,
    memories: { ...s.memories, M: 200 },
    metastable: { ...s.metastable, queries: 100, normalisers: ['softmax', 'sparsemax'] },
  };
}

const isLessonMnist = (s: KernelSetup) =>
  JSON.stringify({ ...s, preset: null }) === JSON.stringify({ ...lessonMnist(), preset: null });

/** The Tammes M = 6 set-up loaded (unless it is). */
function ensureTammes({ state, runtime }: SetupCtx): void {
  if (state.kernel.preset !== 'tammes-6') runtime.applyPreset('tammes-6');
}

/** Tammes M = 6 loaded and its training shown, or running. */
function ensureTrained(ctx: SetupCtx): void {
  ensureTammes(ctx);
  const { state, runtime } = ctx;
  const t = runtime.results.get().train;
  const spec = trainingSpec(presetSetup('tammes-6')!);
  if ((t && sameTraining(t.spec, spec)) || state.kernelJobs.train.status === 'running') return;
  void runtime.train();
}

const trainedShown = ({ state, runtime }: Ctx) => {
  const t = runtime.results.get().train;
  return (
    state.kernelJobs.train.status === 'done' &&
    t !== null &&
    sameTraining(t.spec, trainingSpec(state.kernel))
  );
};

export const kernelLesson: LessonDefinition<KernelRuntime> = {
  id: 'kernel',
  title: 'Spread the memories apart',
  summary:
    'Train a feature map with U-Hop+ until six memories sit on an octahedron, and see basins grow and metastable states thin out.',
  steps: [
    {
      title: 'Six memories, three dimensions',
      text: 'Six random memories in $\\mathbb{R}^{10}$ are mapped by $\\Phi(x) = Wx$ to three dimensions and scaled to the unit sphere. How far apart can six points on a sphere be? The Tammes problem says 90°: the corners of an octahedron.',
      task: 'Press the preset “Tammes M = 6”',
      target: PRESETS,
      setup: ({ runtime, state }) => {
        runtime.cancel('train');
        state.setKernel({ ...state.kernel, preset: null });
      },
      done: ({ state }) => state.kernel.preset === 'tammes-6',
    },
    {
      title: 'Train U-Hop+',
      text: 'U-Hop+ trains W on the separation loss: it punishes pairs of features that point the same way, most of all the closest pair at a small temperature τ.',
      task: 'Press “Train U-Hop+” and watch the points spread on the sphere',
      target: TRAIN,
      setup: ensureTammes,
      done: ({ state, start }) =>
        state.kernel.preset === 'tammes-6' &&
        state.kernelJobs.train !== start.kernelJobs.train &&
        state.kernelJobs.train.status !== 'idle',
    },
    {
      title: 'The angle reaches the optimum',
      text: 'The minimum angle climbs toward the dashed Tammes line at 90°, between the Proposition 3.1 bounds. The loss falls as it does.',
      task: 'Let the training finish and compare the curve with the Tammes line',
      target: CURVES,
      setup: ensureTrained,
      done: trainedShown,
    },
    {
      title: 'Basins before and after',
      text: 'On the plane through memories 1, 2 and 3, each query runs a few kernelized retrieval steps. Compare which share of the plane falls to a memory with the initial map and with the learned one.',
      task: 'Press “Compute basin maps”',
      target: BASINS,
      setup: ensureTrained,
      done: ({ state, runtime }) =>
        state.kernelJobs.basins.status === 'done' && runtime.results.get().basins !== null,
    },
    {
      title: 'Metastable states on MNIST',
      text: 'With digits as memories, a query may end on a mix of several memories: a metastable state. The table counts, per query, how many memories keep a weight above 0.01, with the raw and the learned map. The lesson loads a class-sized version of the paper’s set-up: 200 training digits and 100 test digits (the preset “MNIST metastable table” is five times larger). Also read the line on how much longer the learned features are.',
      task: 'Press “Compute the table” (it trains the map first)',
      target: META,
      setup: ({ state, runtime }) => {
        if (!isLessonMnist(state.kernel)) runtime.edit(lessonMnist());
      },
      done: ({ events }) => events.has('kernel:metastable'),
    },
  ],
};
