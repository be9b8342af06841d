/** Lesson 5: features and prototypes in the training lab. */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { TrainRuntime } from '../app/runtime';
import type { DamState } from '../../../store';

const SCRUBBER = '.lab-scrubber';

/** The one-task mode with the shipped runs (the lesson's panels live there). */
const single = (state: DamState, patch: Parameters<DamState['setLab']>[0]) => {
  state.setSeq({ mode: 'single' });
  state.setLab(patch);
};
const CONTRIB = 'section[aria-labelledby="lab-contrib-heading"]';
const USE = 'section[aria-labelledby="lab-use-heading"]';
const SETUP = 'section[aria-labelledby="lab-setup-heading"]';

export const featuresLesson: LessonDefinition<TrainRuntime> = {
  id: 'features-prototypes',
  title: 'Features and prototypes in the training lab',
  summary: 'Trained memories at small and large n, how many decide a digit, and training live.',
  steps: [
    {
      title: 'Trained memories',
      text: 'Each run trained K = 100 memories of 794 neurons (784 pixels and 10 labels) to classify MNIST digits. The grids show the pixel part of every memory, purple for −1 and orange for +1.',
      task: 'Drag the epoch scrubber back to an early epoch',
      target: SCRUBBER,
      setup: ({ state }) => single(state, { group: 'shipped', scrub: null }),
      done: ({ state }) => state.lab.scrub !== null,
    },
    {
      title: 'From strokes to digits',
      text: 'Early on both grids are noise. By the end, at small n the memories look like strokes and blobs that many combine (features); at large n many look like whole digits (prototypes).',
      task: 'Press Latest to show the last epoch again',
      target: SCRUBBER,
      setup: ({ state }) => single(state, { group: 'shipped', scrub: 1 }),
      done: ({ state }) => state.lab.scrub === null,
    },
    {
      title: 'How many decide',
      text: 'For each test digit the lab counts how many memories it takes to collect 90% of the evidence for the decision. The chart shows that count for each run.',
      task: 'Open the ? next to Contributors to read how it is counted',
      target: CONTRIB,
      setup: ({ state }) => single(state, { group: 'shipped', scrub: null }),
      done: ({ events }) => events.has('term:contributors'),
    },
    {
      title: 'Use another run',
      text: 'Any run can classify a digit you draw, generate one, or complete one. Pick the other run and try the same digit.',
      task: 'In Use the trained memory, choose the other run',
      target: USE,
      setup: ({ state }) => single(state, { group: 'shipped', scrub: null }),
      done: ({ state, start }) =>
        state.lab.useRun !== null && state.lab.useRun !== start.lab.useRun,
    },
    {
      title: 'Train live',
      text: 'The same training runs here, in a worker, all runs in lockstep on the same digits and seed.',
      task: 'Press Train live',
      target: SETUP,
      // The press itself completes the task: a group that starts and stops (or fails) before the
      // next re-check would otherwise leave the step undone.
      done: ({ state, events }) =>
        events.has('train:live') ||
        state.lab.training === 'running' ||
        state.lab.training === 'starting',
    },
    {
      title: 'Stop when you like',
      text: 'Training keeps going while you look at other labs. Pause it to study one epoch, or cancel it; the shipped runs stay.',
      task: 'Pause or cancel the training',
      target: SETUP,
      done: ({ state }) => state.lab.training === 'paused' || state.lab.training === 'cancelled',
    },
  ],
};
