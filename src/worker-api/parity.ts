/**
 * The parity room's contract (types only): the engine's parity table (src/engine/parity) run in
 * the compute worker on each backend asked for. Only the e2e test hook calls it (?e2e=1).
 */
export const PARITY_ROOM = 'parity';

/** One case on one backend: the engine against the core (and the oracle, in Node). */
export interface ParityResult {
  name: string;
  group: string;
  /** tf.getBackend() while the case ran. */
  backend: string;
  /** Largest |engine − core| over the case's main values (states, or energies). */
  maxAbsErr: number;
  /** Largest |engine − core| / max(|core|, floor), floor = the case's absolute tolerance. */
  maxRelErr: number;
  /** retrieve: largest final-energy error and step difference. */
  energyAbsErr?: number;
  stepDiff?: number;
  /** binary near-tie cases: share of neurons equal to the core's. */
  agreement?: number;
  /** Largest |engine − oracle| (null: no oracle for this case or this realm). */
  oracleAbsErr: number | null;
  pass: boolean;
  /** Why it failed, in words (empty when it passed). */
  failures: string[];
  ms: number;
}

/** The table on one backend. */
export interface BackendParity {
  /** The backend asked for. */
  requested: string;
  /** tf.getBackend() after setBackend, before the cases ran ('' when it did not start). */
  active: string;
  /** Why it did not start or stopped (null when every case ran). */
  error: string | null;
  /** Cases in the table. */
  cases: number;
  results: ParityResult[];
  ms: number;
}

export interface ParityRoomApi {
  /** Runs the table on each backend in turn, then puts the backend that was active back. */
  run(backends: string[]): Promise<BackendParity[]>;
}
