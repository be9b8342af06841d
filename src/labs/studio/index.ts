/**
 * The retrieval studio (Krotov & Hopfield 2016, Demircigil et al. 2017, Ramsauer et al. 2020):
 * store memories, corrupt a cue, watch the state descend the energy into an attractor, live n
 * and β, several models side by side.
 */
import { defineLab } from '../../shell/lab-definition';
import { studioCodec } from './app/codec';
import { createStudio, type StudioRuntime } from './app/runtime';
import { createStudioSlice } from './app/slice';
import { StudioPicture } from './ui/Picture';
import { StudioContent, StudioControls, StudioHeaderActions } from './ui/StudioLab';
import { studioRuntime } from './ui/context';
import { basicsLesson } from './lessons/basics';
import { classicalLesson } from './lessons/classical';
import { softmaxLesson } from './lessons/softmax';

export const studioLab = defineLab<StudioRuntime>({
  id: 'studio',
  title: 'Studio',
  heading: 'retrieval studio',
  purpose:
    'Store digits or drawings, corrupt a cue and watch the state fall down the energy into a memory; change n or β live.',
  Picture: StudioPicture,
  context: studioRuntime,
  start: createStudio,
  Controls: StudioControls,
  Content: StudioContent,
  HeaderActions: StudioHeaderActions,
  onShow: (rt) => rt.run.show(),
  onHide: (rt) => rt.run.hide(),
  slice: createStudioSlice,
  codec: studioCodec,
  legacyViews: {
    single: (s) => s.setStudio({ compare: false }),
    compare: (s) => s.setStudio({ compare: true }),
  },
  shortcuts: [
    { keys: 'Space', action: 'Play / pause', match: [' '], run: (rt) => rt.run.togglePlay() },
    {
      keys: '→',
      action: 'Step (one neuron, one sweep or one update)',
      match: ['ArrowRight'],
      onButtons: true,
      run: (rt) => void rt.run.stepForward(),
    },
    {
      keys: '←',
      action: 'Step back through the recorded trajectory',
      match: ['ArrowLeft'],
      onButtons: true,
      run: (rt) => rt.run.stepBack(),
    },
    {
      keys: 'R',
      action: 'Reset to the cue',
      match: ['r', 'R'],
      onButtons: true,
      run: (rt) => void rt.run.reset(),
    },
  ],
  lessons: [basicsLesson, classicalLesson, softmaxLesson],
  testHook: () => import('./test-hook'),
});
