/**
 * The training lab's part of links and the saved set-up: the run set-up (powers, temperature
 * overrides, K, seed, epochs, minibatch, training digits) and the sequential mode's set-up (q) and
 * which mode is shown (m), validated strictly by its schema (a
 * tampered value is an error naming the field, never silently clamped). Absent in older links
 * and records: the defaults apply.
 */
import * as v from 'valibot';
import { KH_LIMITS } from '../../../core/classifier/kh-model';
import { int, list, seed } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { DEFAULT_SEQ_SETUP, type SeqLabSetup } from './seq-setup';
import { seqSetupSchema } from './seq-codec';
import {
  LAB_RUNS_MAX,
  LAB_RUNS_MIN,
  LAB_SUBSET_MAX,
  normaliseLabSetup,
  type LabSetup,
} from './slice';

export interface WireLab {
  /** Powers n. */
  n: number[];
  /** Temperature overrides (0: the default for that n). */
  t: number[];
  k: number;
  s: number;
  e: number;
  b: number;
  /** Training digits (0: all). */
  u: number;
}

export const labToWire = (l: LabSetup): WireLab => ({
  n: [...l.ns],
  t: l.temps.map((T) => T ?? 0),
  k: l.K,
  s: l.seed,
  e: l.epochs,
  b: l.batchSize,
  u: l.subset,
});

const [T0, T1] = KH_LIMITS.T;
const T_RULE = `must be 0 (the default) or a number from ${T0} to ${T1}`;
const temperature = v.pipe(
  v.number(T_RULE),
  v.check((T) => T === 0 || (Number.isFinite(T) && T >= T0 && T <= T1), T_RULE),
);

const labEntries = () => ({
  n: list(int(KH_LIMITS.n[0], KH_LIMITS.n[1]), LAB_RUNS_MIN, LAB_RUNS_MAX),
  t: v.optional(list(temperature, 0, LAB_RUNS_MAX), []),
  k: int(KH_LIMITS.K[0], KH_LIMITS.K[1]),
  s: seed(),
  e: int(KH_LIMITS.epochs[0], KH_LIMITS.epochs[1]),
  b: int(KH_LIMITS.batchSize[0], KH_LIMITS.batchSize[1]),
  u: v.pipe(
    int(0, LAB_SUBSET_MAX),
    v.check((u) => u === 0 || u >= 10, 'must be 0 (all) or at least 10'),
  ),
});

type LabEntries = v.InferOutput<v.StrictObjectSchema<ReturnType<typeof labEntries>, undefined>>;

const setupOf = (o: LabEntries): LabSetup =>
  normaliseLabSetup({
    ns: o.n,
    temps: o.n.map((_, i) => (o.t[i] ? o.t[i] : null)),
    K: o.k,
    seed: o.s,
    epochs: o.e,
    batchSize: o.b,
    subset: o.u,
  });

const MORE_TEMPS = 'has more temperatures than runs';

export const labSchema = () =>
  v.pipe(
    v.strictObject(labEntries()),
    v.check((o) => o.t.length <= o.n.length, MORE_TEMPS),
    v.transform(setupOf),
  );

/** The lab's whole part: the one-task set-up, and the sequential mode and set-up (`q`, `m`). */
export interface TrainPart {
  lab: LabSetup;
  seq: { mode: 'single' | 'sequential'; setup: SeqLabSetup } | null;
}

export const trainSchema = () =>
  v.pipe(
    v.strictObject({
      ...labEntries(),
      m: v.optional(v.picklist(['single', 'sequential'], 'must be "single" or "sequential"')),
      q: v.optional(seqSetupSchema()),
    }),
    v.check((o) => o.t.length <= o.n.length, MORE_TEMPS),
    v.transform((o): TrainPart => ({
      lab: setupOf(o),
      seq: o.q
        ? { mode: o.m ?? 'single', setup: o.q }
        : o.m
          ? { mode: o.m, setup: DEFAULT_SEQ_SETUP }
          : null,
    })),
  );

export const labCodec = defineCodec<TrainPart, WireLab & { m?: string; q?: SeqLabSetup }>({
  linkKey: 'l',
  recordKey: 'lab',
  schema: () => trainSchema(),
  save: (s) => ({ ...labToWire(s.lab.setup), m: s.seq.mode, q: s.seq.setup }),
  load: (part, s) => {
    s.setLabSetup(part.lab);
    if (part.seq) s.setSeq({ mode: part.seq.mode, setup: part.seq.setup, preset: null });
  },
  changed: (a, b) =>
    a.lab.setup !== b.lab.setup || a.seq.setup !== b.seq.setup || a.seq.mode !== b.seq.mode,
});
