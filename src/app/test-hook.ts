/**
 * With ?e2e=1, exposes `window.__dam` so end-to-end tests can read numbers instead of pixels.
 * Everything returned is plain JSON (arrays, not typed arrays).
 */
import { useDamStore } from '../store';
import { buildMemories, memoryPattern } from './cue';
import { restartWorker } from './run-controller';

export interface DamTestApi {
  getState(): {
    runStatus: string;
    backend: string | null;
    ready: boolean;
    verdict: unknown;
    steps: number | null;
    converged: boolean | null;
    cueMemory: number | null;
    memoryLabels: number[];
  };
  /** Initial energy followed by the energy after each step. */
  energies(): number[];
  final(): number[] | null;
  /** Memory μ as stored for the current settings. */
  memory(mu: number): number[];
  /** Terminates the worker as if it had died; the client respawns it and replays the state. */
  killWorker(): Promise<void>;
}

declare global {
  interface Window {
    __dam?: DamTestApi;
  }
}

export function installTestHook(): void {
  const api: DamTestApi = {
    getState() {
      const s = useDamStore.getState();
      const r = s.run.result;
      return {
        runStatus: s.run.status,
        backend: s.backend.info?.name ?? null,
        ready: s.backend.status === 'ready',
        verdict: r?.verdict ?? null,
        steps: r?.steps ?? null,
        converged: r?.converged ?? null,
        cueMemory: r?.cueMemory ?? null,
        memoryLabels: r?.memoryLabels ?? [],
      };
    },
    energies() {
      const r = useDamStore.getState().run.result;
      return r ? [r.initialEnergy, ...r.energies] : [];
    },
    final() {
      const r = useDamStore.getState().run.result;
      return r ? Array.from(r.final) : null;
    },
    memory(mu) {
      return Array.from(memoryPattern(buildMemories(useDamStore.getState()), mu));
    },
    killWorker: () => restartWorker('killed by the e2e test'),
  };
  window.__dam = api;
}
