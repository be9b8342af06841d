/**
 * The state census (McAlister, Robins & Szymanski; models.md §8.1): which stable states a
 * network trained on noisy examples holds — learned, prototype, inverted, mixture, spurious —
 * how large their basins are, and how well a state's class can be read from its energy profile.
 */
import { defineLab } from '../../shell/lab-definition';
import { censusCodec } from './app/codec';
import { createCensus, type CensusRuntime } from './app/runtime';
import { createCensusSlice } from './app/slice';
import { CENSUS_TERMS } from './glossary';
import { censusLesson } from './lessons/census';
import { CensusContent, CensusControls } from './ui/CensusLab';
import { CensusPicture } from './ui/Picture';
import { censusRuntime } from './ui/context';

export const censusLab = defineLab<CensusRuntime>({
  id: 'census',
  title: 'Census',
  heading: 'state census',
  purpose:
    'Take a census of a network’s stable states — learned, prototype, spurious — and see classifiers on the energy profile beat the stability ratio.',
  Picture: CensusPicture,
  context: censusRuntime,
  start: (shell) => createCensus(shell),
  Controls: CensusControls,
  Content: CensusContent,
  slice: createCensusSlice,
  codec: censusCodec,
  lessons: [censusLesson],
  glossary: CENSUS_TERMS,
  testHook: () => import('./test-hook'),
});
