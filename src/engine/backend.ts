/**
 * Backend selection inside the worker: try each tfjs backend (with a timeout, since a failed
 * start can hang, e.g. setBackend('wasm')), calibrate those that start, pick the fastest.
 *
 * With no real GPU (headless Chromium, SwiftShader) wasm beats a software GPU by 10–40×, and
 * tfjs's default priority picks the slowest (platform.md). So the choice is measured, and a
 * WebGPU adapter that reports itself as a fallback / SwiftShader is probed but kept out of the
 * automatic choice. A forced preference (?backend=cpu) is honoured when it starts; otherwise
 * the automatic choice runs over the others and the reason says so.
 */
import type {
  BackendInfo,
  BackendName,
  BackendPreference,
  BackendProbe,
} from '../worker-api/backend';
import { calibrateCurrentBackend } from './calibrate';
import { tf } from './tf';
import { withTimeout } from './timeout';
import { errorMessage } from '../core/util/error-message';

export const BACKEND_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface SelectOptions {
  /** Per-backend limit for start and for calibration, ms. */
  timeoutMs?: number;
  /**
   * A score in ms of the caller's typical work on the current backend, lower is faster (default:
   * a batched softmax step, calibrate.ts), with an optional note (e.g. each workload's time).
   * The compute worker passes the geometric mean over every room's workload (host.ts).
   */
  calibrate?: () => Promise<Calibration>;
}

interface GpuAdapterLike {
  info?: {
    vendor?: string;
    architecture?: string;
    description?: string;
    isFallbackAdapter?: boolean;
  };
  isFallbackAdapter?: boolean;
}
interface GpuLike {
  requestAdapter(): Promise<GpuAdapterLike | null>;
}

export interface Calibration {
  ms: number;
  note?: string;
}

const defaultCalibration = async (): Promise<Calibration> => ({
  ms: await calibrateCurrentBackend(),
});

interface Probe extends BackendProbe {
  /** Software WebGPU adapter: started, but never chosen automatically. */
  software?: boolean;
}

/** Reads the WebGPU adapter: null with a note when there is none. */
async function describeWebGpu(
  timeoutMs: number,
): Promise<{ note: string; software: boolean } | null> {
  const gpu = (globalThis as { navigator?: { gpu?: GpuLike } }).navigator?.gpu;
  if (!gpu) return null;
  const adapter = await withTimeout(gpu.requestAdapter(), timeoutMs, 'requestAdapter()');
  if (!adapter) return null;
  const info = adapter.info ?? {};
  const software =
    Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter) ||
    info.architecture === 'swiftshader';
  const name =
    [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') ||
    'unknown adapter';
  return {
    note: software ? `software adapter (${name}), not a GPU` : `adapter: ${name}`,
    software,
  };
}

/**
 * Starts `name` within `timeoutMs`. A start that hangs leaves tfjs's pending initialisation
 * behind, and tfjs then refuses every later op ("has not yet been initialized") and tf.ready()
 * never settles, whichever backend is set next; so a timed-out start is made obsolete the way
 * tf.removeBackend does it (private fields of tfjs-core 4.x's Engine), keeping the factory.
 */
async function startBackend(name: BackendName, timeoutMs: number): Promise<boolean> {
  try {
    return await withTimeout(tf.setBackend(name), timeoutMs, `setBackend('${name}')`);
  } catch (err) {
    const engine = tf.engine() as unknown as {
      pendingBackendInit: Promise<boolean> | null;
      pendingBackendInitId: number;
    };
    engine.pendingBackendInitId++;
    engine.pendingBackendInit = null;
    throw err;
  }
}

