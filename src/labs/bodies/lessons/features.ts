/**
 * Lesson: memories as random features. Drag Y and watch the distributed landscape approach the
 * exact one; add a memory and see the weight count stay fixed; measure the error against Y.
 */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { BodiesRuntime } from '../app/runtime';
import { DEFAULT_FEATURES } from '../app/rf-presets';

const open: LessonDefinition<BodiesRuntime>['steps'][number]['setup'] = ({ state, runtime }) => {
  state.setBodiesView('features');
  state.setFeatures({ ...DEFAULT_FEATURES, logY: 8 });
  void runtime.features.runToy();
};

export const featuresLesson: LessonDefinition<BodiesRuntime> = {
  id: 'random-features',
  title: 'Memories as random features',
  summary:
    'Fold every memory into one fixed-size vector of random features and see its energy approach the exact one as the features grow.',
  steps: [
    {
      title: 'Two landscapes',
      text: 'Eight memories on a plane. Left, the exact energy; right, the distributed memory’s estimate from only $Y = 2^8$ random features. It is rough.',
      task: 'Find the memories (white rings) on both landscapes, then go on.',
      target: '.rf-landscape-box',
      setup: open,
      done: () => true,
    },
    {
      title: 'More features',
      text: 'The estimate is $\\tilde E(x) = -\\beta^{-1} \\log \\varphi(x)\\cdot T$. More features make $\\varphi(x)\\cdot T$ closer to the exact sum.',
      task: 'Drag “Features Y” up to at least 2^12 and watch the right landscape approach the left one and the energy error fall.',
      target: '.rf-map',
      setup: open,
      done: ({ state }) => state.features.logY >= 12,
    },
    {
      title: 'Add a memory',
      text: 'Adding a memory adds $\\varphi(\\xi)$ to $T$: the weights stay $2Y$, while the exact memory grows by $D$ numbers.',
      task: 'Press “Add memory” and compare the two weight counts.',
      target: '[data-rf-action="add"]',
      setup: open,
      done: ({ state, start }) =>
        state.features.toy.memories.length > start.features.toy.memories.length,
    },
    {
      title: 'The error against Y',
      text: 'On log–log axes the error against $Y$ is a straight line; theory says its slope is $-\\tfrac12$.',
      task: 'Press “Measure the curve” and read the fitted slopes.',
      target: '.rf-curve',
      setup: ({ state }) => {
        state.setBodiesView('features');
        state.setFeatures({ curveKind: 'toy' });
      },
      done: ({ state, start }) =>
        state.featuresJobs.curve !== start.featuresJobs.curve &&
        state.featuresJobs.curve.status === 'done',
    },
    {
      title: 'Spiky landscapes',
      text: 'At high $\\beta$ each memory’s well is narrow and far queries need many more features.',
      task: 'Set β to 10 or more and see how many features the landscape needs now.',
      target: '.rf-map',
      setup: open,
      done: ({ state }) => state.features.beta >= 10 && state.features.logY >= 12,
    },
  ],
};

export const featuresLessons: readonly LessonDefinition<BodiesRuntime>[] = [featuresLesson];
