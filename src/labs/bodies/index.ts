/**
 * Same memory, other bodies (models.md §5, §6): the memories held as hidden neurons of a
 * two-layer network (Krotov & Hopfield 2020), or as random features summed into one tensor
 * (DrDAM, Hoover et al. 2024) — the same energy, other bodies.
 */
import { defineLab } from '../../shell/lab-definition';
import { bodiesCodec } from './app/codec';
import { createBodies, type BodiesRuntime } from './app/runtime';
import { createBodiesSlice } from './app/slice';
import { BODIES_TERMS } from './glossary';
import { featuresLessons } from './lessons/features';
import { hiddenLesson } from './lessons/hidden';
import { BodiesContent, BodiesControls } from './ui/BodiesLab';
import { BodiesPicture } from './ui/Picture';
import { bodiesRuntime } from './ui/context';

export const bodiesLab = defineLab<BodiesRuntime>({
  id: 'bodies',
  title: 'Bodies',
  heading: 'same memory, other bodies',
  purpose:
    'Hold the same memories in other bodies — one hidden neuron per memory, or random features summed into one tensor — and see the energy and the recall they give.',
  Picture: BodiesPicture,
  context: bodiesRuntime,
  start: (shell) => createBodies(shell),
  Controls: BodiesControls,
  Content: BodiesContent,
  onShow: (rt) => rt.show(),
  onHide: (rt) => rt.hide(),
  slice: createBodiesSlice,
  codec: bodiesCodec,
  lessons: [hiddenLesson, ...featuresLessons],
  glossary: BODIES_TERMS,
  testHook: () => import('./test-hook'),
});
