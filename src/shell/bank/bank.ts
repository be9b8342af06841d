/**
 * Resolves memory items to pixels and to the model's memory matrix. MNIST digits come from the
 * loaded asset (mnist-data.ts; null before it loaded) by index and are resampled when the grid is not 28×28;
 * glyphs and random patterns are generated at the grid size; inline images are resampled if they
 * were made at another size. Results are cached per (item source, size).
 */
import { glyphPatterns, randomPatterns } from '../../core/data/datasets';
import { createRng } from '../../core/util/random';
import type { Patterns } from '../../core/dynamics/types';
import type { MnistSet } from '../../core/data/mnist-format';
import { greyToModel, type MemoryItem, type PatternSource } from '../../core/data/contracts';
import { type GreyImage } from '../../core/data/images';
import { resample } from '../../core/data/images';

const fromPm1 = (data: ArrayLike<number>, size: number): GreyImage => {
  const pixels = new Uint8Array(size * size);
  for (let i = 0; i < pixels.length; i++) pixels[i] = data[i] > 0 ? 255 : 0;
  return { width: size, height: size, pixels };
};

function resolveUncached(source: PatternSource, size: number, set: MnistSet | null): GreyImage {
  switch (source.kind) {
    case 'mnist': {
      if (!set) throw new Error('The MNIST digits are not loaded yet');
      if (!Number.isInteger(source.index) || source.index < 0 || source.index >= set.count) {
        throw new RangeError(`MNIST index ${source.index} is outside 0–${set.count - 1}`);
      }
      const n = set.rows * set.cols;
      const pixels = set.pixels.subarray(source.index * n, (source.index + 1) * n);
      return resample({ width: set.cols, height: set.rows, pixels }, size);
    }
    case 'glyph':
      return fromPm1(glyphPatterns(source.letter, size).data, size);
    case 'random':
      return fromPm1(randomPatterns(1, size * size, createRng(source.seed)).data, size);
    case 'inline':
      return resample(source.image, size);
  }
}

// Sources are immutable values inside immutable items, so the object itself is the cache key.
const cache = new WeakMap<PatternSource, { size: number; image: GreyImage }>();

/** The item's pixels on a size×size grid (0 = background, 255 = ink). */
export function resolveImage(
  source: PatternSource,
  size: number,
  mnist: MnistSet | null,
): GreyImage {
  const hit = cache.get(source);
  if (hit && hit.size === size) return hit.image;
  const image = resolveUncached(source, size, mnist);
  cache.set(source, { size, image });
  return image;
}

const GREY_TO_MODEL = Float32Array.from({ length: 256 }, (_, g) => greyToModel(g));

/** The memory matrix: K × size², each value greyToModel(grey) ∈ [−1, 1]. */
export function bankPatterns(
  items: readonly MemoryItem[],
  size: number,
  mnist: MnistSet | null,
): Patterns {
  const dim = size * size;
  const data = new Float32Array(items.length * dim);
  items.forEach((item, k) => {
    const px = resolveImage(item.source, size, mnist).pixels;
    const base = k * dim;
    for (let i = 0; i < dim; i++) data[base + i] = GREY_TO_MODEL[px[i]];
  });
  return { count: items.length, dim, data };
}

/** Whether every item can be resolved now (MNIST items need the asset). */
export function bankResolvable(items: readonly MemoryItem[], mnist: MnistSet | null): boolean {
  return mnist !== null || items.every((it) => it.source.kind !== 'mnist');
}
