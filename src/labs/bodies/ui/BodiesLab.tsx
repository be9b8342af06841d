/**
 * The bodies lab's columns (the shell renders them with the runtime provided: ./context.ts): the
 * view switch, then the view shown — hidden neurons or random features.
 */
import { Segmented } from '../../../components/controls/Segmented';
import { useDamStore } from '../../../store';
import type { BodiesView } from '../app/slice';
import { FeaturesContent, FeaturesControls } from './features/FeaturesView';
import { HiddenContent, HiddenControls } from './hidden/HiddenView';
import './bodies.css';

const VIEWS: readonly { value: BodiesView; label: string }[] = [
  { value: 'hidden', label: 'Hidden neurons' },
  { value: 'features', label: 'Random features' },
];

export function BodiesControls() {
  const view = useDamStore((s) => s.bodiesView);
  return (
    <>
      <section className="panel bodies-views" aria-labelledby="bodies-view-heading">
        <h2 id="bodies-view-heading">Body</h2>
        <Segmented
          labelledBy="bodies-view-heading"
          options={VIEWS}
          value={view}
          onChange={(v) => useDamStore.getState().setBodiesView(v)}
        />
      </section>
      {view === 'hidden' ? <HiddenControls /> : <FeaturesControls />}
    </>
  );
}

export function BodiesContent() {
  const view = useDamStore((s) => s.bodiesView);
  return (
    <div className="bodies-content" data-bodies-view={view}>
      {view === 'hidden' ? <HiddenContent /> : <FeaturesContent />}
    </div>
  );
}
