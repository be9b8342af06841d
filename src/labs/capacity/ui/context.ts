/** The capacity lab's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { CapacityRuntime } from '../app/runtime';

export const capacityRuntime = createLabRuntime<CapacityRuntime>('capacity');
export const useCapacity = capacityRuntime.use;
