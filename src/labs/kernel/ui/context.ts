/** The kernel lab's runtime for its components (the shell provides it to every part of the lab). */
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { KernelRuntime } from '../app/runtime';

export const kernelRuntime = createLabRuntime<KernelRuntime>('kernel');
export const useKernel = kernelRuntime.use;
