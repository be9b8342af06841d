/** The basins lab's own glossary terms (the shared ones are in src/shell/glossary). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const BASIN_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'basin',
    term: 'Basin of attraction',
    text: 'All the starting states whose run ends on the same attractor. On the map each basin has one colour; its size says how much noise a cue may carry and still come back.',
  },
  {
    id: 'plane',
    term: 'Plane through memories',
    text: 'A 2-D slice of the $2^N$ states: each cell is $\\mathrm{sign}(u\\,\\xi^a + v\\,\\xi^b + w\\,\\xi^c)$ for weights set by its position.',
  },
  {
    id: 'landscape',
    term: 'Energy landscape',
    text: 'The energy of every state on the plane, before any update: valleys are where states roll to.',
  },
  {
    id: 'basin-radius',
    term: 'Basin radius',
    text: 'The fraction of flipped pixels at which a memory comes back in fewer than half of the trials (from the curves; 95% Wilson bands).',
  },
];