async function probe(
  name: BackendName,
  calibrate: boolean,
  timeoutMs: number,
  measure: () => Promise<Calibration> = defaultCalibration,
): Promise<Probe> {
  if (!tf.findBackendFactory(name)) return { name, ok: false, note: 'not available in this realm' };
  let note = '';
  let software = false;
  try {
    if (name === 'webgpu') {
      const gpu = await describeWebGpu(timeoutMs);
      if (!gpu)
        return {
          name,
          ok: false,
          note: 'no WebGPU adapter (navigator.gpu missing or requestAdapter() null)',
        };
      ({ note, software } = gpu);
    }
    const t0 = performance.now();
    const ok = await startBackend(name, timeoutMs);
    if (!ok) return { name, ok: false, note: 'setBackend returned false (initialisation failed)' };
    await tf.ready();
    const startMs = performance.now() - t0;
    if (!calibrate || software) {
      return { name, ok: true, startMs, note: note || 'started (not calibrated)', software };
    }
    const c = await withTimeout(measure(), timeoutMs, `calibration on ${name}`);
    const parts = [note || 'started', c.note].filter(Boolean).join('; ');
    return { name, ok: true, startMs, stepMs: c.ms, note: parts, software };
  } catch (err) {
    return { name, ok: false, note: (note ? note + '; ' : '') + errorMessage(err) };
  }
}

const fmt = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms.toFixed(1)) + ' ms';

/** The sentence for the badge. */
function explain(chosen: Probe, probes: Probe[], forced: BackendPreference): string {
  const parts: string[] = [];
  if (forced !== 'auto' && forced === chosen.name) {
    parts.push(`${chosen.name}: requested`);
  } else {
    const others = probes.filter((p) => p !== chosen && p.ok && p.stepMs !== undefined);
    let head = `${chosen.name}: `;
    if (chosen.stepMs !== undefined && others.length > 0) {
      head += `fastest measured (${fmt(chosen.stepMs)} vs ${others.map((p) => `${p.name} ${fmt(p.stepMs!)}`).join(', ')})`;
    } else {
      head += 'the only backend that started';
    }
    if (forced !== 'auto') {
      const f = probes.find((p) => p.name === forced);
      head = `${forced} was requested but failed (${f?.note ?? 'not tried'}); ${head}`;
    }
    parts.push(head);
  }
  const gpu = probes.find((p) => p.name === 'webgpu');
  if (gpu?.software) parts.push('WebGPU adapter is a software fallback (SwiftShader), not a GPU');
  else if (gpu && !gpu.ok && chosen.name !== 'webgpu') parts.push(`no WebGPU (${gpu.note})`);
  return parts.join('; ');
}

/**
 * Picks the backend, leaves tfjs set to it, and reports every probe.
 * `preference` other than 'auto' is tried first and alone; if it fails, the rest are measured.
 */
export async function selectBackend(
  preference: BackendPreference,
  opts: SelectOptions = {},
): Promise<BackendInfo> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const probes: Probe[] = [];
  if (preference !== 'auto') {
    const p = await probe(preference, false, timeoutMs, opts.calibrate);
    if (p.ok) {
      return { name: preference, reason: explain(p, [p], preference), probes: [p] };
    }
    probes.push(p);
  }
  const candidates = BACKEND_ORDER.filter((n) => n !== preference && tf.findBackendFactory(n));
  const calibrate = candidates.length > 1;
  for (const name of BACKEND_ORDER) {
    if (name === preference) continue;
    probes.push(await probe(name, calibrate, timeoutMs, opts.calibrate));
  }
  const usable = probes.filter((p) => p.ok && !p.software);
  const timed = usable.filter((p) => p.stepMs !== undefined).sort((a, b) => a.stepMs! - b.stepMs!);
  const chosen = timed[0] ?? usable[0] ?? probes.find((p) => p.ok);
  if (!chosen)
    throw new Error(
      `no tfjs backend started: ${probes.map((p) => `${p.name}: ${p.note}`).join('; ')}`,
    );
  await tf.setBackend(chosen.name);
  const clean = probes.map(({ software: _s, ...rest }) => rest);
  return { name: chosen.name, reason: explain(chosen, probes, preference), probes: clean };
}

/**
 * After a worker restart: sets the backend chosen before, without probing or calibrating again
 * (calibration runs once per page). Falls back to a fresh selection when it no longer starts.
 */
export async function restoreBackend(
  before: BackendInfo,
  preference: BackendPreference,
  opts: SelectOptions = {},
): Promise<BackendInfo> {
  try {
    const ok = await startBackend(before.name, opts.timeoutMs ?? 5000);
    if (ok) {
      await tf.ready();
      return before;
    }
  } catch {
    // measured again below
  }
  return selectBackend(preference, opts);
}
