/** The random-features view (DrDAM against MrDAM; Hoover et al. 2024, models.md §6). */
import { useEffect } from 'react';
import { useDamStore } from '../../../../store';
import { RfCurvePanel } from './RfCurvePanel';
import { RfExport } from './RfExport';
import { RfMnistPanel } from './RfMnistPanel';
import { RfMapPanel, RfPresets } from './RfSetupPanel';
import { RfToyPanel } from './RfToyPanel';
import { useRf } from './use-rf';
import './features.css';

export function FeaturesControls() {
  return (
    <>
      <RfPresets />
      <RfMapPanel />
    </>
  );
}

export function FeaturesContent() {
  const rt = useRf();
  const student = useDamStore((s) => s.ui.student);
  // The toy is cheap at the default Y: show it when the view opens.
  useEffect(() => {
    if (rt.results.get().toy === null && useDamStore.getState().featuresJobs.toy.status === 'idle')
      void rt.runToy();
  }, [rt]);
  return (
    <div className="rf-content">
      <RfToyPanel />
      <RfCurvePanel />
      <RfMnistPanel />
      {!student && <RfExport />}
    </div>
  );
}
