/**
 * The file format of a Krotov–Hopfield training run (public/kh/*.json, written by `dam train --out`,
 * read by the lab): the configuration, the command that produced it, the per-epoch history and the
 * memories at a few saved epochs. Memories are stored as little-endian Int16 (round(ξ·32767)),
 * base64, which keeps ξ ∈ [−1, 1] to within 1.6e−5 at a quarter of the JSON-number size.
 */
import { base64ToBytes, bytesToBase64, isBase64 } from '../data/base64';
import { khConfig, type KhConfig } from './kh-model';

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

/**
 * A saved epoch whose memories are decoded on first use. A shipped file holds a dozen epochs and
 * the lab usually shows one or two of them; decoding all of them up front cost the main thread a
 * long task when the lab opened. The text is checked here (alphabet and exact length), so a
 * damaged file still fails at parse time, not when someone scrubs to that epoch.
 */
function lazySaved(
  epoch: number,
  T: number,
  text: string,
  length: number,
  k: number,
): KhSavedEpoch {
  const chars = 4 * Math.ceil((2 * length) / 3);
  if (text.length !== chars || !isBase64(text)) {
    throw new Error(
      `saved[${k}].memories is not ${length} values in base64 (${text.length} characters, expected ${chars})`,
    );
  }
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

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Validates a parsed run file.
 * @throws Error naming the first thing that is wrong.
 */
export function parseRun(json: unknown): KhRunFile {
  if (!isObj(json) || json.format !== KH_RUN_FORMAT) {
    throw new Error(`not a ${KH_RUN_FORMAT} file`);
  }
  if (json.version !== KH_RUN_VERSION) {
    throw new Error(`unsupported ${KH_RUN_FORMAT} version ${String(json.version)}`);
  }
  if (!isObj(json.config)) throw new Error('run file has no config');
  let config: KhConfig;
  try {
    config = khConfig(json.config as Partial<KhConfig>);
  } catch (e) {
    throw new Error(`run file config: ${(e as Error).message}`, { cause: e });
  }
  for (const key of Object.keys(config) as (keyof KhConfig)[]) {
    if (!finite(json.config[key])) throw new Error(`run file config.${key} is missing`);
  }
  const W = config.D + config.C;
  if (!Array.isArray(json.history)) throw new Error('run file has no history');
  const history = json.history.map((h, k): KhEpochRecord => {
    if (!isObj(h)) throw new Error(`history[${k}] is not an object`);
    for (const f of ['epoch', 'trainLoss', 'trainError', 'testError', 'ms', 'T'] as const) {
      if (!finite(h[f])) throw new Error(`history[${k}].${f} is not a finite number`);
    }
    return {
      epoch: h.epoch as number,
      trainLoss: h.trainLoss as number,
      trainError: h.trainError as number,
      testError: h.testError as number,
      ms: h.ms as number,
      T: h.T as number,
    };
  });
  if (!Array.isArray(json.saved) || json.saved.length === 0) {
    throw new Error('run file has no saved memories');
  }
  let last = -1;
  const saved = json.saved.map((s, k): KhSavedEpoch => {
    if (!isObj(s) || !Number.isInteger(s.epoch) || !finite(s.T) || !((s.T as number) > 0)) {
      throw new Error(`saved[${k}] needs an integer epoch and a temperature > 0`);
    }
    if ((s.epoch as number) <= last) throw new Error('saved epochs must increase');
    last = s.epoch as number;
    if (typeof s.memories !== 'string') throw new Error(`saved[${k}].memories is not text`);
    return lazySaved(s.epoch as number, s.T as number, s.memories, config.K * W, k);
  });
  return {
    config,
    command: typeof json.command === 'string' ? json.command : '',
    engine: typeof json.engine === 'string' ? json.engine : '',
    history,
    saved,
  };
}
