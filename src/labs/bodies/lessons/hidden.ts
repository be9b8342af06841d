/**
 * Lesson: hidden neurons. Run the two-layer network on a noisy digit, watch the memory neurons
 * switch on and the energy fall.
 */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { BodiesRuntime } from '../app/runtime';
import { DEFAULT_HIDDEN } from '../app/hidden-slice';

export const hiddenLesson: LessonDefinition<BodiesRuntime> = {
  id: 'hidden-neurons',
  title: 'Memories as hidden neurons',
  summary:
    'Run a two-layer network with one hidden neuron per memory and see it reduce to a one-layer dense associative memory as the hidden layer gets fast.',
  steps: [
    {
      title: 'A noisy digit',
      text: 'Ten MNIST digits are stored, one hidden neuron each. The visible layer starts at a noisy digit that is not one of them.',
      task: 'Press Run',
      setup: ({ state, runtime }) => {
        runtime.hidden.cancel();
        state.setBodiesView('hidden');
        state.setBodiesHidden(DEFAULT_HIDDEN);
      },
      done: ({ state, start }) =>
        state.bodiesHiddenJob !== start.bodiesHiddenJob && state.bodiesHiddenJob.status !== 'idle',
    },
  ],
};
