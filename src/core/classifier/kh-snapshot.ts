/**
 * The file format of a Krotov–Hopfield training run (public/kh/*.json, written by `dam train --out`,
 * read by the lab): the configuration, the command that produced it, the per-epoch history and the
 * memories at a few saved epochs. Memories are stored as little-endian Int16 (round(ξ·32767)),
 * base64, which keeps ξ ∈ [−1, 1] to within 1.6e−5 at a quarter of the JSON-number size.
 * Reading a file is src/schema/run-file.ts's job (core imports no schema library).
 */
import { base64ToBytes, bytesToBase64, isBase64 } from '../data/base64';
import type { KhConfig } from './kh-model';

export const KH_RUN_FORMAT = 'dam-kh-run';
export const KH_RUN_VERSION = 1;
const Q = 32767;

/** One epoch of training, as reported by the trainer. */
export interface KhEpochRecord {
  epoch: number;
  trainLoss: number;
  trainError: number;
  testError: number;
  /** Training time of the epoch alone, ms. */
  ms: number;
  /** Temperature used in the epoch. */
  T: number;
}

export interface KhSavedEpoch {
  epoch: number;
  /** Temperature the memories are read with (the epoch's T). */
  T: number;
  /** K × (D + C) row-major. */
  memories: Float32Array;
}

export interface KhRunFile {
  config: KhConfig;
  /** The command line that produced the file (for the record; never executed). */
  command: string;
  /** Backend that trained it, e.g. "tfjs-wasm". */
  engine: string;
  history: KhEpochRecord[];
  /** Saved epochs in increasing order; the last is the trained model. */
  saved: KhSavedEpoch[];
}

/**
 * Which epochs a run keeps for the scrubber: every epoch up to 10, every 5th to 50, every 10th to
 * 100, every 25th after (31 snapshots over 300 epochs), plus the last one (kept by the caller).
 */
export function keepEpoch(epoch: number): boolean {
  if (epoch <= 10) return true;
  if (epoch <= 50) return epoch % 5 === 0;
  if (epoch <= 100) return epoch % 10 === 0;
  return epoch % 25 === 0;
}

export function encodeMemories(memories: ArrayLike<number>): string {
  const q = new Int16Array(memories.length);
  for (let k = 0; k < memories.length; k++) {
    const v = Math.max(-1, Math.min(1, memories[k]));
    q[k] = Math.round(v * Q);
  }
  const bytes = new Uint8Array(q.length * 2);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < q.length; k++) view.setInt16(2 * k, q[k], true);
  return bytesToBase64(bytes);
}

export function decodeMemories(text: string, length: number): Float32Array {
  const bytes = base64ToBytes(text);
  if (bytes.length !== 2 * length) {
    throw new Error(`memories hold ${bytes.length / 2} values, expected ${length}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(length);
  for (let k = 0; k < length; k++) out[k] = view.getInt16(2 * k, true) / Q;
  return out;
}

/** The JSON text of a run file. */
export function serializeRun(run: KhRunFile): string {
  return (
    JSON.stringify({
      format: KH_RUN_FORMAT,
      version: KH_RUN_VERSION,
      command: run.command,
      engine: run.engine,
      config: run.config,
      history: run.history,
      saved: run.saved.map((s) => ({
        epoch: s.epoch,
        T: s.T,
        memories: encodeMemories(s.memories),
      })),
    }) + '\n'
  );
}

/** Characters of the base64 text of `length` Int16 values (with padding). */
export const memoriesChars = (length: number): number => 4 * Math.ceil((2 * length) / 3);

/**
 * Why `text` cannot be the base64 text of `length` memory values (its length and alphabet; an
 * O(n) scan without decoding), or null when it can.
 */
export function memoriesTextProblem(text: string, length: number): string | null {
  const chars = memoriesChars(length);
  const what = `must be ${length} values in base64 (${chars} characters)`;
  if (text.length !== chars) return `${what}, not ${text.length} characters`;
  if (!isBase64(text)) return `${what}; it holds characters outside base64 or misplaced padding`;
  return null;
}

/**
 * A saved epoch whose memories are decoded on first use. A shipped file holds a dozen epochs and
 * the lab usually shows one or two of them; decoding all of them up front cost the main thread a
 * long task when the lab opened. The reader checks the text first with memoriesTextProblem
 * (src/schema/run-file.ts does, naming the field), so a damaged file still fails at parse time,
 * not when someone scrubs to that epoch; a text that skipped the check throws at first use.
 */
export function lazySaved(epoch: number, T: number, text: string, length: number): KhSavedEpoch {
  let memories: Float32Array | null = null;
  return {
    epoch,
    T,
    get memories() {
      memories ??= decodeMemories(text, length);
      return memories;
    },
  };
}
