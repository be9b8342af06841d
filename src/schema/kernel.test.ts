import { describe, expect, it } from 'vitest';
import {
  KERNEL_TRAIN_WORK_MAX,
  parseKernelBasinRequest,
  parseKernelConfig,
  parseKernelConfigText,
  parseKernelContourRequest,
  parseKernelMetastableRequest,
  parseKernelTraining,
  trainingWork,
} from './kernel';

const training = {
  memories: { source: 'gaussian' as const, M: 6, D: 10, sphere: true, seed: 1 },
  uhop: {
    dPhi: 3,
    tau: 0.1,
    lr: 0.1,
    optimiser: 'adam' as const,
    iterations: 500,
    seed: 1,
    bias: false,
  },
};
const mnist = {
  memories: { source: 'mnist' as const, M: 100, D: 784, sphere: false, seed: 1 },
  uhop: { ...training.uhop, dPhi: 200 },
};
const toy = { ...training, memories: { ...training.memories, source: 'circle', M: 5, D: 2 } };
const khm = { beta: 20, normaliser: 'softmax', iterations: 5 };
const basin = {
  training: toy,
  plane: { kind: 'identity', extent: 1.5 },
  R: 64,
  khm,
  tol: 1e-3,
  raw: 'identity',
  space: 'memory',
};
const meta = {
  training: mnist,
  queries: 200,
  khm: { beta: 0.1, iterations: 5 },
  normalisers: ['softmax', 'sparsemax'],
  threshold: 0.01,
  maxK: 10,
  raw: 'identity',
};

const throwsAt = (f: () => unknown, re: RegExp) => expect(f).toThrow(re);

