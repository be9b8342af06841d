/**
 * Generation and completion with the chosen trained memory, on the main thread (src/core/
 * kh-evolve.ts through src/app/lab-evolve.ts): clamp a label and let the pixels evolve from seeded
 * noise, or clamp half of the drawing and let the rest and the label neurons evolve. One sweep per
 * animation frame (only the result with reduced motion), until the largest change is below 1e-3
 * or after 50 sweeps. The seed is the lab set-up's, so a result reproduces.
 */
import { useEffect, useRef, useState } from 'react';
import {
  argmax,
  completionStart,
  drawingInput,
  generationStart,
  HALVES,
  inkBorderMemories,
  inkShare,
  type Half,
  type StartState,
} from '../app/dynamics';
import { EVOLVE_MAX_SWEEPS, runEvolution, type EvolveFrame, type EvolveJob } from '../app/evolve';
import { prefersReducedMotion } from '../../../shell/motion';
import { renderPatternImage, type PatternImage } from '../../../charts/pattern-image';
import { renderValueBars, type ValueBars } from '../../../charts/value-bars';
import { useDamStore } from '../../../store';
import { Select } from '../../../components/controls/Select';
import { useChart } from '../../../components/charts/useChart';
import type { LabModel } from './useLabModel';
import { describeLabModel } from './useLabModel';
import { useTrain } from './context';

const LABELS = Array.from({ length: 10 }, (_, d) => ({ value: String(d), label: String(d) }));

/**
 * Divisors of the classifier's temperature for the free dynamics. At the training T the overlaps
 * of a half image or of noise are far below T, so (a/T)^n is tiny and the pixels stay faint
 * (near 0); a lower T lets them commit (β = 1/Tⁿ grows).
 */
const SHARPEN = [1, 2, 5, 10, 20] as const;

type Kind = 'generate' | 'complete';

interface Outcome {
  kind: Kind;
  text: string;
}

