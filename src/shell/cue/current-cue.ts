/**
 * The cue the next run starts from, for display and tests: buildCue over just the start memory
 * (the cue depends on no other memory, so this equals building it over the whole bank, without
 * resolving K memories on every change).
 */
import type { MnistSet } from '../../core/data/mnist-format';
import type { Patterns } from '../../core/dynamics/types';
import { resolveImage } from '../bank/bank';
import { greyToModel, type CueSpec, type MemoryItem } from '../../core/data/contracts';
import { type GreyImage } from '../../core/data/images';
import { buildCue, type BuiltCue } from './cue';

export interface CueInputs {
  cue: CueSpec;
  items: readonly MemoryItem[];
  size: number;
  drawing: GreyImage;
  seed: number;
  /** The MNIST set (null while it loads). */
  mnist: MnistSet | null;
}

/** Index of the memory a memory-start cue uses (clamped into the bank), or −1 for none. */
export function startMemoryIndex(cue: CueSpec, count: number): number {
  if (cue.start.kind !== 'memory' || count === 0) return -1;
  return Math.max(0, Math.min(count - 1, Math.trunc(cue.start.index) || 0));
}

/** The built cue, or null while the start memory cannot be resolved (MNIST still loading). */
export function currentCue({ cue, items, size, drawing, seed, mnist }: CueInputs): BuiltCue | null {
  const dim = size * size;
  let memories: Patterns = { count: 0, dim, data: new Float32Array(0) };
  let spec = cue;
  const mu = startMemoryIndex(cue, items.length);
  if (mu >= 0) {
    let grey: GreyImage;
    try {
      grey = resolveImage(items[mu].source, size, mnist);
    } catch {
      return null;
    }
    memories = { count: 1, dim, data: Float32Array.from(grey.pixels, greyToModel) };
    spec = { ...cue, start: { kind: 'memory', index: 0 } };
  }
  return buildCue(spec, memories, drawing, seed);
}
