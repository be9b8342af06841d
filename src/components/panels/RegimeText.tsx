/** The regime indicator: what the current n or β does to the current bank, in words. */
import { useMemo } from 'react';
import { useShell } from '../../shell/context';
import { useDamStore } from '../../store';
import { regime } from '../../shell/model/regime';

export function RegimeText() {
  const { bank } = useShell();
  const energy = useDamStore((s) => s.params.energy);
  const n = useDamStore((s) => s.params.n);
  const beta = useDamStore((s) => s.params.beta);
  const version = useDamStore((s) => s.bank.version);
  const size = useDamStore((s) => s.bank.size);
  const datasetReady = useDamStore((s) => s.dataset.status === 'ready');
  // The similarity sample is cached per bank version; recomputed only when the bank changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stats = useMemo(() => bank.stats(), [bank, version, size, datasetReady]);
  const r = regime({ energy, n, beta }, stats);
  return (
    <div className="regime" data-regime={r.key} aria-live="polite">
      <p className="regime-title">{r.title}</p>
      <p className="regime-detail">{r.detail}</p>
    </div>
  );
}
