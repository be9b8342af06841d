/**
 * `dam train`: trains the Krotov–Hopfield classifier (src/core/kh-classifier.ts) on the MNIST asset
 * with the fixed split (per class, the first 80% of digits train, the last 20% test). Prints one
 * JSON line per epoch {"epoch", "trainLoss", "trainError", "testError", "ms"} (ms: the training
 * epoch alone, not the evaluation); with --out writes the trained memories as a snapshot.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createKhModel,
  createTrainState,
  errorRate,
  trainEpoch,
  type KhData,
} from '../core/kh-classifier';
import { digitGrey, indicesOfClass, parseMnistAsset, type MnistSet } from '../core/mnist-format';

export const TRAIN_USAGE =
  'usage: dam train [--n 20] [--m 30] [--K 100] [--T 540] [--epochs 1] [--batch 100] [--seed 1] ' +
  '[--subset N] [--out file.json]';

/** A bad argument: reported as one line, exit status 2. */
export class TrainArgumentError extends Error {}

interface TrainArgs {
  n: number;
  m: number;
  K: number;
  T?: number;
  epochs: number;
  batch: number;
  seed: number;
  subset?: number;
  out?: string;
}

const INT_LIMITS: Record<string, [number, number]> = {
  n: [1, 100],
  m: [1, 100],
  K: [1, 10000],
  epochs: [1, 100000],
  batch: [1, 100000],
  seed: [0, 4294967295],
  subset: [1, 8000],
};

export function parseTrainArgs(args: string[]): TrainArgs {
  const out: TrainArgs = { n: 20, m: 30, K: 100, epochs: 1, batch: 100, seed: 1 };
  const seen = new Set<string>();
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (!arg.startsWith('--')) throw new TrainArgumentError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const key = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++k];
    if (!(key in INT_LIMITS) && key !== 'T' && key !== 'out') {
      throw new TrainArgumentError(`unknown option "--${key}"`);
    }
    if (seen.has(key)) throw new TrainArgumentError(`--${key} given twice`);
    seen.add(key);
    if (value === undefined || value === '') throw new TrainArgumentError(`--${key} needs a value`);
    if (key === 'out') {
      out.out = value;
    } else if (key === 'T') {
      const T = Number(value);
      if (!Number.isFinite(T) || T <= 0) {
        throw new TrainArgumentError(`--T must be a number > 0 (got "${value}")`);
      }
      out.T = T;
    } else {
      const [lo, hi] = INT_LIMITS[key];
      const v = Number(value);
      if (!/^\d+$/.test(value) || v < lo || v > hi) {
        throw new TrainArgumentError(`--${key} must be an integer ${lo}–${hi} (got "${value}")`);
      }
      (out as unknown as Record<string, number>)[key] = v;
    }
  }
  return out;
}

const ASSET = join(import.meta.dirname, '..', '..', 'public', 'datasets', 'mnist-10k.bin');

function loadAsset(): MnistSet {
  let b: Buffer;
  try {
    b = readFileSync(ASSET);
  } catch (e) {
    throw new Error(
      `cannot read ${ASSET}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` +
        ' (run npm run data)',
      { cause: e },
    );
  }
  return parseMnistAsset(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
}

function toData(set: MnistSet, idx: number[]): KhData {
  const D = set.rows * set.cols;
  const images = new Float64Array(idx.length * D);
  idx.forEach((i, r) => {
    const grey = digitGrey(set, i);
    for (let p = 0; p < D; p++) images[r * D + p] = 2 * grey[p] - 1;
  });
  return { images, labels: Int32Array.from(idx, (i) => set.labels[i]) };
}

/**
 * The fixed split: per class, the first 80% (floor) train, the rest test. With `subset`, the
 * training set keeps the first ⌊subset/10⌋ (+1 for the first subset mod 10 classes) of each class.
 */
export function splitMnist(set: MnistSet, subset?: number): { train: KhData; test: KhData } {
  const train: number[] = [];
  const test: number[] = [];
  for (let d = 0; d < 10; d++) {
    const all = indicesOfClass(set, d);
    const cut = Math.floor(0.8 * all.length);
    const take = subset === undefined ? cut : Math.floor(subset / 10) + (d < subset % 10 ? 1 : 0);
    train.push(...all.slice(0, Math.min(cut, take)));
    test.push(...all.slice(cut));
  }
  return { train: toData(set, train), test: toData(set, test) };
}

export function trainCommand(args: string[], print: (line: string) => void): void {
  const a = parseTrainArgs(args);
  const set = loadAsset();
  const { train, test } = splitMnist(set, a.subset);
  const model = createKhModel({
    D: set.rows * set.cols,
    C: 10,
    K: a.K,
    n: a.n,
    m: a.m,
    Tin: a.T,
    batchSize: a.batch,
    seed: a.seed,
  });
  const state = createTrainState(model);
  for (let e = 0; e < a.epochs; e++) {
    const t0 = performance.now();
    const { trainLoss } = trainEpoch(model, train, state);
    const ms = Math.round(performance.now() - t0);
    const trainError = errorRate(model, train);
    const testError = errorRate(model, test);
    print(JSON.stringify({ epoch: state.epoch, trainLoss, trainError, testError, ms }));
  }
  if (a.out !== undefined) {
    const { D, C, K, n, m, seed } = model.config;
    const W = D + C;
    const memories = Array.from({ length: K }, (_, mu) =>
      Array.from(model.memories.subarray(mu * W, (mu + 1) * W)),
    );
    const snapshot = {
      format: 'dam-kh-snapshot',
      n,
      m,
      K,
      T: model.T,
      epoch: state.epoch,
      D,
      C,
      seed,
      memories,
    };
    try {
      writeFileSync(a.out, JSON.stringify(snapshot) + '\n');
    } catch (e) {
      throw new Error(
        `cannot write ${a.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        { cause: e },
      );
    }
  }
}
