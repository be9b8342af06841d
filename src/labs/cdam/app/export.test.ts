/**
 * The CDAM lab's CSV exports: a header and one row per step, distance or computed phase cell, the
 * values as computed, labels with commas quoted, nothing while there is nothing to export.
 */
import { describe, expect, it } from 'vitest';
import type { PhaseCell } from '../../../core/cdam/experiments';
import type { PhaseRequest } from '../worker/api';
import { phaseCsv, rangeCsv, traceCsv } from './export';
import { createCdamResults, type CdamResults } from './results';

const empty = (): CdamResults => createCdamResults().get();
const modes = { auto: 1, narrow: 0, wide: 0, quiescent: 0 };
const cell = (mode: PhaseCell['mode']): PhaseCell => ({ mode, peak: 1, peakCorr: 0.8, active: 2 });

describe('CDAM exports', () => {
  it('writes the correlation trace, labels quoted', () => {
    expect(traceCsv(empty())).toBe('');
    const r: CdamResults = {
      ...empty(),
      memories: {
        key: 'k',
        value: { P: 2, N: 1, data: new Float64Array(2), labels: ['digit 3', 'a,b'], side: null },
      },
      run: {
        key: 'k',
        P: 2,
        x: new Float64Array(1),
        rows: [Float64Array.of(0.1, 0.2), Float64Array.of(0.3, 0.4), Float64Array.of(0.5, 0.6)],
      },
    };
    const lines = traceCsv(r).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('step,digit 3,"a,b"');
    expect(lines[1]).toBe('0,0.1,0.2');
    expect(lines[3]).toBe('2,0.5,0.6');
  });

  it('writes the range of recall by distance, both measures per (a, h)', () => {
    const r: CdamResults = {
      ...empty(),
      range: {
        spec: { P: 3, N: 4, pairs: [], beta: 1, eta: 0.1, steps: 1, noise: 0, seed: 1 },
        rows: [
          { a: 1, h: 0, byDistance: [0.9, 0.1, 0], attractorByDistance: [1, 0.2, 0.1], modes },
          {
            a: -0.5,
            h: 1.5,
            byDistance: [0.3, 0.5, 0.2],
            attractorByDistance: [1, 0.8, 0.6],
            modes,
          },
        ],
      },
    };
    const lines = rangeCsv(r).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'distance,memory a=1 h=0,attractor a=1 h=0,memory a=-0.5 h=1.5,attractor a=-0.5 h=1.5',
    );
    expect(lines[1]).toBe('0,0.9,1,0.3,1');
    expect(lines[3]).toBe('2,0,0.1,0.2,0.6');
  });

  it('writes one row per computed phase cell, a and h on the grid', () => {
    const req = {
      spec: { aRange: [-2, 2], hRange: [0, 3], R: 3, beta: 1, eta: 0.1, steps: 10 },
    } as unknown as PhaseRequest;
    const r: CdamResults = {
      ...empty(),
      phase: {
        req,
        rows: [
          [cell('auto'), cell('narrow'), cell('wide')],
          undefined,
          [cell('quiescent'), cell('wide'), cell('auto')],
        ],
      },
    };
    const lines = phaseCsv(r).trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('a,h,mode,peak,peakCorr,active');
    expect(lines[1]).toBe('-2,0,auto,1,0.8,2');
    expect(lines[6]).toBe('2,3,auto,1,0.8,2');
  });
});
