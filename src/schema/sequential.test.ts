import { describe, expect, it } from 'vitest';
import {
  parseSeqRequest,
  parseSeqRequestText,
  parseSeqRunFile,
  SEQ_METHOD_DEFAULTS,
  SEQ_RUN_FORMAT,
  SEQ_WORK_MAX,
  seqRunWork,
  type SeqRunFile,
} from './sequential';
import type { SeqRequest } from '../core/sequential/types';

const run = {
  id: 1,
  options: { K: 100, n: 3, seed: 1 },
  method: { method: 'rehearsal', buffer: 200, selection: 'balanced' },
  epochs: 2,
};
const request = { tasks: { kind: 'class', tasks: 5, perClass: 100, seed: 1 }, runs: [run] };

const throwsAt = (f: () => unknown, re: RegExp) => expect(f).toThrow(re);
const withRun = (patch: Record<string, unknown>) => ({ ...request, runs: [{ ...run, ...patch }] });

describe('sequential request schema', () => {
  it('accepts a request and fills the defaults in', () => {
    const r = parseSeqRequest(request);
    expect(r.runs[0].method).toEqual({
      ...SEQ_METHOD_DEFAULTS,
      method: 'rehearsal',
      buffer: 200,
      selection: 'balanced',
    });
    expect(r.runs[0].normalised).toBe(false);
    expect(r.tasks).toEqual(request.tasks);
    const noSeed = { ...request, tasks: { kind: 'permuted', tasks: 2, perClass: 10 } };
    expect(parseSeqRequest(noSeed).tasks.seed).toBe(1);
  });

  it('names the field of an unknown key or a value out of range', () => {
    throwsAt(() => parseSeqRequest({ ...request, extra: 1 }), /^extra: unknown key/);
    throwsAt(
      () => parseSeqRequest({ ...request, tasks: { ...request.tasks, tasks: 6 } }),
      /^tasks\.tasks: must be a whole number from 2 to 5 \(got 6\)/,
    );
    throwsAt(
      () => parseSeqRequest({ ...request, tasks: { ...request.tasks, perClass: 800 } }),
      /^tasks\.perClass: must be a whole number from 1 to 799/,
    );
    throwsAt(
      () => parseSeqRequest({ ...request, tasks: { ...request.tasks, kind: 'split' } }),
      /^tasks\.kind: must be one of class, permuted/,
    );
    throwsAt(() => parseSeqRequest({ ...request, runs: [] }), /^runs: must be a list of 1 to 4/);
    throwsAt(() => parseSeqRequest(withRun({ epochs: 101 })), /^runs\[0\]\.epochs: .*1 to 100/);
    const method = (m: Record<string, unknown>) => withRun({ method: { ...run.method, ...m } });
    throwsAt(() => parseSeqRequest(method({ buffer: 4001 })), /^runs\[0\]\.method\.buffer: /);
    throwsAt(() => parseSeqRequest(method({ pseudoItems: 2001 })), /\.method\.pseudoItems: /);
    throwsAt(() => parseSeqRequest(method({ pseudoSteps: 21 })), /\.method\.pseudoSteps: /);
    throwsAt(() => parseSeqRequest(method({ lambda: -1 })), /\.method\.lambda: .*0 to 1000000/);
    throwsAt(() => parseSeqRequest(method({ fisherSamples: 0 })), /\.method\.fisherSamples: /);
    throwsAt(() => parseSeqRequest(method({ method: 'gem' })), /\.method\.method: must be one of/);
    throwsAt(() => parseSeqRequest(method({ extra: 1 })), /^runs\[0\]\.method\.extra: unknown key/);
    const opt = (o: Record<string, unknown>) => withRun({ options: { ...run.options, ...o } });
    throwsAt(() => parseSeqRequest(opt({ K: 401 })), /^runs\[0\]\.options\.K: .*1 to 400/);
    throwsAt(() => parseSeqRequest(opt({ n: 1 })), /^runs\[0\]\.options\.n: /);
    throwsAt(() => parseSeqRequest(opt({ eps0: 0 })), /^runs\[0\]\.options\.eps0: .*above 0/);
    throwsAt(() => parseSeqRequest(opt({ p: 1 })), /^runs\[0\]\.options\.p: /);
    throwsAt(() => parseSeqRequest(opt({ D: 100 })), /^runs\[0\]\.options\.D: must be 784/);
    throwsAt(
      () => parseSeqRequest(opt({ Tin: 0.5 })),
      /^runs\[0\]\.options\.Tin: .*temperature 0\.5/,
    );
    throwsAt(() => parseSeqRequest(opt({ beta: 1 })), /^runs\[0\]\.options\.beta: unknown key/);
  });

  it('reads T in units of 1/794 when normalised', () => {
    const ok = withRun({ normalised: true, options: { ...run.options, Tin: 0.5 } });
    expect(parseSeqRequest(ok).runs[0].options.Tin).toBe(0.5);
    throwsAt(
      () => parseSeqRequest(withRun({ normalised: true, options: { ...run.options, Tf: 200 } })),
      /^runs\[0\]\.options\.Tf: the trainer's temperature 200·794 = 158800 must be 1–100000/,
    );
  });

  it('refuses duplicate run ids and work above the cap, naming runs', () => {
    throwsAt(
      () => parseSeqRequest({ ...request, runs: [run, { ...run }] }),
      /^runs\[1\]\.id: 1 is the id of runs\[0\]/,
    );
    const big = {
      tasks: { kind: 'permuted', tasks: 5, perClass: 799, seed: 1 },
      runs: [1, 2, 3, 4].map((id) => ({ ...run, id, epochs: 100, options: { K: 400 } })),
    };
    throwsAt(() => parseSeqRequest(big), /^runs: .* multiply-adds .* above the cap of 1\.0e\+12/);
    const r = parseSeqRequest(request);
    // 5 tasks · 2 epochs · (1000 + 200) · 100 · 794
    expect(seqRunWork(r.tasks, r.runs[0])).toBe(5 * 2 * 1200 * 100 * 794);
    expect(seqRunWork(r.tasks, r.runs[0])).toBeLessThan(SEQ_WORK_MAX);
  });

  it('reads config text with its name on every message', () => {
    expect(parseSeqRequestText(JSON.stringify(request)).runs.length).toBe(1);
    throwsAt(() => parseSeqRequestText('{', '"seq.json"'), /^"seq\.json": not valid JSON/);
    throwsAt(
      () => parseSeqRequestText(JSON.stringify(withRun({ epochs: 0 })), '"seq.json"'),
      /^"seq\.json": runs\[0\]\.epochs: /,
    );
  });
});

