/** Which compute backend the worker chose, and why (its reason sentence as the tooltip and text). */
import { useDamStore } from '../../store';

export function BackendBadge() {
  const backend = useDamStore((s) => s.backend);
  const label =
    backend.status === 'ready' && backend.info
      ? backend.info.name
      : backend.status === 'calibrating'
        ? 'choosing…'
        : backend.status === 'restarting'
          ? 'restarting…'
          : backend.status === 'error'
            ? 'unavailable'
            : 'starting…';
  const reason =
    backend.status === 'ready'
      ? (backend.info?.reason ?? '')
      : backend.status === 'restarting'
        ? `${backend.error ?? 'The compute worker stopped answering'}; restarting it.`
        : backend.status === 'error'
          ? (backend.error ?? 'The compute worker failed.')
          : backend.status === 'calibrating'
            ? 'Timing the tfjs backends on this machine; the exact core (the studio) runs meanwhile.'
            : `Starting the compute worker (asked for: ${backend.requested}).`;
  return (
    <div
      className={`badge ${backend.status}`}
      role="status"
      aria-label={`Compute backend: ${label}`}
    >
      <span className="badge-name">{label}</span>
      <span className="badge-reason" title={reason}>
        {reason}
      </span>
    </div>
  );
}
