/**
 * Builds the cue a run starts from: a starting state (a stored memory, the drawing, or a seeded
 * random pattern), then seeded flip noise, then the occluded rectangle set to background, plus the
 * clamp mask. Pure: the same inputs always give the same cue.
 */
import { flipNoise, maskRect } from '../../core/dynamics/corrupt';
import { resample } from '../../core/data/images';
import { createRng } from '../../core/util/random';
import type { Patterns } from '../../core/dynamics/types';
import { greyToModel, type CueSpec } from '../../core/data/contracts';
import { type GreyImage } from '../../core/data/images';

export interface BuiltCue {
  /** Starting state in [−1, 1], length size². */
  state: Float32Array;
  /** 1 = the pixel never updates; null when nothing is clamped. */
  clamp: Uint8Array | null;
}

/** The grid side of a bank (from its dimension), or the drawing's when the bank has none. */
export function cueSize(memories: Patterns, drawing: GreyImage): number {
  return memories.dim > 0 ? Math.round(Math.sqrt(memories.dim)) : drawing.width;
}

/** Flip noise gets its own stream, so a random start and the noise never share draws. */
const NOISE_SALT = 0x6c8e9cf5;

function startState(
  cue: CueSpec,
  memories: Patterns,
  drawing: GreyImage,
  size: number,
): Float32Array {
  const dim = size * size;
  const start = cue.start;
  if (start.kind === 'memory') {
    if (memories.count === 0) return new Float32Array(dim).fill(-1);
    const mu = Math.max(0, Math.min(memories.count - 1, Math.trunc(start.index) || 0));
    return Float32Array.from(memories.data.subarray(mu * dim, (mu + 1) * dim));
  }
  if (start.kind === 'drawing') {
    const img =
      drawing.width === size && drawing.height === size ? drawing : resample(drawing, size, size);
    return Float32Array.from(img.pixels, greyToModel);
  }
  const rng = createRng(start.seed);
  return Float32Array.from({ length: dim }, () => (rng.next() < 0.5 ? 1 : -1));
}

/**
 * @param memories the bank's K × size² matrix (values in [−1, 1]); its dim sets the grid size
 * @param drawing the drawing as used (resampled if its size differs)
 * @param seed the run seed, which drives the flip noise
 */
export function buildCue(
  cue: CueSpec,
  memories: Patterns,
  drawing: GreyImage,
  seed: number,
): BuiltCue {
  const size = cueSize(memories, drawing);
  const dim = size * size;
  let state: Float32Array = startState(cue, memories, drawing, size);
  if (cue.flipP > 0) state = flipNoise(state, cue.flipP, createRng((seed ^ NOISE_SALT) >>> 0));
  if (cue.occlude && cue.occlude.w > 0 && cue.occlude.h > 0) {
    state = maskRect(state, size, cue.occlude, -1);
  }
  const clamp =
    cue.clamp && cue.clamp.length === dim && cue.clamp.some((v) => v !== 0)
      ? Uint8Array.from(cue.clamp, (v) => (v ? 1 : 0))
      : null;
  return { state, clamp };
}
