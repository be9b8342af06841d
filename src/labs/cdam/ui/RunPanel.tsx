/**
 * The run: Play / Pause, Step and Reset, the speed and length, and the cue (a memory plus noise,
 * or the studio's drawing resampled onto the memories' grid).
 */
import { NumberInput } from '../../../components/controls/NumberInput';
import { SeedInput } from '../../../components/controls/SeedInput';
import { Segmented } from '../../../components/controls/Segmented';
import { Slider } from '../../../components/controls/Slider';
import { resample } from '../../../core/data/images';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { CDAM_RANGES as L, SPEEDS } from '../app/setup';
import { useCdam } from './context';

export function RunPanel() {
  const rt = useCdam();
  const s = useDamStore((x) => x.cdam);
  const run = useDamStore((x) => x.cdamRun);
  const memories = useCacheSelect(rt.results, (r) => r.memories?.value ?? null);
  const playing = run.status === 'playing';
  const side = memories?.side ?? null;
  const useDrawing = () => {
    if (!side) return;
    const img = resample(useDamStore.getState().drawing.image, side);
    void rt.reset(Float64Array.from(img.pixels, (v) => v / 255));
  };
  return (
    <section className="panel cdam-run" aria-labelledby="cdam-run-heading">
      <h2 id="cdam-run-heading">Run</h2>
      <div className="button-row">
        {playing ? (
          <button type="button" className="primary cdam-pause" onClick={() => rt.pause()}>
            Pause
          </button>
        ) : (
          <button type="button" className="primary cdam-play" onClick={() => void rt.play()}>
            {run.status === 'done' ? 'Play again' : 'Play'}
          </button>
        )}
        <button type="button" className="cdam-step" onClick={() => void rt.step()}>
          Step
        </button>
        <button type="button" className="cdam-reset" onClick={() => void rt.reset()}>
          Reset
        </button>
      </div>
      <p className="note cdam-run-status" data-status={run.status} aria-live="polite">
        {run.status === 'error'
          ? run.error
          : run.status === 'empty'
            ? 'Building the start state…'
            : `Step ${run.t} of ${s.steps}${run.status === 'done' ? ' — done' : playing ? ' — playing' : ''}`}
      </p>
      <Segmented
        label="Steps per frame"
        options={SPEEDS.map((v) => ({ value: v, label: `${v}×` }))}
        value={s.speed}
        onChange={(speed) => rt.edit({ speed })}
      />
      <NumberInput
        label="Steps in a run"
        value={s.steps}
        min={L.steps[0]}
        max={L.steps[1]}
        integer
        onChange={(steps) => rt.edit({ steps })}
      />
      <NumberInput
        label="Start at memory"
        value={s.cue.start}
        min={0}
        max={s.memories.P - 1}
        integer
        onChange={(start) => rt.edit({ cue: { ...s.cue, start } })}
      />
      <Slider
        label="Noise"
        min={L.noise[0]}
        max={L.noise[1]}
        step={0.05}
        value={s.cue.noise}
        hint="Each value gets noise·(U(0,1) − 0.5) added"
        onChange={(noise) => rt.edit({ cue: { ...s.cue, noise } })}
      />
      <SeedInput
        value={s.cue.seed}
        label="Noise seed"
        onChange={(seed) => rt.edit({ cue: { ...s.cue, seed } })}
      />
      {side && (
        <button type="button" className="cdam-use-drawing" onClick={useDrawing}>
          Start from the studio’s drawing
        </button>
      )}
    </section>
  );
}
