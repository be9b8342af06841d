/**
 * Lesson: what a network forgets. Switch the training lab to tasks in sequence, train n = 3 and
 * n = 20 naively on five class-incremental tasks and watch the first tasks' accuracy collapse,
 * then train naive against rehearsal and watch rehearsal hold them.
 */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { TrainRuntime } from '../app/runtime';
import { SEQ_PRESETS } from '../app/seq-setup';

const MODE = 'section.lab-mode';
const TRAIN = 'section[aria-labelledby="seq-train-heading"]';
const SUMMARY = 'section[aria-labelledby="seq-summary-heading"]';

/** A class-sized version of a preset: 40 digits per class and 40 memories. */
export const lessonSetup = (id: string) => {
  const p = SEQ_PRESETS.find((x) => x.id === id)!;
  return { ...p.setup, perClass: 40, K: 40 };
};

export const sequenceLesson: LessonDefinition<TrainRuntime> = {
  id: 'sequential-forgetting',
  title: 'What a network forgets',
  summary:
    'Train the classifier on digit pairs one after another and watch it forget the first pairs; then keep a few old digits and rehearse them.',
  steps: [
    {
      title: 'Tasks in sequence',
      text: 'So far every run saw all ten digits at once. Now the digits come in tasks: first 0 and 1, then 2 and 3, and so on, and a task’s digits are not shown again.',
      task: 'Switch the mode to “Tasks in sequence”',
      target: MODE,
      setup: ({ state }) => state.setSeq({ mode: 'single' }),
      done: ({ state }) => state.seq.mode === 'sequential',
    },
    {
      title: 'Naive: train and forget',
      text: 'Two runs, n = 3 (features) and n = 20 (prototypes), learn the five tasks with nothing kept. The lesson uses 40 digits per class and 40 memories so it finishes in class.',
      task: 'Press “Train the sequence” and watch the curves of the first tasks fall',
      target: TRAIN,
      setup: ({ state }) =>
        state.setSeq({ mode: 'sequential', setup: lessonSetup('naive-n'), preset: null }),
      done: ({ events }) => events.has('train:sequence'),
    },
    {
      title: 'Read the matrix',
      text: 'Row i of each matrix is the accuracy on every task after training task i. A dark diagonal with pale cells below it is forgetting: each task is learned, then lost.',
      task: 'Compare the last rows and the table’s average forgetting',
      target: SUMMARY,
      done: ({ state }) => state.seq.status === 'finished',
    },
    {
      title: 'Rehearsal holds',
      text: 'Now the second run keeps 200 digits of earlier tasks and trains on them again with every new task. The paper finds rehearsal strongly effective.',
      task: 'Press “Train the sequence” and compare the two runs',
      target: TRAIN,
      setup: ({ state }) =>
        state.setSeq({ mode: 'sequential', setup: lessonSetup('rehearsal'), preset: null }),
      done: ({ events }) => events.has('train:sequence'),
    },
  ],
};
