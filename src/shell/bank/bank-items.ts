/**
 * Makers of memory items: ids, labels and the default bank. Pure; ids come from a counter so they
 * are unique within a page (ids are never persisted or shared; loading gives fresh ones).
 */
import { createRng } from '../../core/util/random';
import type { MemoryItem, PatternSource } from '../../core/data/contracts';
import type { GreyImage } from '../../core/data/images';

let counter = 0;

export const newItemId = (): string => `m${(++counter).toString(36)}`;

/**
 * Index of the first digit of each class in the MNIST asset (datasets/mnist-10k-gz.bin;
 * class-major: 1001 zeros, 1127 ones, …); checked against the asset by bank-items.test.ts. Lets the default bank exist
 * before the 7.8 MB asset has loaded.
 */
export const MNIST_CLASS_STARTS = [0, 1001, 2128, 3119, 4151, 5131, 5994, 7008, 8078, 9022];
export const MNIST_COUNT = 10_000;

/** Digit class of MNIST index i, from the class-major layout. */
export function mnistClassOf(index: number): number {
  let d = 0;
  while (d < 9 && index >= MNIST_CLASS_STARTS[d + 1]) d++;
  return d;
}

export function labelFor(source: PatternSource, inlineLabel = 'drawing'): string {
  switch (source.kind) {
    case 'mnist':
      return `${mnistClassOf(source.index)} (#${source.index})`;
    case 'glyph':
      return source.letter;
    case 'random':
      return `random ${source.seed}`;
    case 'inline':
      return inlineLabel;
  }
}

export const mnistItem = (index: number): MemoryItem => {
  const source: PatternSource = { kind: 'mnist', index };
  return { id: newItemId(), label: labelFor(source), source };
};

export const glyphItem = (letter: string): MemoryItem => {
  const source: PatternSource = { kind: 'glyph', letter: letter.toUpperCase() };
  return { id: newItemId(), label: labelFor(source), source };
};

export const randomItem = (seed: number): MemoryItem => {
  const source: PatternSource = { kind: 'random', seed: seed >>> 0 };
  return { id: newItemId(), label: labelFor(source), source };
};

export const inlineItem = (image: GreyImage, label: string): MemoryItem => ({
  id: newItemId(),
  label,
  source: { kind: 'inline', image },
});

/** The first screen: the first MNIST example of every digit 0–9. */
export const defaultBankItems = (): MemoryItem[] => MNIST_CLASS_STARTS.map(mnistItem);

/** n distinct entries of `indices`, drawn with the seeded RNG (all of them if n ≥ length). */
export function sampleIndices(indices: readonly number[], n: number, seed: number): number[] {
  const perm = createRng(seed).permutation(indices.length);
  const take = Math.min(n, indices.length);
  const out: number[] = [];
  for (let k = 0; k < take; k++) out.push(indices[perm[k]]);
  return out;
}

/** What makes two items the same memory (null for drawn or uploaded pixels, never compared). */
export function sourceKey(source: PatternSource): string | null {
  switch (source.kind) {
    case 'mnist':
      return `mnist:${source.index}`;
    case 'glyph':
      return `glyph:${source.letter}`;
    case 'random':
      return `random:${source.seed}`;
    case 'inline':
      return null;
  }
}

/**
 * The items not already in `stored` (nor earlier in `items`): adding an MNIST digit or a letter
 * twice stores the same memory twice. `skipped` counts those left out.
 */
export function withoutStored(
  items: readonly MemoryItem[],
  stored: readonly MemoryItem[],
): { fresh: MemoryItem[]; skipped: number } {
  const seen = new Set<string>();
  for (const it of stored) {
    const k = sourceKey(it.source);
    if (k) seen.add(k);
  }
  const fresh: MemoryItem[] = [];
  for (const it of items) {
    const k = sourceKey(it.source);
    if (k && seen.has(k)) continue;
    if (k) seen.add(k);
    fresh.push(it);
  }
  return { fresh, skipped: items.length - fresh.length };
}
