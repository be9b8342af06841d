/**
 * Export buttons: a view as PNG with a caption band (title, models, verdicts, cue; the element
 * found by the first of `pngTargets` that matches: the stage, else the content column), the
 * trajectory as JSON and CSV, the run as WebM. DYNAMICS places it.
 */
import { useState } from 'react';
import { useDamStore } from '../../../store';
import { downloadBlob, downloadText } from '../../../shell/files/download';
import { exportCaption } from '../app/caption';
import { trajectoryCsv, trajectoryJson } from '../app/trajectory-export';
import { recordWebm, webmSupport } from '../app/webm';
import { errorMessage } from '../../../core/util/error-message';
import { useCacheSelect } from '../../../shell/use-cache';
import { exportCaptionedPng } from './captioned-png';
import { useStudio } from './context';

const PNG_TARGETS = ['.stage', '.content'];

export function ExportPanel({ pngTargets = PNG_TARGETS }: { pngTargets?: readonly string[] }) {
  const { run } = useStudio();
  const hasRun = useCacheSelect(run.live, (v) => v.lanes.length > 0);
  const [recording, setRecording] = useState(false);
  const notify = (text: string, kind?: 'error') => useDamStore.getState().notify(text, kind);
  const lanes = () => run.live.get().lanes;

  return (
    <div className="export-panel" role="group" aria-label="Export">
      <span className="muted">Export</span>
      <button
        type="button"
        onClick={() => {
          // In order: a selector list would return the content column (it comes first in the page).
          const el = pngTargets.map((t) => document.querySelector(t)).find((e) => e !== null);
          if (!el) return notify('Nothing to export yet.', 'error');
          const caption = exportCaption(lanes(), useDamStore.getState().run.lanes);
          exportCaptionedPng(el, 'dam-view.png', caption).catch((err: unknown) =>
            notify(`PNG export failed: ${errorMessage(err)}.`, 'error'),
          );
        }}
      >
        PNG
      </button>
      <button
        type="button"
        disabled={!hasRun}
        onClick={() =>
          downloadText(trajectoryJson(lanes()), 'dam-trajectory.json', 'application/json')
        }
      >
        JSON
      </button>
      <button
        type="button"
        disabled={!hasRun}
        onClick={() => downloadText(trajectoryCsv(lanes()), 'dam-trajectory.csv', 'text/csv')}
      >
        CSV
      </button>
      <button
        type="button"
        disabled={!hasRun || recording}
        onClick={() => {
          const problem = webmSupport();
          if (problem) return notify(`Cannot export video: ${problem}.`, 'error');
          setRecording(true);
          recordWebm(lanes()[0])
            .then((blob) => downloadBlob(blob, 'dam-run.webm'))
            .catch((err: unknown) => notify(`Video export failed: ${errorMessage(err)}.`, 'error'))
            .finally(() => setRecording(false));
        }}
      >
        {recording ? 'Recording…' : 'WebM'}
      </button>
    </div>
  );
}
