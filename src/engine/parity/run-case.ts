/**
 * Runs one parity case (cases.ts) on the current tfjs backend: the batched engine function
 * against its core counterpart, and against the oracle when the caller passes one. No test
 * framework here: Node's vitest file and the browser's compute worker both call it.
 */
import { computeFields, createBinaryKernel } from '../../core/dynamics/binary-kernel';
import { syncStep } from '../../core/dynamics/binary-update';
import { energy } from '../../core/dynamics/energy';
import { retrieve } from '../../core/dynamics/retrieve';
import { SOFTMAX_TOL_F32 } from '../../core/dynamics/softmax-iteration';
import { softmaxUpdate } from '../../core/dynamics/softmax-update';
import type { BinaryEnergy, ModelSpec, Patterns } from '../../core/dynamics/types';
import { gramSync } from '../../core/capacity/gram';
import { binarySyncStepBatch, isExactInFloat32 } from '../binary-batch';
import { gramTf } from '../gram-batch';
import { energyBatch } from '../energy-batch';
import { row } from '../fixtures';
import { retrieveBatch } from '../retrieve-batch';
import { softmaxStepBatch } from '../softmax-batch';
import type { tf as TfNamespace } from '../tf';
import type { ParityResult } from '../../worker-api/parity';
import type { ParityCase, ParityInputs, Tolerance } from './cases';

export type { ParityResult };

type Tf = typeof TfNamespace;
type BinarySpec = ModelSpec & { energy: BinaryEnergy };

/** What the oracle says for one case: the state after the run of each row. */
export interface OracleOutput {
  finals: number[][];
  steps?: number[];
  converged?: boolean[];
}
export type Oracle = (c: ParityCase, inputs: ParityInputs) => OracleOutput | null;

interface Compared {
  maxAbs: number;
  maxRel: number;
  ok: boolean;
}

/** Every value of `got` against `want` under `tol` ('near-ties' is checked by the caller). */
export function compareValues(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tol: Tolerance,
): Compared {
  const floor = tol.kind === 'close' ? tol.abs : 1e-300;
  let maxAbs = 0;
  let maxRel = 0;
  let ok = got.length === want.length;
  for (let i = 0; i < want.length; i++) {
    const g = got[i];
    const w = want[i];
    const d = g === w ? 0 : Math.abs(g - w);
    if (!(d <= maxAbs)) maxAbs = Number.isNaN(d) ? Infinity : d;
    maxRel = Math.max(maxRel, maxAbs === Infinity ? Infinity : d / Math.max(Math.abs(w), floor));
    if (tol.kind === 'close') ok &&= d <= Math.max(tol.abs, tol.rel * Math.abs(w));
    else ok &&= d === 0;
  }
  return { maxAbs, maxRel, ok };
}

function rows(p: Patterns): Float32Array {
  return p.data instanceof Float32Array ? p.data : Float32Array.from(p.data);
}

/** binary scaled form: mismatching neurons must be near-ties of the exact Δ_i. */
function nearTies(
  spec: BinarySpec,
  x: ParityInputs,
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tol: Extract<Tolerance, { kind: 'near-ties' }>,
  failures: string[],
): number {
  const { dim } = x.states;
  const kernel = createBinaryKernel(spec, x.memories);
  let same = 0;
  let worst = 0;
  for (let b = 0; b < x.states.count; b++) {
    const sigma = Float32Array.from(row(x.states, b), (v) => (v > 0 ? 1 : -1));
    const fields = computeFields(x.memories, sigma);
    for (let i = 0; i < dim; i++) {
      const k = b * dim + i;
      if (got[k] === want[k]) same++;
      else worst = Math.max(worst, Math.abs(kernel.relativeDelta(i, fields, sigma[i])));
    }
  }
  const agreement = same / want.length;
  if (worst >= tol.maxRelDelta)
    failures.push(`a neuron differs with relative Δ ${worst.toExponential(2)}, not a near-tie`);
  if (agreement < tol.minAgree)
    failures.push(`agreement ${agreement.toFixed(4)} below ${tol.minAgree}`);
  return agreement;
}

const SYNC = (maxSteps: number) => ({
  mode: 'sync' as const,
  order: 'sequential' as const,
  seed: 0,
  maxSteps,
});

