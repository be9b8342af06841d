/** The tfjs backend the compute worker runs on, and why (types only). */

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendPreference = BackendName | 'auto';

/** What happened when one backend was tried at start-up. */
export interface BackendProbe {
  name: BackendName;
  ok: boolean;
  /** Time to initialise the backend, ms. */
  startMs?: number;
  /**
   * The calibration score, ms: the geometric mean over the rooms' workloads (each the median of
   * a few timed runs), so one number ranks the backends for every lab.
   */
  stepMs?: number;
  /** Why it failed or was skipped, an adapter description, or each workload's time. */
  note: string;
}

export interface BackendInfo {
  name: BackendName;
  /** A sentence for the badge: why this backend was chosen. */
  reason: string;
  probes: BackendProbe[];
}
