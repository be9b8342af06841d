/** The CDAM lab's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { CdamRuntime } from '../app/runtime';

export const cdamRuntime = createLabRuntime<CdamRuntime>('cdam');
export const useCdam = cdamRuntime.use;