/** Runs `c` on the backend `tfx` is set to. Never throws: an error is a failed result. */
export async function runParityCase(
  tfx: Tf,
  c: ParityCase,
  opts: { oracle?: Oracle } = {},
): Promise<ParityResult> {
  const start = performance.now();
  const failures: string[] = [];
  const out: ParityResult = {
    name: c.name,
    group: c.group,
    backend: tfx.getBackend(),
    maxAbsErr: NaN,
    maxRelErr: NaN,
    oracleAbsErr: null,
    pass: false,
    failures,
    ms: 0,
  };
  try {
    const x = c.inputs();
    const { dim, count: b } = x.states;
    if (c.exactForm !== undefined) {
      const guard = isExactInFloat32(c.spec, x.memories.count, dim);
      if (guard !== c.exactForm) failures.push(`isExactInFloat32 says ${guard}`);
    }
    const tensors = tfx.memory().numTensors;
    let main: Compared;
    let got: Float32Array | null = null;
    let engineSteps: Int32Array | null = null;
    let engineConverged: Uint8Array | null = null;
    if (c.fn === 'gram') {
      const m = x.memories;
      const pool = Int8Array.from(m.data);
      const g = await gramTf(pool, m.count, m.dim);
      main = compareValues(g, gramSync(pool, m.count, m.dim), c.tol);
    } else if (c.fn === 'energy') {
      const e = await energyBatch(c.spec, x.memories, x.states);
      const want = Array.from({ length: b }, (_, i) =>
        energy(c.spec, x.memories, row(x.states, i)),
      );
      main = compareValues(e, want, c.tol);
    } else if (c.fn === 'binaryStep' || c.fn === 'softmaxStep') {
      const spec = c.spec as BinarySpec;
      const res =
        c.fn === 'binaryStep'
          ? await binarySyncStepBatch(spec, x.memories, x.states)
          : await softmaxStepBatch(x.memories, x.states, c.spec.beta);
      got = rows(res);
      // Measured against the core's float64 values (binary: ±1).
      const want = new Float64Array(b * dim);
      for (let i = 0; i < b; i++) {
        const r = row(x.states, i);
        const next =
          c.fn === 'binaryStep'
            ? syncStep(spec, x.memories, r).next
            : softmaxUpdate(x.memories, r, c.spec.beta).next;
        want.set(next, i * dim);
      }
      if (c.tol.kind === 'near-ties') {
        main = compareValues(got, want, { kind: 'exact' });
        out.agreement = nearTies(spec, x, got, want, c.tol, failures);
        main.ok = true; // judged by nearTies
      } else {
        main = compareValues(got, want, c.tol);
      }
    } else {
      const res = await retrieveBatch(c.spec, x.memories, x.states, c.maxSteps ?? 30);
      got = rows(res.finals);
      engineSteps = res.steps;
      engineConverged = res.converged;
      const refs = Array.from({ length: b }, (_, i) =>
        retrieve(c.spec, x.memories, row(x.states, i), SYNC(c.maxSteps ?? 30), {
          tol: SOFTMAX_TOL_F32,
        }),
      );
      const want = new Float64Array(b * dim);
      refs.forEach((r, i) => want.set(r.final, i * dim));
      main = compareValues(got, want, c.tol);
      const eWant = refs.map((r) => r.energies[r.energies.length - 1]);
      const e = compareValues(res.energies, eWant, c.energyTol ?? c.tol);
      out.energyAbsErr = e.maxAbs;
      if (!e.ok) failures.push(`final energies off by up to ${e.maxAbs}`);
      out.stepDiff = Math.max(...refs.map((r, i) => Math.abs(r.steps - res.steps[i])));
      if (out.stepDiff > (c.stepSlack ?? 0)) failures.push(`steps differ by ${out.stepDiff}`);
      const conv = refs.filter((r, i) => (r.converged ? 1 : 0) !== res.converged[i]).length;
      if (conv) failures.push(`${conv} rows disagree on convergence`);
    }
    const leaked = tfx.memory().numTensors - tensors;
    if (leaked !== 0) failures.push(`${leaked} tensors leaked`);
    out.maxAbsErr = main.maxAbs;
    out.maxRelErr = main.maxRel;
    if (!main.ok) failures.push(`values off by up to ${main.maxAbs} (relative ${main.maxRel})`);
    const o = c.oracle && opts.oracle && got ? opts.oracle(c, x) : null;
    if (o && got) {
      const flat = new Float64Array(b * dim);
      o.finals.forEach((f, i) => flat.set(f, i * dim));
      const vs = compareValues(got, flat, c.tol.kind === 'close' ? c.tol : { kind: 'exact' });
      out.oracleAbsErr = vs.maxAbs;
      if (!vs.ok) failures.push(`differs from the oracle by up to ${vs.maxAbs}`);
      const slack = c.stepSlack ?? 0;
      o.steps?.forEach((s, i) => {
        if (engineSteps && Math.abs(engineSteps[i] - s) > slack)
          failures.push(`row ${i}: the oracle took ${s} steps, the engine ${engineSteps[i]}`);
      });
      o.converged?.forEach((v, i) => {
        if (engineConverged && engineConverged[i] !== (v ? 1 : 0))
          failures.push(`row ${i}: the oracle says converged=${v}, the engine does not`);
      });
    }
  } catch (err) {
    failures.push(`threw: ${err instanceof Error ? err.message : String(err)}`);
  }
  out.pass = failures.length === 0;
  out.ms = performance.now() - start;
  return out;
}
