/**
 * The hidden-neuron view's calls of the bodies room (types only): the set-up the page sends and
 * the run it gets back. The room builds the memories and the cue from the MNIST set it holds, so
 * only the set-up crosses one way and the run's typed arrays the other.
 */
import type { HiddenNetSpec, HiddenRun } from '../../../core/hidden/types';

/** Where the cue comes from: one of the stored memories, or a digit that is not stored. */
export type CueSource = 'memory' | 'test';
/** Which part of the cue is hidden (set to zero) for inpainting. */
export type MaskKind = 'none' | 'top' | 'bottom' | 'left' | 'right';
/** What the known pixels do: held fixed (clamped), pushed as the input I, or nothing. */
export type InpaintMode = 'clamp' | 'input' | 'free';

/** The network (model, F, n, β, τ_f, τ_h, dt) and what to run it on. */
export interface HiddenSetup extends HiddenNetSpec {
  steps: number;
  /** Memories: K MNIST digits (one per class 0–9 in turn), each scaled to unit norm. */
  K: number;
  cue: CueSource;
  /** The memory used as the cue (cue 'memory'; taken modulo K). */
  memory: number;
  /** The digit class and which of its unstored examples (cue 'test'). */
  digit: number;
  sample: number;
  /** Fraction of the cue's pixels replaced by seeded random grey levels. */
  noise: number;
  mask: MaskKind;
  inpaint: InpaintMode;
  /** Strength of the input I = gain × (the known part of the cue), inpaint 'input'. */
  gain: number;
  h0: 'zero' | 'fixed';
  seed: number;
}

export interface HiddenShown {
  setup: HiddenSetup;
  run: HiddenRun;
  /** The memories ξ (K × N, unit rows) and their digit classes. */
  memories: Float64Array;
  labels: number[];
  K: number;
  rows: number;
  cols: number;
  /** The starting visible state v0 (the corrupted cue), length N. */
  cue: Float64Array;
  /** 1 where the pixel was masked out (unknown), length N. */
  masked: Uint8Array;
  /** Worker time of the run, ms. */
  ms: number;
}

export type HiddenProgress = (done: number, total: number) => void;

export interface HiddenRoomApi {
  /** Builds the memories and the cue of `setup` and runs both dynamics; progress in stages. */
  hiddenRun(setup: HiddenSetup, onProgress: HiddenProgress): Promise<HiddenShown>;
}
