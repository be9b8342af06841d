/**
 * Kernelized memory (Hu, Wu & Liu 2024; models.md §7): U-Hop+ learns a feature map Φ that
 * spreads the memories' normalised features apart, toward an optimal spherical code; the lab
 * shows them on a sphere, the minimum angle against the Tammes optimum, basins before and
 * after, and the MNIST metastable table.
 */
import { defineLab } from '../../shell/lab-definition';
import { kernelCodec } from './app/codec';
import { createKernel, type KernelRuntime } from './app/runtime';
import { createKernelSlice } from './app/slice';
import { KERNEL_TERMS } from './glossary';
import { kernelLesson } from './lessons/kernel';
import { kernelRuntime } from './ui/context';
import { KernelContent, KernelControls } from './ui/KernelLab';
import { KernelPicture } from './ui/Picture';

export const kernelLab = defineLab<KernelRuntime>({
  id: 'kernel',
  title: 'Kernel',
  heading: 'kernelized memory',
  purpose:
    'Learn a feature map that spreads the memories apart on a sphere (U-Hop+), and see basins grow and metastable states thin out.',
  Picture: KernelPicture,
  context: kernelRuntime,
  start: (shell) => createKernel(shell),
  Controls: KernelControls,
  Content: KernelContent,
  slice: createKernelSlice,
  codec: kernelCodec,
  lessons: [kernelLesson],
  glossary: KERNEL_TERMS,
  testHook: () => import('./test-hook'),
});