describe('sequential run file', () => {
  const req = parseSeqRequest({
    ...request,
    tasks: { kind: 'class', tasks: 2, perClass: 10, seed: 1 },
    runs: [{ ...run, options: { K: 2, n: 3 } }],
  }) as SeqRequest;
  const file: SeqRunFile = {
    format: SEQ_RUN_FORMAT,
    version: 1,
    request: req,
    results: [
      {
        id: 1,
        matrix: [
          [0.9, 0],
          [0.1, 0.8],
        ],
        finalAccuracy: 0.45,
        forgetting: 0.8,
        curve: [{ epoch: 1, task: 0, accuracy: [0.5, 0] }],
        ms: 12,
      },
    ],
    memories: [Array.from({ length: 2 * 794 }, (_, k) => ((k % 7) - 3) / 4)],
  };

  it('round-trips what the CLI writes', () => {
    expect(parseSeqRunFile(JSON.stringify(file))).toEqual(file);
  });

  it('names the field of a bad file', () => {
    const bad = (patch: Partial<SeqRunFile> | Record<string, unknown>) => () =>
      parseSeqRunFile(JSON.stringify({ ...file, ...patch }));
    throwsAt(bad({ format: 'dam-kh-run' }), /^format: must be "dam-seq-run"/);
    throwsAt(bad({ memories: [[2]] }), /^memories\[0\]: must be a list of at most/);
    throwsAt(bad({ memories: [[0, 1]] }), /^memories\[0\]: must be 1588 values/);
    throwsAt(bad({ results: [{ ...file.results[0], id: 2 }] }), /^results\[0\]\.id: must be 1/);
    throwsAt(
      bad({ results: [{ ...file.results[0], matrix: [[0.5, 0.5, 0.5]] }] }),
      /^results\[0\]\.matrix\[0\]: must hold 2 accuracies/,
    );
    throwsAt(bad({ results: [] }), /^results: must be a list of 1 to 4/);
    throwsAt(
      bad({ request: { ...req, runs: [{ ...req.runs[0], epochs: 0 }] } }),
      /^request\.runs\[0\]\.epochs/,
    );
    expect(() => parseSeqRunFile(JSON.stringify(file), 100)).toThrow(/larger than 100 bytes/);
  });
});
