/**
 * The training lab (Krotov & Hopfield 2016): classifiers of MNIST digits trained live in the
 * worker, side by side for several powers n, from features (small n) to prototypes (large n).
 */
import { defineLab } from '../../shell/lab-definition';
import { featuresLesson } from './lessons/features';
import { TRAIN_TERMS } from './glossary';
import { labCodec } from './app/codec';
import { createTrain, type TrainRuntime } from './app/runtime';
import { createLabSlice } from './app/slice';
import { createSeqSlice } from './app/seq-slice';
import { sequenceLesson } from './lessons/sequence';
import { TrainPicture } from './ui/Picture';
import { TrainContent, TrainControls } from './ui/TrainLab';
import { trainRuntime } from './ui/context';

export const trainLab = defineLab<TrainRuntime>({
  id: 'train',
  title: 'Training lab',
  heading: 'training lab',
  purpose:
    'Train Krotov–Hopfield classifiers on MNIST for several n at once and watch memories turn from features into prototypes.',
  Picture: TrainPicture,
  context: trainRuntime,
  start: createTrain,
  Controls: TrainControls,
  Content: TrainContent,
  onShow: (rt) => rt.show(),
  onHide: (rt) => rt.hide(),
  slice: (...a) => ({ ...createLabSlice(...a), ...createSeqSlice(...a) }),
  codec: labCodec,
  legacyViews: { lab: () => undefined },
  lessons: [featuresLesson, sequenceLesson],
  glossary: TRAIN_TERMS,
  testHook: () => import('./test-hook'),
});
