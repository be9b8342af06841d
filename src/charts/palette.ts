/**
 * Okabe–Ito colours (Okabe & Ito 2008): distinguishable with every common colour-vision
 * deficiency. Every chart takes its colours from here.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

/** Series colours in order (memory lines, compare lanes). */
export const SERIES = [
  OKABE_ITO.orange,
  OKABE_ITO.blue,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
] as const;

/** The winning memory, the others, and negative values. */
export const WINNER = OKABE_ITO.orange;
export const OTHER = OKABE_ITO.skyBlue;
export const NEGATIVE = OKABE_ITO.vermillion;
export const LINE = OKABE_ITO.blue;
