/** The hidden-neuron view: the two-layer network of Krotov & Hopfield 2020 on MNIST digits. */
import { useDeferredValue } from 'react';
import { useDamStore } from '../../../../store';
import { ExportPanel } from './ExportPanel';
import {
  BipartitePanel,
  DistancePanel,
  EnergyPanel,
  HiddenLayerPanel,
  SummaryPanel,
  VisiblePanel,
} from './Panels';
import { RunPanel } from './RunPanel';
import { CuePanel, NetworkPanel } from './SetupPanels';
import { useShown } from './use-hidden';
import './hidden.css';

export function HiddenControls() {
  return (
    <>
      <RunPanel />
      <CuePanel />
      <NetworkPanel />
    </>
  );
}

export function HiddenContent() {
  // A new run's panels render as a transition (in slices that yield to the page), not in one
  // synchronous task from the store's update.
  const shown = useDeferredValue(useShown());
  const job = useDamStore((s) => s.bodiesHiddenJob);
  if (!shown)
    return (
      <section className="panel bodies-intro" aria-labelledby="bodies-intro-heading">
        <h2 id="bodies-intro-heading">Memories as hidden neurons</h2>
        <p>
          A visible layer of pixels and a hidden layer with one neuron per stored digit, joined by
          two-body synapses. Press Run: the visible state falls towards a memory while the memory
          neurons switch on, and the energy never rises.
        </p>
        {job.status === 'running' && <p className="note">Running…</p>}
      </section>
    );
  return (
    <>
      <SummaryPanel shown={shown} />
      <VisiblePanel shown={shown} />
      <HiddenLayerPanel shown={shown} />
      <EnergyPanel shown={shown} />
      <DistancePanel shown={shown} />
      <BipartitePanel shown={shown} />
      <ExportPanel shown={shown} />
    </>
  );
}