describe('kernel schemas', () => {
  it('accepts the lab and CLI set-ups as given', () => {
    expect(parseKernelTraining(training)).toEqual(training);
    expect(parseKernelBasinRequest(basin)).toEqual(basin);
    expect(parseKernelMetastableRequest(meta)).toEqual(meta);
    const contour = { training: toy, at: [0, 1, 2, 5], extent: 1.5, R: 40, beta: 1.1 };
    expect(parseKernelContourRequest(contour)).toEqual(contour);
    // The target: 500 iterations of M = 100 MNIST memories at D_Φ = 200 fit the cap.
    expect(trainingWork(mnist)).toBeLessThan(KERNEL_TRAIN_WORK_MAX);
  });

  it('refuses unknown keys and out-of-range values, naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [{ ...training, extra: 1 }, /^extra: unknown key/],
      [
        { ...training, uhop: { ...training.uhop, dPhi: 1 } },
        /^uhop\.dPhi: must be a whole number from 2 to 256/,
      ],
      [{ ...training, uhop: { ...training.uhop, dPhi: 257 } }, /^uhop\.dPhi: /],
      [{ ...training, uhop: { ...training.uhop, iterations: 501 } }, /^uhop\.iterations: /],
      [{ ...training, uhop: { ...training.uhop, lr: 0 } }, /^uhop\.lr: must be a number above 0/],
      [
        { ...training, uhop: { ...training.uhop, optimiser: 'rmsprop' } },
        /^uhop\.optimiser: must be one of adam, sgd/,
      ],
      [
        { ...training, memories: { ...training.memories, M: 201 } },
        /^memories\.M: at most 200 gaussian/,
      ],
      [{ ...training, memories: { ...training.memories, M: 1 } }, /^memories\.M: /],
      [{ ...training, memories: { ...training.memories, D: 785 } }, /^memories\.D: /],
      [{ ...training, memories: { ...training.memories, seed: -1 } }, /^memories\.seed: /],
      [{ memories: training.memories }, /^uhop: is missing/],
      [
        { ...mnist, memories: { ...mnist.memories, M: 1000 }, uhop: { ...mnist.uhop, dPhi: 256 } },
        /^uhop\.iterations: .* multiply-adds .* above the cap/,
      ],
    ];
    for (const [value, re] of bad) throwsAt(() => parseKernelTraining(value), re);
    throwsAt(() => parseKernelTraining(null), /the training: must be an object/);
  });

  it('checks requests against their training', () => {
    const flat = { ...toy, uhop: { ...toy.uhop, dPhi: 2 } };
    expect(parseKernelBasinRequest({ ...basin, training: flat, space: 'feature' }).space).toBe(
      'feature',
    );
    const older: Partial<typeof basin> = { ...basin };
    delete older.space;
    expect(parseKernelBasinRequest(older).space).toBe('memory');
    throwsAt(
      () => parseKernelBasinRequest({ ...basin, space: 'both' }),
      /^space: must be one of memory, feature/,
    );
    throwsAt(
      () =>
        parseKernelBasinRequest({
          ...basin,
          space: 'feature',
          training: { ...toy, uhop: { ...toy.uhop, dPhi: 3 } },
        }),
      /^space: the feature-space map is for the 2-D toy/,
    );
    throwsAt(
      () =>
        parseKernelBasinRequest({
          ...basin,
          space: 'feature',
          training: flat,
          plane: { kind: 'memories', a: 0, b: 1, c: 2 },
        }),
      /^space: the feature-space map is for the 2-D toy/,
    );
    throwsAt(
      () => parseKernelBasinRequest({ ...basin, R: 7 }),
      /^R: must be a whole number from 8 to 160/,
    );
    throwsAt(
      () => parseKernelBasinRequest({ ...basin, training: training }),
      /^plane\.kind: the identity plane/,
    );
    const mem = { ...basin, training: mnist, plane: { kind: 'memories', a: 0, b: 1, c: 100 } };
    throwsAt(() => parseKernelBasinRequest(mem), /^plane\.c: there are 100 memories/);
    throwsAt(
      () => parseKernelBasinRequest({ ...mem, plane: { kind: 'memories', a: 0, b: 1, c: 1 } }),
      /^plane\.abc\[2\]: 1 is listed twice/,
    );
    throwsAt(
      () => parseKernelBasinRequest({ ...basin, khm: { ...khm, normaliser: 'relu' } }),
      /^khm\.normaliser: must be one of softmax, entmax15, sparsemax/,
    );
    const contour = { training: toy, at: [0, 501], extent: 1.5, R: 40, beta: 1 };
    throwsAt(() => parseKernelContourRequest(contour), /^at\[1\]: /);
    const c2 = { ...contour, training: { ...toy, uhop: { ...toy.uhop, iterations: 3 } }, at: [5] };
    throwsAt(() => parseKernelContourRequest(c2), /^at\[0\]: the training runs 3 iterations/);
    throwsAt(() => parseKernelMetastableRequest({ ...meta, queries: 2005 }), /^queries: /);
    throwsAt(
      () => parseKernelMetastableRequest({ ...meta, training }),
      /^training\.memories\.source: /,
    );
    throwsAt(
      () => parseKernelMetastableRequest({ ...meta, normalisers: ['softmax', 'softmax'] }),
      /^normalisers\[1\]: softmax is listed twice/,
    );
  });

  it('reads a CLI config: training, optional table and basins', () => {
    const c = parseKernelConfig({ training: mnist });
    expect(c).toEqual({ training: mnist, metastable: null, basins: null });
    const table: Record<string, unknown> = { ...meta };
    delete table.training;
    expect(parseKernelConfig({ training: mnist, metastable: table }).metastable).toEqual(table);
    throwsAt(
      () => parseKernelConfig({ training, metastable: table }),
      /^training\.memories\.source/,
    );
    throwsAt(() => parseKernelConfig({ training: mnist, table }), /^table: unknown key/);
    throwsAt(() => parseKernelConfigText('{', 'c.json'), /^c\.json: not valid JSON/);
    throwsAt(
      () => parseKernelConfigText(JSON.stringify({ training: { ...training, uhop: 3 } }), 'c.json'),
      /^c\.json: training\.uhop: /,
    );
  });
});
