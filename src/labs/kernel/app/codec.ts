/**
 * The kernel lab's part of share links and the saved set-up: the whole set-up (memories, U-Hop+,
 * the kernelized retrieval, the basin map, the metastable table, what "before" is) and the
 * preset it came from, so a link reproduces every number the lab shows. The schema is valibot
 * through src/schema/fields: unknown keys and out-of-range values are errors naming the field.
 * Older links without the part open with the defaults.
 */
import * as v from 'valibot';
import { NORMALISERS } from '../../../core/kernel/types';
import { bool, int, list, num, oneOf, seed } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { KERNEL_PRESETS } from './presets';
import { KERNEL_LIMITS as L } from './setup';
import type { KernelSetup } from './slice';

export type WireKernel = Omit<KernelSetup, 'preset'> & { preset?: string };

const PRESET_IDS = KERNEL_PRESETS.map((p) => p.id);
const SOURCES = ['gaussian', 'circle', 'mnist'] as const;

const M_RANGES = SOURCES.map((k) => `${k} ${L.M[k][0]}–${L.M[k][1]}`).join(', ');

const memoriesSchema = () =>
  v.pipe(
    v.strictObject({
      source: oneOf(SOURCES),
      M: int(2, L.M.mnist[1]),
      D: int(L.D[0], 784),
      sphere: bool(),
      seed: seed(),
    }),
    v.forward(
      v.partialCheck(
        [['source'], ['M']],
        (m) => m.M >= L.M[m.source][0] && m.M <= L.M[m.source][1],
        `must fit the source (${M_RANGES})`,
      ),
      ['M'],
    ),
  );

const uhopSchema = () =>
  v.strictObject({
    dPhi: int(L.dPhi[0], L.dPhi[1]),
    tau: num(L.tau[0], L.tau[1]),
    lr: num(L.lr[0], L.lr[1]),
    optimiser: oneOf(['adam', 'sgd'] as const),
    iterations: int(L.iterations[0], L.iterations[1]),
    seed: seed(),
    bias: bool(),
  });

const khmSchema = () =>
  v.strictObject({
    beta: num(L.beta[0], L.beta[1]),
    normaliser: oneOf(NORMALISERS),
    iterations: int(L.khmIterations[0], L.khmIterations[1]),
  });

const basinSchema = () =>
  v.strictObject({
    R: int(L.R[0], L.R[1]),
    tol: num(L.tol[0], L.tol[1]),
    plane: oneOf(['identity', 'memories'] as const),
    // Links made before the feature-space map open in memory space.
    space: v.optional(oneOf(['memory', 'feature'] as const), 'memory'),
  });

const metastableSchema = () =>
  v.strictObject({
    queries: int(L.queries[0], L.queries[1]),
    threshold: num(L.threshold[0], L.threshold[1]),
    maxK: int(L.maxK[0], L.maxK[1]),
    normalisers: v.pipe(
      list(oneOf(NORMALISERS), 1, NORMALISERS.length),
      v.check((xs) => new Set(xs).size === xs.length, 'must not name a normaliser twice'),
    ),
  });

export const kernelSchema = () =>
  v.pipe(
    v.strictObject(
      {
        memories: memoriesSchema(),
        uhop: uhopSchema(),
        khm: khmSchema(),
        basin: basinSchema(),
        metastable: metastableSchema(),
        raw: oneOf(['identity', 'initial'] as const),
        preset: v.optional(oneOf(PRESET_IDS)),
      },
      'must be an object with "memories", "uhop", "khm", "basin", "metastable" and "raw"',
    ),
    v.transform((w): KernelSetup => ({ ...w, preset: w.preset ?? null })),
  );

export const kernelToWire = (s: KernelSetup): WireKernel => {
  const { preset, ...rest } = s;
  return preset ? { ...rest, preset } : rest;
};

export const kernelCodec = defineCodec<KernelSetup, WireKernel>({
  linkKey: 'u',
  recordKey: 'kernel',
  schema: () => kernelSchema(),
  save: (s) => kernelToWire(s.kernel),
  load: (setup, s) => s.setKernel(setup),
  changed: (a, b) => a.kernel !== b.kernel,
});
