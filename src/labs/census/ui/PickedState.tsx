/**
 * The state picked in the gallery or the energy strip: its picture, what it matches, its basin,
 * energy and stability ratio, its sorted energy profile, and a button that opens it in the
 * studio as the cue (the task's examples become the studio's memories).
 */
import { useMemo } from 'react';
import { PatternImage } from '../../../components/charts/PatternImage';
import { STATE_CLASSES } from '../../../core/census/types';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { detailText } from '../app/export';
import { CLASS_LABELS } from './charts/class-colours';
import { renderEnergyStrip } from './charts/energy-strip';
import { renderProfilePlot } from './charts/profile-plot';
import { useCensus } from './context';
import { stateImage } from './state-image';
import { useShownCensus } from './use-census';
import { detailAt } from '../../../core/census/packed-details';
import { SvgChart } from '../../../components/charts/SvgChart';

export function EnergyStripPanel() {
  const rt = useCensus();
  const census = useShownCensus();
  const picked = useDamStore((s) => s.censusPicked);
  const data = useMemo(
    () =>
      census
        ? {
            points: Array.from({ length: census.states }, (_, s) => ({
              cls: STATE_CLASSES[census.cls[s]],
              energy: census.energy[s],
              hits: census.hits[s],
              index: s,
            })),
            picked: picked ?? undefined,
          }
        : null,
    [census, picked],
  );
  const options = useMemo(() => ({ onPick: (s: number) => void rt.pick(s) }), [rt]);
  if (!census || !data) return null;
  return (
    <section className="panel census-energies" aria-labelledby="census-energies-heading">
      <h2 id="census-energies-heading">
        <Term id="energy">Energies</Term> per class
      </h2>
      <p className="note">
        One dot per stable state, its area growing with the probes it caught. Click one to pick it.
      </p>
      <SvgChart
        className="census-chart"
        render={renderEnergyStrip}
        data={data}
        options={options}
        aspect={0.5}
      />
    </section>
  );
}

export function PickedState() {
  const rt = useCensus();
  const census = useShownCensus();
  const profile = useCacheSelect(rt.results, (r) => r.profile);
  const picked = useDamStore((s) => s.censusPicked);
  const sorted = useMemo(() => {
    if (!profile || profile.state !== picked || !census) return null;
    const e = Float64Array.from(profile.e).sort();
    return {
      profiles: [{ label: `State ${picked + 1}`, cls: STATE_CLASSES[census.cls[picked]], e }],
    };
  }, [profile, picked, census]);
  if (!census || picked === null || picked >= census.states) return null;
  const { side } = census;
  const cls = STATE_CLASSES[census.cls[picked]];
  const converged = census.probes.total - census.probes.unconverged - census.probes.uncatalogued;
  const src = census.hitsBySource.subarray(3 * picked, 3 * picked + 3);
  return (
    <section
      className="panel census-picked"
      aria-labelledby="census-picked-heading"
      data-state={picked}
      data-class={cls}
    >
      <h2 id="census-picked-heading">
        State {picked + 1}: {CLASS_LABELS[cls].toLowerCase()}
      </h2>
      <div className="picked-row">
        <PatternImage
          state={stateImage(census, picked)}
          size={128}
          side={side}
          label={`State ${picked + 1}`}
        />
        <dl className="picked-facts">
          <dt>Matches</dt>
          <dd>{detailText(detailAt(census.packed, picked))}</dd>
          <dt>
            <Term id="basin-share">Basin share</Term>
          </dt>
          <dd>
            {((100 * census.hits[picked]) / Math.max(1, converged)).toFixed(2)}% (
            {census.hits[picked]} probes: {src[0]} random, {src[1]} from examples, {src[2]} from
            prototypes)
          </dd>
          <dt>
            <Term id="energy">Energy</Term>
          </dt>
          <dd>{census.energy[picked].toPrecision(6)}</dd>
          <dt>
            <Term id="stability-ratio">Stability ratio</Term>
          </dt>
          <dd data-sr>{census.sr[picked].toFixed(4)}</dd>
        </dl>
      </div>
      <button type="button" className="primary" onClick={() => void rt.openInStudio(picked)}>
        Open in the studio as the cue
      </button>
      <h3>
        <Term id="energy-profile">Energy profile</Term>, sorted
      </h3>
      {sorted ? (
        <SvgChart className="census-chart" render={renderProfilePlot} data={sorted} aspect={0.45} />
      ) : (
        <p className="note">Computing the profile in the worker…</p>
      )}
    </section>
  );
}
