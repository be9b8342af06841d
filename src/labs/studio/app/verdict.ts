/**
 * The studio's verdict on a state: the core verdict (retrieved k, inverted k, mixture, spurious)
 * plus the softmax case the core cannot see, a metastable average of m memories (judged from the
 * weights' effective number exp(entropy)), and, where the bank carries a prototype task, a
 * prototype (or its inverse) that is no stored memory; its sentence and, when retrieval failed, a
 * hint why.
 * A run that has neither settled nor reached its step limit gets no verdict yet, only a neutral
 * "in progress" line with the nearest memory. Memories are numbered 1…K for people.
 */
import {
  verdict as coreVerdict,
  nearestMemory as nearestPattern,
  RETRIEVED_OVERLAP,
} from '../../../core/dynamics/metrics';
import type { Patterns, Verdict } from '../../../core/dynamics/types';
import { toSpec, type ModelChoice } from '../../../shell/model/model';
import { polynomialCapacity } from '../../../shell/model/regime';
import type { BankPrototypes } from '../../../store/bank-slice';

/** The state is prototype `prototype` (named `label`) of the bank's task, or its inverse. */
export interface PrototypeVerdict {
  kind: 'prototype' | 'inverted-prototype';
  prototype: number;
  label: string;
  overlap: number;
}

export type StudioVerdict =
  | Verdict
  | { kind: 'metastable'; memories: number[]; count: number; effective: number }
  | PrototypeVerdict;

/** The prototype the state is (|overlap| ≥ the retrieved threshold), or null. */
export function prototypeVerdict(
  prototypes: BankPrototypes,
  state: ArrayLike<number>,
): PrototypeVerdict | null {
  const patterns = {
    count: prototypes.count,
    dim: prototypes.dim,
    data: Float32Array.from(prototypes.bits),
  };
  if (state.length !== prototypes.dim) return null;
  const { index, overlap } = nearestPattern(patterns, state);
  if (Math.abs(overlap) < RETRIEVED_OVERLAP) return null;
  const kind = overlap > 0 ? 'prototype' : 'inverted-prototype';
  return { kind, prototype: index, label: prototypes.labels[index] ?? '?', overlap };
}

/** exp(entropy) of a probability vector. */
export function effectiveCount(weights: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < weights.length; i++) {
    const p = weights[i];
    if (p > 0) h -= p * Math.log(p);
  }
  return Math.exp(h);
}

/**
 * `memories` as the model sees them (signs for the binary families); `weights` the softmax
 * weights at the state (null for the binary families); `prototypes` the bank's prototype task, if
 * any. A stored memory (or its inverse) stays "retrieved" even when it matches a prototype.
 */
export function studioVerdict(
  memories: Patterns,
  state: ArrayLike<number>,
  weights: ArrayLike<number> | null,
  prototypes?: BankPrototypes | null,
): StudioVerdict {
  const v = coreVerdict(memories, state);
  if (v.kind === 'retrieved' || v.kind === 'inverted') return v;
  const p = prototypes ? prototypeVerdict(prototypes, state) : null;
  if (p) return p;
  if (!weights) return v;
  const effective = effectiveCount(weights);
  if (effective < 1.5) return v;
  const count = Math.max(2, Math.round(effective));
  const ranked = Array.from(weights, (w, mu) => ({ w, mu }))
    .sort((a, b) => b.w - a.w)
    .slice(0, count)
    .map((x) => x.mu);
  return { kind: 'metastable', memories: ranked, count, effective };
}

export type Tone = 'good' | 'warn' | 'bad';

/** Where a run that has not finished stands: the memory with the largest |overlap|. */
export interface Progress {
  nearest: number;
  overlap: number;
}

/** Whether a verdict is due: the state settled, or the run reached its real step limit. */
export const isFinal = (converged: boolean, t: number, stepLimit: number): boolean =>
  converged || t >= stepLimit - 1e-9;

export function nearestMemory(overlaps: ArrayLike<number>): Progress {
  let nearest = 0;
  for (let mu = 1; mu < overlaps.length; mu++)
    if (Math.abs(overlaps[mu]) > Math.abs(overlaps[nearest])) nearest = mu;
  return { nearest, overlap: overlaps.length ? overlaps[nearest] : 0 };
}

/** Memory μ (0-based) as people read it: "4 · 3" is the fourth memory, labelled 3. */
export const memoryName = (mu: number, labels: readonly string[]): string =>
  `${mu + 1} · ${labels[mu] ?? '?'}`;

export const describeProgress = (p: Progress, labels: readonly string[]): string =>
  `In progress: nearest memory ${memoryName(p.nearest, labels)}, overlap ${p.overlap.toFixed(2)}`;

const list = (ids: number[], label: (mu: number) => string, max = 4): string =>
  ids.length <= max
    ? ids.map(label).join('; ')
    : `${ids.slice(0, max).map(label).join(', ')} … (${ids.length})`;

