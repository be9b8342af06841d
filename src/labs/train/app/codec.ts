/**
 * The training lab's part of links and the saved set-up: the run set-up (powers, temperature
 * overrides, K, seed, epochs, minibatch, training digits), validated strictly by its schema (a
 * tampered value is an error naming the field, never silently clamped). Absent in older links
 * and records: the defaults apply.
 */
import * as v from 'valibot';
import { KH_LIMITS } from '../../../core/classifier/kh-model';
import { int, list, seed } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
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

export const labSchema = () =>
  v.pipe(
    v.strictObject({
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
    }),
    v.check((o) => o.t.length <= o.n.length, 'has more temperatures than runs'),
    v.transform((o): LabSetup =>
      normaliseLabSetup({
        ns: o.n,
        temps: o.n.map((_, i) => (o.t[i] ? o.t[i] : null)),
        K: o.k,
        seed: o.s,
        epochs: o.e,
        batchSize: o.b,
        subset: o.u,
      }),
    ),
  );

export const labCodec = defineCodec<LabSetup, WireLab>({
  linkKey: 'l',
  recordKey: 'lab',
  schema: () => labSchema(),
  save: (s) => labToWire(s.lab.setup),
  load: (setup, s) => s.setLabSetup(setup),
  changed: (a, b) => a.lab.setup !== b.lab.setup,
});
