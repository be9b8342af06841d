/**
 * What the views and files derive from the results: the training shown (live, or finished at
 * the scrubbed iteration, with the lines of an earlier training of the same M and D_Φ while one
 * runs), the measured sentences, and the CSV / JSON exports, none of which states a number that
 * is not in the results.
 */
import { describe, expect, it } from 'vitest';
import type { KernelMetastableRow, KernelTrainResult } from '../worker/api';
import { basinSharesCsv, historyCsv, kernelJson, metastableCsv, similarityCsv } from './export';
import { findings } from './findings';
import type { KernelResults } from './results';
import { presetSetup } from './presets';
import { shownTraining } from './shown';
import { trainingSpec } from './setup';

const spec = trainingSpec(presetSetup('tammes-4')!);

const train: KernelTrainResult = {
  spec,
  memories: { M: 2, D: 10, data: new Float64Array(20), labels: null },
  history: [
    { iteration: 0, loss: 0.5, minAngleDeg: 60 },
    { iteration: 1, loss: 0.25, minAngleDeg: 109.3 },
  ],
  points: [Float64Array.from([1, 0, 0, 0, 1, 0]), Float64Array.from([1, 0, 0, -1, 0, 0])],
  similarityBefore: Float64Array.from([1, 0.5, 0.5, 1]),
  similarityAfter: Float64Array.from([1, -0.3, -0.3, 1]),
  tammesDeg: 109.47,
  boundsDeg: { lower: 80, upper: 140 },
  backend: 'cpu',
  ms: 12,
};

const hist = (counts: number[]) => ({
  counts,
  queries: 10,
  single: counts[0] / 10,
  mean: 1.5,
});
const rows: KernelMetastableRow[] = [
  { normaliser: 'softmax', phi: 'raw', histogram: hist([3, 5, 2]) },
  { normaliser: 'softmax', phi: 'learned', histogram: hist([7, 3, 0]) },
];

const EMPTY: KernelResults = {
  live: null,
  train: null,
  basins: null,
  contours: null,
  metastable: null,
};
const FULL: KernelResults = {
  ...EMPTY,
  train,
  basins: {
    req: null as never,
    result: {
      plane: null as never,
      marks: [],
      marksAfter: [],
      before: {
        R: 2,
        labels: new Int16Array(4),
        share: Float64Array.from([0.25, 0.25]),
        converged: 0.5,
      },
      after: {
        R: 2,
        labels: new Int16Array(4),
        share: Float64Array.from([0.5, 0.5]),
        converged: 1,
      },
      ms: 1,
    },
  },
  metastable: {
    req: null as never,
    result: {
      rows,
      queries: 10,
      M: 2,
      featureSq: { raw: 4, learned: 400 },
      backend: 'cpu',
      ms: 1,
    },
  },
};

describe('the training shown', () => {
  it('is the finished training at the scrubbed iteration, or the last', () => {
    expect(shownTraining(EMPTY, null)).toBeNull();
    const last = shownTraining(FULL, null)!;
    expect([last.iteration, last.points![3], last.tammesDeg, last.live]).toEqual([
      1,
      -1,
      109.47,
      false,
    ]);
    expect(shownTraining(FULL, 0)!.points![3]).toBe(0);
    expect(shownTraining(FULL, 99)!.iteration).toBe(1);
  });

  it('is the live run while one runs, with the lines of the same M and D_Φ only', () => {
    const live = { spec, history: train.history.slice(0, 1), points: train.points[0], dims: 3 };
    const s = shownTraining({ ...FULL, live }, 1)!;
    expect([s.live, s.iteration, s.total, s.tammesDeg]).toEqual([true, 0, 500, 109.47]);
    const other = { ...live, spec: { ...spec, memories: { ...spec.memories, M: 6 } } };
    expect(shownTraining({ ...FULL, live: other }, null)!.tammesDeg).toBeNull();
  });
});

describe('the measured sentences', () => {
  it('say only what the numbers show', () => {
    expect(findings(EMPTY)).toEqual({ training: null, basins: null, metastable: [] });
    const f = findings(FULL);
    expect(f.training).toBe(
      'In 1 iteration the minimum angle rose from 60° to 109° and the loss went from 0.5 to 0.25. That is the Tammes optimum for M = 2 (109°) within 0.5°.',
    );
    expect(f.basins).toBe(
      '50% of the grid converged to a memory before U-Hop+ and 100% after: the share rose.',
    );
    expect(f.metastable).toEqual([
      'softmax: 30% of 10 queries ended on one memory with the raw Φ, 70% with the learned Φ (more single-memory retrievals, as the paper reports).',
      'The learned features are 100 times as long (squared) as the raw ones: β multiplies that length, so part of the change is a sharper normaliser, not only memories further apart.',
    ]);
  });
});

describe('the exports', () => {
  it('write what was computed, and nothing without it', () => {
    for (const f of [historyCsv, similarityCsv, basinSharesCsv, metastableCsv, kernelJson])
      expect(f(EMPTY)).toBeNull();
    expect(historyCsv(FULL)).toBe('iteration,loss,min_angle_deg\n0,0.5,60\n1,0.25,109.3');
    expect(similarityCsv(FULL)!.split('\n')).toHaveLength(1 + 8);
    expect(basinSharesCsv(FULL)!.split('\n').at(-1)).toBe('any,0.5,1');
    expect(metastableCsv(FULL)!.split('\n')).toEqual([
      'normaliser,phi,size_1,size_2,size_ge3,queries,mean',
      'softmax,raw,0.3,0.5,0.2,10,1.5',
      'softmax,learned,0.7,0.3,0,10,1.5',
    ]);
    const json = JSON.parse(kernelJson(FULL)!);
    expect(json.training.history).toHaveLength(2);
    expect(json.basins.after.converged).toBe(1);
    expect(json.metastable.rows).toHaveLength(2);
  });
});
