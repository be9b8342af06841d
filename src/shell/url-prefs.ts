/** Start-up preferences read from the query string: ?backend=cpu|wasm|webgl|webgpu|auto, ?e2e=1. */
import type { BackendPreference } from '../worker-api/backend';

const BACKENDS: readonly BackendPreference[] = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];

export interface UrlPrefs {
  backend: BackendPreference;
  e2e: boolean;
}

export function readUrlPrefs(search: string = location.search): UrlPrefs {
  const q = new URLSearchParams(search);
  const b = q.get('backend') as BackendPreference | null;
  return {
    backend: b && BACKENDS.includes(b) ? b : 'auto',
    e2e: q.get('e2e') === '1',
  };
}
