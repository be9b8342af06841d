/** The capacity charts' colours (Okabe–Ito, src/charts/palette.ts) and theory dashes. */
import { SERIES } from '../../../../charts/palette';

export const seriesColour = (i: number): string => SERIES[i % SERIES.length];

const DASHES = ['6 3', '2 3', '10 3 2 3', '1 2'];
export const theoryDash = (i: number): string => DASHES[i % DASHES.length];