/** One sentence; `labels[μ]` names memory μ, `cueMemory` the memory the cue came from (or null). */
export function describeVerdict(
  v: StudioVerdict,
  labels: readonly string[],
  cueMemory: number | null,
): { tone: Tone; text: string } {
  const name = (mu: number) => memoryName(mu, labels);
  switch (v.kind) {
    case 'retrieved':
      return {
        tone: cueMemory === null || v.memory === cueMemory ? 'good' : 'warn',
        text: `Retrieved memory ${name(v.memory)}, overlap ${v.overlap.toFixed(2)}`,
      };
    case 'inverted':
      return {
        tone: 'warn',
        text: `Inverted memory ${name(v.memory)} (ink and paper swapped), overlap ${v.overlap.toFixed(2)}`,
      };
    case 'mixture':
      return {
        tone: 'warn',
        text: `Mixture of memories ${list(v.memories, name, 3)}`,
      };
    case 'metastable':
      return {
        tone: 'warn',
        text: `Metastable average of ${v.count} memories (${list(v.memories, name, 3)})`,
      };
    case 'prototype':
      return {
        tone: 'good',
        text: `Prototype ${v.label} (not a stored memory: it stands for its examples), overlap ${v.overlap.toFixed(2)}`,
      };
    case 'inverted-prototype':
      return {
        tone: 'warn',
        text: `Inverted prototype ${v.label} (ink and paper swapped), overlap ${v.overlap.toFixed(2)}`,
      };
    case 'spurious':
      return {
        tone: 'bad',
        text: `Spurious state: nearest is memory ${name(v.nearest)}, overlap ${v.overlap.toFixed(2)}`,
      };
  }
}

export interface HintContext {
  model: ModelChoice;
  count: number;
  dim: number;
  /** Memory the cue came from, null for a drawing or random cue. */
  cueMemory: number | null;
  flipP: number;
  temperature: number;
  sync: boolean;
  /** The run stopped at a fixed point (false: step limit). */
  converged: boolean;
  /** Others' pull relative to the closest memory (regime.ts crosstalk), if known. */
  crosstalk?: number | null;
  /** The model changed during the run: the state went on from where the old model left it. */
  continued?: boolean;
}

/** Why retrieval failed, in one sentence with what to try; null when it did not fail. */
export function failureHint(v: StudioVerdict, ctx: HintContext): string | null {
  const spec = toSpec(ctx.model);
  if (v.kind === 'prototype') return null;
  if (v.kind === 'inverted-prototype') {
    return 'The cue is closer to the inverted prototype: the dynamics fell into its negative.';
  }
  const wrongMemory =
    v.kind === 'retrieved' && ctx.cueMemory !== null && v.memory !== ctx.cueMemory;
  if (v.kind === 'retrieved' && !wrongMemory) return null;
  if (ctx.temperature > 0 && spec.energy !== 'softmax') {
    return `Temperature T = ${ctx.temperature} keeps flipping neurons at random: lower it to settle.`;
  }
  if (!ctx.converged && ctx.sync && v.kind !== 'retrieved') {
    return 'Synchronous updates can swing between two states forever: try asynchronous updates.';
  }
  if (v.kind === 'metastable') {
    return v.count >= 0.5 * ctx.count
      ? 'β too small: the state averages all memories. Raise β.'
      : `β in the metastable range: ≈ ${v.count} similar memories share the state. Raise β to separate them.`;
  }
  if (wrongMemory && ctx.continued) {
    return 'The state went on from where the previous model left it, not from the cue: choose "restart from the cue" for model changes, or press Reset (r).';
  }
  if (wrongMemory || v.kind === 'inverted') {
    if (ctx.flipP >= 0.25) {
      return `Cue too corrupted (p = ${ctx.flipP.toFixed(2)}): it is now closer to another memory. Lower the noise.`;
    }
    return v.kind === 'inverted'
      ? 'The cue is closer to the inverted memory: the dynamics fell into its negative.'
      : 'The cue fell into a neighbouring memory: raise n or β so the closest memory wins.';
  }
  if (spec.energy === 'polynomial' || spec.energy === 'rectified') {
    const n = spec.n;
    if (n === 2 && ctx.count > 0.14 * ctx.dim) {
      return `n = 2 with K = ${ctx.count} above ≈ 0.14 N = ${Math.round(0.14 * ctx.dim)}: mixture states. Raise n.`;
    }
    if (ctx.count > polynomialCapacity(n, ctx.dim)) {
      return `K = ${ctx.count} is above the capacity at n = ${n}: raise n.`;
    }
    if (ctx.crosstalk !== undefined && ctx.crosstalk !== null && ctx.crosstalk > 0.5) {
      return `n = ${n} is small for memories this similar (the others pull ${ctx.crosstalk.toFixed(1)}× as hard as the closest): they mix. Raise n.`;
    }
  }
  if (spec.energy === 'exponential') return 'β too small for memories this similar: raise β.';
  if (ctx.flipP >= 0.25) {
    return `Cue too corrupted (p = ${ctx.flipP.toFixed(2)}): lower the noise.`;
  }
  if (!ctx.converged) return 'Stopped at the step limit before settling: raise max steps.';
  return null;
}
