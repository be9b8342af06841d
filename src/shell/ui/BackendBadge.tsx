/**
 * Which compute backend the worker chose: a short name in the header ("WebGL"); why, with the
 * timings, only in its tooltip and in help (backendReason).
 */
import { useDamStore } from '../../store';
import type { DamState } from '../../store';
import type { BackendName } from '../../worker-api/backend';

const NAMES: Record<BackendName, string> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'Wasm',
  cpu: 'CPU',
};

type Backend = DamState['backend'];

export function backendLabel(backend: Backend): string {
  if (backend.status === 'ready' && backend.info) return NAMES[backend.info.name];
  if (backend.status === 'calibrating') return 'choosing…';
  if (backend.status === 'restarting') return 'restarting…';
  if (backend.status === 'error') return 'unavailable';
  return 'starting…';
}

/** The sentence behind the badge: why this backend, and how the others timed. */
export function backendReason(backend: Backend): string {
  switch (backend.status) {
    case 'ready':
      return backend.info?.reason ?? '';
    case 'restarting':
      return `${backend.error ?? 'The compute worker stopped answering'}; restarting it.`;
    case 'error':
      return backend.error ?? 'The compute worker failed.';
    case 'calibrating':
      return 'Timing the tfjs backends on this machine; the exact core (the studio) runs meanwhile.';
    default:
      return `Starting the compute worker (asked for: ${backend.requested}).`;
  }
}

export function BackendBadge() {
  const backend = useDamStore((s) => s.backend);
  const label = backendLabel(backend);
  return (
    <div
      className={`badge ${backend.status}`}
      role="status"
      aria-label={`Compute backend: ${label}`}
      title={backendReason(backend)}
    >
      <span className="badge-name">{label}</span>
    </div>
  );
}
