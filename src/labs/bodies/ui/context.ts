/** The bodies lab's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { BodiesRuntime } from '../app/runtime';

export const bodiesRuntime = createLabRuntime<BodiesRuntime>('bodies');
export const useBodies = bodiesRuntime.use;
