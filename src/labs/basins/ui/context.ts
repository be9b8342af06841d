/** The basins view's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { BasinsRuntime } from '../app/runtime';

export const basinsRuntime = createLabRuntime<BasinsRuntime>('basins');
export const useBasins = basinsRuntime.use;
