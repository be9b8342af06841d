/**
 * The energy landscape on the map's plane with the probe drawn on top, what the probe reached,
 * and "Open in studio" (its start becomes the studio's cue).
 */
import { Term } from '../../../shell/ui/Term';
import { useState } from 'react';
import { renderEnergyLandscape, type EnergyLandscape } from './charts/energy-landscape';
import { useDamStore } from '../../../store';
import { MAP_SIZE } from './BasinMapPanel';
import { useChart } from '../../../components/charts/useChart';
import { useBasinTick } from './useBasinTick';
import { useBasins } from './context';

export function LandscapePanel() {
  const rt = useBasins();
  const [probeText, setProbeText] = useState<string | null>(null);

  const { box, chart } = useChart<EnergyLandscape>(
    (el) =>
      renderEnergyLandscape(el, {
        size: MAP_SIZE,
        onPick: (x, y) => void rt.startProbe(x, y),
      }),
    [rt],
  );

  useBasinTick(({ shown: map, probe }) => {
    const path = probe && map && probe.plane === map.pass.plane ? probe.path : null;
    if (chart.current && map) chart.current.update({ pass: map.pass, path });
    if (!probe || !map) return setProbeText(null);
    const where = `from (${probe.x.toFixed(2)}, ${probe.y.toFixed(2)})`;
    const label = map.labels[probe.nearest] ?? '';
    const end =
      `${probe.converged ? 'settled' : 'still moving'} after ${Number(probe.steps.toFixed(2))} steps, ` +
      `nearest memory ${probe.nearest}${label ? ` (${label})` : ''}, overlap ${probe.overlap.toFixed(2)}`;
    setProbeText(`Probe ${where}: ${end}`);
  });

  return (
    <section className="panel basin-panel" aria-labelledby="landscape-heading">
      <h2 id="landscape-heading">
        <Term id="landscape">Energy landscape</Term>
      </h2>
      <p className="note">
        Energy of each starting state (signed log scale, dark = low), with contours.
      </p>
      <div ref={box} className="basin-box" />
      <p className="note probe-text" aria-live="polite">
        {probeText ?? 'Click the map or the landscape to start a probe.'}
      </p>
      <button
        type="button"
        disabled={!probeText}
        onClick={() => {
          if (!rt.openProbeInStudio())
            useDamStore.getState().notify('This probe cannot be opened in the studio.', 'error');
        }}
      >
        Open in studio
      </button>
    </section>
  );
}
