/**
 * The hidden-neuron view's figures: the energy check, the visible layer (the cue, the two-layer
 * state and the effective one), the hidden layer now and over time, the two layers as a graph,
 * E(t) of both dynamics, and the distance between them.
 */
import { useMemo } from 'react';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';
import {
  distanceSummary,
  energyVerdict,
  frameTimes,
  hiddenMatrix,
  num,
} from '../../app/hidden-derive';
import type { HiddenShown } from '../../worker/api';
import { renderBipartite } from '../charts/bipartite';
import { renderBars } from '../charts/hidden-bars';
import { maxAbs, renderHeat, topAt } from '../charts/hidden-heat';
import { renderTimeSeries } from '../charts/time-series';
import { GreyImage, useImageUrls } from '../GreyImage';
import { SvgChart } from '../../../../components/charts/SvgChart';
import { useFrame } from './use-hidden';

export function EnergyBadge({ shown }: { shown: HiddenShown }) {
  const v = energyVerdict(shown);
  return (
    <p
      className={v.ok ? 'bodies-badge ok' : 'bodies-badge bad'}
      data-energy-ok={v.ok}
      role="status"
    >
      <strong>{v.ok ? 'E never rises' : 'E rose'}</strong> <Term id="energy-check" />{' '}
      {v.ok ? v.text.replace(/^E never rises: /, '') : v.text}
    </p>
  );
}

export function SummaryPanel({ shown }: { shown: HiddenShown }) {
  const setup = useDamStore((s) => s.bodiesHidden);
  const frames = shown.run.frames.length;
  const f = useMemo(() => hiddenMatrix(shown), [shown]);
  const top = topAt(f, shown.K, frames - 1);
  const d = distanceSummary(shown);
  return (
    <section className="panel bodies-summary" aria-labelledby="bodies-summary-heading">
      <h2 id="bodies-summary-heading">What happened</h2>
      <EnergyBadge shown={shown} />
      <p data-top-memory={top}>
        At the end the most active hidden neuron <Term id="hidden-neuron" /> is memory {top} (digit{' '}
        {shown.labels[top]}); the two-layer state ends {num(d.final)} from the effective one{' '}
        <Term id="hidden-distance" />.
      </p>
      {shown.setup !== setup && <p className="note">Re-running for the set-up just changed…</p>}
    </section>
  );
}

export function VisiblePanel({ shown }: { shown: HiddenShown }) {
  const frame = useFrame(shown);
  const fr = shown.run.frames[frame];
  const { rows, cols } = shown;
  const t = num(fr.t);
  return (
    <section className="panel bodies-visible" aria-labelledby="bodies-visible-heading">
      <h2 id="bodies-visible-heading">
        Visible layer <Term id="visible-neuron" />
      </h2>
      <div className="bodies-images">
        <figure>
          <GreyImage
            values={shown.cue}
            rows={rows}
            cols={cols}
            size={112}
            label="The cue, v at t = 0"
          />
          <figcaption>cue (t = 0)</figcaption>
        </figure>
        <figure>
          <GreyImage
            values={fr.g}
            rows={rows}
            cols={cols}
            size={112}
            label={`Two-layer g at t = ${t}`}
          />
          <figcaption>two layers, g at t = {t}</figcaption>
        </figure>
        <figure>
          <GreyImage
            values={fr.gEff}
            rows={rows}
            cols={cols}
            size={112}
            label={`Effective one-layer g at t = ${t}`}
          />
          <figcaption>
            effective <Term id="effective-dynamics" />, t = {t}
          </figcaption>
        </figure>
      </div>
      <p className="note">Each picture is scaled to its own brightest pixel.</p>
    </section>
  );
}

