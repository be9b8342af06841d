/**
 * MNIST inpainting (the paper's Fig. 1 in miniature): K digits stored, the cue one of them with
 * its bottom rows blanked and the top rows clamped; the frames of both descents side by side.
 */
import { num } from '../../../../charts/frame';
import { PatternImage } from '../../../../components/charts/PatternImage';
import { Slider } from '../../../../components/controls/Slider';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';
import { RfJobBar } from './RfJobBar';
import { useRf, useRfResults } from './use-rf';

/** pixels/√D in [0, 1/√D] as the image's [−1, 1]. */
const shown = (x: Float64Array, D: number) => Float32Array.from(x, (v) => 2 * v * Math.sqrt(D) - 1);

const FRAMES = 5;

function Row({ label, states, D }: { label: string; states: Float64Array; D: number }) {
  const n = states.length / D;
  const picks = Array.from({ length: Math.min(FRAMES, n) }, (_, k) =>
    Math.round((k * (n - 1)) / Math.max(1, FRAMES - 1)),
  );
  return (
    <div className="rf-frames" data-rf-row={label}>
      <span className="rf-frames-label">{label}</span>
      {picks.map((t) => (
        <PatternImage
          key={t}
          state={shown(states.subarray(t * D, (t + 1) * D), D)}
          size={56}
          label={`${label}, frame ${t + 1} of ${n}`}
        />
      ))}
    </div>
  );
}

export function RfMnistPanel() {
  const rt = useRf();
  const r = useRfResults((x) => x.mnist);
  const m = useDamStore((s) => s.features.mnist);
  const set = useDamStore((s) => s.setFeatures);
  const edit = (patch: Partial<typeof m>) => set({ preset: null, mnist: { ...m, ...patch } });
  return (
    <section className="panel rf-mnist" aria-labelledby="rf-mnist-heading">
      <h2 id="rf-mnist-heading">
        MNIST <Term id="rf-inpainting">inpainting</Term>, both memories
      </h2>
      <Slider
        label="Digits stored K"
        min={2}
        max={50}
        step={1}
        value={m.K}
        onChange={(K) => edit({ K, cue: Math.min(m.cue, K - 1) })}
      />
      <Slider
        label="Features Y for MNIST"
        term="rf-features-y"
        min={8}
        max={16}
        step={1}
        value={m.logY}
        display={(v) => `2^${v}`}
        onChange={(logY) => edit({ logY })}
      />
      <Slider
        label="Visible rows (clamped)"
        term="rf-clamp"
        min={0.1}
        max={0.9}
        step={0.05}
        value={m.visible}
        display={(v) => `${Math.round(100 * v)}%`}
        onChange={(visible) => edit({ visible })}
      />
      <RfJobBar
        job="mnist"
        label="Inpaint"
        unit="steps of work"
        start={() => void rt.runMnist()}
        doneLine={
          r
            ? `Y = ${r.Y.toLocaleString('en')} on ${r.backend}, ${num(r.ms / 1000)} s in the worker`
            : 'Done'
        }
      />
      {r && (
        <>
          <p className="note">
            {FRAMES} frames of each descent, from the cue (left: its top {r.clampedRows} rows kept
            and clamped, the rest blank) to the last step (right).
          </p>
          <Row label="exact (MrDAM)" states={r.exact.states} D={r.D} />
          <Row label="distributed (DrDAM)" states={r.distributed.states} D={r.D} />
          <p className="note" data-rf="mnist-distance">
            Distance between the two final states {num(r.finalDistance)}; to the stored digit: exact{' '}
            {num(r.exactToTarget)}, distributed {num(r.distributedToTarget)}. Weights:{' '}
            {r.params.toLocaleString('en')} distributed against {r.exactParams.toLocaleString('en')}{' '}
            exact.
          </p>
        </>
      )}
    </section>
  );
}