export function LabEvolvePanel({ lab }: { lab: LabModel | null }) {
  const { evolution } = useTrain();
  const seed = useDamStore((s) => s.lab.setup.seed);
  const image = useDamStore((s) => s.drawing.image);
  const [label, setLabel] = useState('3');
  const [half, setHalf] = useState<Half>('top');
  const [sharpen, setSharpen] = useState('20');
  const [running, setRunning] = useState<Kind | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const job = useRef<EvolveJob | null>(null);
  const live = useRef<HTMLParagraphElement>(null);

  const { box: pictureBox, chart: picture } = useChart<PatternImage>(
    (el) =>
      renderPatternImage(el, { side: 28, size: 140, label: 'Evolving image: nothing run yet' }),
    [],
  );
  const { box: barsBox, chart: bars } = useChart<ValueBars>(
    (el) => renderValueBars(el, { width: 300, rows: 10, domain: [-1, 1], title: 'Label neurons' }),
    [],
  );

  useEffect(() => () => job.current?.stop(), []);
  useEffect(() => {
    picture.current?.update(null, 'Evolving image: nothing run yet');
    bars.current?.update([], 'nothing run yet');
  }, [picture, bars]);

  const start = (kind: Kind) => {
    if (!lab) return;
    job.current?.stop();
    const { D, C } = lab.model.config;
    let init: StartState;
    if (kind === 'generate') {
      init = generationStart(D, C, Number(label), seed);
    } else {
      const input = drawingInput(image);
      if (input.empty) return;
      init = completionStart(input.pixels, C, half);
    }
    const clamp = init.clamp.subarray(0, D);
    const divisor = Number(sharpen);
    const T = lab.model.T / divisor;
    const model = { ...lab.model, T };
    const temp = divisor === 1 ? `T = ${Math.round(T)}` : `T/${divisor} = ${Math.round(T)}`;
    const what = kind === 'generate' ? `Generating a ${label}` : `Completing from the ${half} half`;
    const name = `${describeLabModel(lab)} at ${temp}`;
    setRunning(kind);
    setOutcome(null);
    const draw = (f: EvolveFrame) => {
      const pixels = Float32Array.from(f.state.subarray(0, D));
      const labels = f.state.subarray(D, D + C);
      const best = argmax(labels);
      picture.current?.update(
        pixels,
        `Evolving image: ${what} with ${name}, sweep ${f.sweeps}, labels favour ${best}`,
        kind === 'complete' ? clamp : null,
      );
      bars.current?.update(
        Array.from(labels, (v, a) => ({ label: `label ${a}`, value: v, winner: a === best })),
        kind === 'generate' ? `label ${label} clamped` : `label neurons after ${f.sweeps} sweeps`,
      );
      if (live.current) {
        live.current.textContent =
          `${what} with ${name}: sweep ${f.sweeps}` +
          (Number.isFinite(f.change) ? `, largest change ${f.change.toExponential(1)}` : '');
      }
      if (!f.done) return;
      if (live.current) live.current.textContent = '';
      job.current = null;
      setRunning(null);
      const why =
        f.reason === 'settled'
          ? `settled after ${f.sweeps} sweeps`
          : f.reason === 'limit'
            ? `stopped after ${EVOLVE_MAX_SWEEPS} sweeps (still changing)`
            : `stopped by you after ${f.sweeps} sweeps`;
      const verdict = kind === 'complete' ? `; the label neurons favour ${best}` : '';
      let strongest = 0;
      for (let i = 0; i < D; i++) strongest = Math.max(strongest, Math.abs(f.state[i]));
      const faint =
        strongest < 0.1
          ? ' The free pixels stayed faint (|x| < 0.1): try a lower temperature.'
          : '';
      // Ink is +1 and drawn dark, as in the studio; say so when the memory itself is inverted.
      const ink = inkShare(f.state, D);
      const K = lab.model.config.K;
      const borders = inkBorderMemories(lab.model.memories, D, C);
      const inverted =
        kind === 'generate' && ink > 0.5
          ? ` ${Math.round(100 * ink)}% of the pixels settled to ink (+1, dark as in the studio): ` +
            `${borders} of ${K} memories of this run have an ink border (features, not digit ` +
            'pictures), so the picture comes out inverted.'
          : '';
      setOutcome({ kind, text: `${what} with ${name}: ${why}${verdict}.${faint}${inverted}` });
    };
    job.current = runEvolution(model, init, seed, draw, {
      kind,
      animate: !prefersReducedMotion(),
      onSummary: (summary) => evolution.set(summary),
    });
  };

  const empty = drawingInput(image).empty;
  return (
    <div className="lab-evolve" data-running={running ?? ''}>
      <h3>Generate and complete</h3>
      <div className="lab-evolve-controls">
        <div className="lab-evolve-group" role="group" aria-label="Generation">
          <Select label="Label to generate" value={label} options={LABELS} onChange={setLabel} />
          <button type="button" disabled={!lab || !!running} onClick={() => start('generate')}>
            Generate
          </button>
        </div>
        <div className="lab-evolve-group" role="group" aria-label="Completion">
          <Select<Half>
            label="Keep of the drawing"
            value={half}
            options={HALVES}
            onChange={setHalf}
          />
          <button
            type="button"
            disabled={!lab || !!running || empty}
            title={empty ? 'Draw a digit first' : undefined}
            onClick={() => start('complete')}
          >
            Complete
          </button>
        </div>
        <label className="control">
          <span className="control-label">Temperature of the dynamics</span>
          <select
            aria-label="Temperature of the dynamics"
            value={sharpen}
            onChange={(e) => setSharpen(e.currentTarget.value)}
          >
            {SHARPEN.map((d) => (
              <option key={d} value={String(d)}>
                {d === 1
                  ? `T = ${lab ? Math.round(lab.model.T) : '…'} (the classifier's)`
                  : `T/${d}${lab ? ` = ${Math.round(lab.model.T / d)}` : ''}`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!running} onClick={() => job.current?.stop()}>
          Stop
        </button>
      </div>
      <div className="lab-evolve-row">
        <figure>
          <div ref={pictureBox} className="lab-evolve-image" />
          <figcaption>
            {running === 'complete' || outcome?.kind === 'complete'
              ? 'blue tint: clamped pixels; grey: undecided (0)'
              : 'ink +1, paper −1, grey: undecided (0)'}
          </figcaption>
        </figure>
        <div ref={barsBox} className="lab-bars-box" />
      </div>
      <p ref={live} className="note lab-evolve-live" aria-hidden={!running} />
      <p className="note" role="status" data-outcome={outcome?.kind ?? ''}>
        {outcome?.text ??
          (lab
            ? `Uses ${describeLabModel(lab)} and seed ${seed}. At the classifier's temperature ` +
              'the free pixels stay faint; a lower one lets them commit.'
            : 'No trained memories yet.')}
      </p>
    </div>
  );
}
