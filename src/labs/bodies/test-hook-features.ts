/** The random-features view's part of window.__dam (keys start with "bodies"; the DrDAM view fills it). */
import type { Shell } from '../../shell/shell';
import type { BodiesRuntime } from './app/runtime';

export function installFeatures(_runtime: () => BodiesRuntime, _shell: Shell) {
  return {};
}
