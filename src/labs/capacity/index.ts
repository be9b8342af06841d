/**
 * Capacity: how many patterns a dense associative memory stores under a named criterion,
 * measured over seeded trials in the worker, against N, the power n, the separation d_H and the
 * feature correlation ρ, with the papers' theory lines beside the measurement.
 */
import { defineLab } from '../../shell/lab-definition';
import { capacityCodec } from './app/codec';
import { createCapacity, type CapacityRuntime } from './app/runtime';
import { createCapacitySlice } from './app/slice';
import { CAPACITY_TERMS } from './glossary';
import { capacityLesson } from './lessons/capacity';
import { CapacityContent, CapacityControls } from './ui/CapacityLab';
import { CapacityPicture } from './ui/Picture';
import { capacityRuntime } from './ui/context';

export const capacityLab = defineLab<CapacityRuntime>({
  id: 'capacity',
  title: 'Capacity',
  heading: 'capacity',
  purpose:
    'Measure how many patterns fit: K_max against N, the power n, separation and feature correlation, with the theory beside it.',
  Picture: CapacityPicture,
  context: capacityRuntime,
  start: (shell) => createCapacity(shell),
  Controls: CapacityControls,
  Content: CapacityContent,
  slice: createCapacitySlice,
  codec: capacityCodec,
  lessons: [capacityLesson],
  glossary: CAPACITY_TERMS,
  testHook: () => import('./test-hook'),
});
