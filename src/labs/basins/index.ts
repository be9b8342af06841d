/**
 * Basins of attraction: where every state on a plane through memory space ends up, the energy
 * landscape under it, probes from clicked points, and basin-size curves with confidence bands.
 */
import { defineLab } from '../../shell/lab-definition';
import { basinsLesson } from './lessons/basins';
import { BASIN_TERMS } from './glossary';
import { basinCodec } from './app/codec';
import { createBasins, type BasinsRuntime } from './app/runtime';
import { createBasinSlice } from './app/slice';
import { BasinsContent, BasinsControls } from './ui/BasinsLab';
import { BasinsPicture } from './ui/Picture';
import { basinsRuntime } from './ui/context';

export const basinsLab = defineLab<BasinsRuntime>({
  id: 'basins',
  title: 'Basins',
  heading: 'basins',
  purpose:
    'Colour every state of a plane through memory space by the memory it falls into, and measure how basins shrink with noise.',
  Picture: BasinsPicture,
  context: basinsRuntime,
  start: createBasins,
  Controls: BasinsControls,
  Content: BasinsContent,
  onShow: (rt) => rt.show(),
  onHide: (rt) => rt.hide(),
  slice: createBasinSlice,
  codec: basinCodec,
  lessons: [basinsLesson],
  glossary: BASIN_TERMS,
  testHook: () => import('./test-hook'),
});
