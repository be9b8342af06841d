/** The studio's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { StudioRuntime } from '../app/runtime';

export const studioRuntime = createLabRuntime<StudioRuntime>('studio');
export const useStudio = studioRuntime.use;