export function HiddenLayerPanel({ shown }: { shown: HiddenShown }) {
  const frame = useFrame(shown);
  const all = useMemo(() => hiddenMatrix(shown), [shown]);
  const t = useMemo(() => frameTimes(shown), [shown]);
  const thumbs = useImageUrls(shown.memories, shown.K, shown.rows, shown.cols);
  const top = useMemo(() => maxAbs(all), [all]);
  const bars = useMemo(
    () => ({ f: shown.run.frames[frame].f, top, labels: shown.labels, thumbs }),
    [shown, frame, top, thumbs],
  );
  const heat = useMemo(
    () => ({ t, f: all, K: shown.K, labels: shown.labels, cursor: frame }),
    [t, all, shown, frame],
  );
  return (
    <section className="panel bodies-hidden-layer" aria-labelledby="bodies-hidden-layer-heading">
      <h2 id="bodies-hidden-layer-heading">
        Hidden layer <Term id="hidden-neuron" />
      </h2>
      <SvgChart className="bodies-chart" render={renderBars} data={bars} />
      <h3>
        Over time <Term id="hidden-strip" />
      </h3>
      <SvgChart className="bodies-chart" render={renderHeat} data={heat} />
    </section>
  );
}

export function BipartitePanel({ shown }: { shown: HiddenShown }) {
  const frame = useFrame(shown);
  const data = useMemo(() => {
    const fr = shown.run.frames[frame];
    return {
      rows: shown.rows,
      cols: shown.cols,
      g: fr.g,
      f: fr.f,
      memories: shown.memories,
      labels: shown.labels,
      block: 4,
    };
  }, [shown, frame]);
  return (
    <section className="panel bodies-bipartite" aria-labelledby="bodies-bipartite-heading">
      <h2 id="bodies-bipartite-heading">
        Two layers, two-body synapses <Term id="bipartite" />
      </h2>
      <SvgChart className="bodies-chart" render={renderBipartite} data={data} />
      <p className="note">
        An edge’s width is the block’s input Σ ξ_μi g_i to hidden neuron μ; a node is as full as its
        output f_μ.
      </p>
    </section>
  );
}

export function EnergyPanel({ shown }: { shown: HiddenShown }) {
  const frame = useFrame(shown);
  const data = useMemo(
    () => ({
      name: 'hidden-energy',
      title: 'Energy against time',
      yTitle: 'energy E',
      dt: shown.setup.dt,
      series: [
        { label: 'two layers E(t)', values: shown.run.energy },
        { label: 'effective one layer', values: shown.run.effective },
      ],
      cursor: shown.run.frames[frame].step,
      rises: shown.run.rises.map((r) => r.step),
    }),
    [shown, frame],
  );
  return (
    <section className="panel bodies-energy" aria-labelledby="bodies-energy-heading">
      <h2 id="bodies-energy-heading">
        Energy <Term id="energy" />
      </h2>
      <EnergyBadge shown={shown} />
      <SvgChart className="bodies-chart" render={renderTimeSeries} data={data} aspect={0.5} />
    </section>
  );
}

export function DistancePanel({ shown }: { shown: HiddenShown }) {
  const frame = useFrame(shown);
  const data = useMemo(
    () => ({
      name: 'hidden-distance',
      title: 'Distance of the two-layer state from the effective one',
      yTitle: '‖g − g_eff‖',
      dt: shown.setup.dt,
      series: [{ label: '‖g − g_eff‖', values: shown.run.distance }],
      cursor: shown.run.frames[frame].step,
    }),
    [shown, frame],
  );
  const d = distanceSummary(shown);
  return (
    <section className="panel bodies-distance" aria-labelledby="bodies-distance-heading">
      <h2 id="bodies-distance-heading">
        How far from one layer <Term id="hidden-distance" />
      </h2>
      <p data-distance-max={d.max}>
        Largest ‖g − g_eff‖ {num(d.max)}, at the end {num(d.final)}, with τ_h ={' '}
        {num(shown.setup.tauH)}. Slide τ_h towards 0 and the two trajectories meet.
      </p>
      <SvgChart className="bodies-chart" render={renderTimeSeries} data={data} aspect={0.45} />
    </section>
  );
}
