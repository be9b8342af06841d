/**
 * A small stand-in for the MNIST set in tests: `per` examples of each class 0–9 on a side × side
 * grid, each class a bar at its own place with a little seeded ink around it.
 */
import type { MnistSet } from '../../../core/data/mnist-format';
import { createRng } from '../../../core/util/random';

export function fakeDigits(side = 6, per = 8, seed = 3): MnistSet {
  const rng = createRng(seed);
  const count = 10 * per;
  const N = side * side;
  const pixels = new Uint8Array(count * N);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const d = i % 10;
    labels[i] = d;
    for (let p = 0; p < N; p++) {
      const onBar = (p * 7 + d * 5) % 10 < 3;
      pixels[i * N + p] = onBar ? 200 + rng.int(56) : rng.int(40);
    }
  }
  return { count, rows: side, cols: side, labels, pixels };
}
