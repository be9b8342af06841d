/**
 * The lab's backend calibration: median ms of one training minibatch's loss and gradient
 * (K = 100 memories, B = 100 MNIST-sized inputs, n = 20), after one warm-up run. Backends rank
 * differently on this than on the studio's softmax step (many small elementwise ops on B × K × C
 * tensors), and it is the work the lab repeats 80 times an epoch.
 */
import { createRng } from '../../../core/util/random';
import { medianOfRuns } from '../../../engine/calibrate';
import { lossAndGradientTf } from './kh-tf-pass';
import { tf } from '../../../engine/tf';

const K = 100;
const B = 100;
const D = 784;
const C = 10;

export async function calibrateKhStep(runs = 3): Promise<number> {
  const rng = createRng(11);
  const fill = (len: number, f: () => number) => Float32Array.from({ length: len }, f);
  const pixT = tf.tensor2d(
    fill(D * K, () => -0.3 + 0.3 * rng.normal()),
    [D, K],
  );
  const lab = tf.tensor2d(
    fill(K * C, () => -0.3 + 0.3 * rng.normal()),
    [K, C],
  );
  const x = tf.tensor2d(
    fill(B * D, () => 2 * rng.next() - 1),
    [B, D],
  );
  const t = tf.tensor2d(
    fill(B * C, () => (rng.int(C) === 0 ? 1 : -1)),
    [B, C],
  );
  try {
    const once = async () => {
      const t0 = performance.now();
      const out = tf.tidy(() => {
        const r = lossAndGradientTf({ pixT, lab }, x, t, 540, 20, 30);
        return tf.stack([tf.sum(r.gPixT), tf.sum(r.gLab), tf.sum(r.lossParts)]);
      });
      await out.data();
      out.dispose();
      return performance.now() - t0;
    };
    return await medianOfRuns(once, runs);
  } finally {
    tf.dispose([pixT, lab, x, t]);
  }
}
