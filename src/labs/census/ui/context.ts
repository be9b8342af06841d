/** The census lab's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { CensusRuntime } from '../app/runtime';

export const censusRuntime = createLabRuntime<CensusRuntime>('census');
export const useCensus = censusRuntime.use;
