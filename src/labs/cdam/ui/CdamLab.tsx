/**
 * The CDAM lab's columns (the shell renders them with the runtime provided: ./context.ts):
 * presets, the run, a and h, and the memories and graph on the left; the state and its mode, the
 * heat map, the graph editor, the experiments, the phase map and the exports on the right. The
 * student view keeps the presets, the run and the sliders. The lab builds its start state when
 * it is first shown, and again whenever the set-up is replaced from outside (a link).
 */
import { useEffect } from 'react';
import { useDamStore } from '../../../store';
import { runKey } from '../app/setup';
import { useCdam } from './context';
import { ExperimentsPanel } from './ExperimentsPanel';
import { ExportPanel } from './ExportPanel';
import { GraphPanel } from './GraphPanel';
import { HeatmapPanel } from './HeatmapPanel';
import { ParamsPanel } from './ParamsPanel';
import { PhasePanel } from './PhasePanel';
import { PresetPanel } from './PresetPanel';
import { RunPanel } from './RunPanel';
import { SetupPanel } from './SetupPanel';
import { StatePanel } from './StatePanel';
import './cdam.css';

export function CdamControls() {
  const student = useDamStore((s) => s.ui.student);
  return (
    <>
      <PresetPanel />
      <RunPanel />
      <ParamsPanel />
      {!student && <SetupPanel />}
    </>
  );
}

export function CdamContent() {
  const rt = useCdam();
  const setup = useDamStore((s) => s.cdam);
  const status = useDamStore((s) => s.cdamRun.status);
  const key = runKey(setup, 'memory');
  // A set-up from outside (a link, the saved set-up) or an edit: the run follows it once.
  useEffect(() => {
    if (status === 'playing') return;
    void rt.ensure();
    void rt.loadMemories();
    // The run follows the set-up it belongs to, not every status change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <div className="cdam-content">
      <StatePanel />
      <HeatmapPanel />
      <GraphPanel />
      <ExperimentsPanel />
      <PhasePanel />
      <ExportPanel />
    </div>
  );
}
