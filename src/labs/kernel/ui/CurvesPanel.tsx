/**
 * The separation loss and the minimum angle against U-Hop+ iteration, drawn as the training
 * goes; the angle chart carries the Tammes optimum (when known) and the Proposition 3.1 bounds;
 * both mark the scrubbed iteration.
 */
import { useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { Term } from '../../../shell/ui/Term';
import { useDamStore } from '../../../store';
import { renderCurve, type CurveData, type CurveOptions } from './charts/curves';
import { useShownTraining } from './use-shown';

const LOSS = { which: 'loss' } as const;
const ANGLE = { which: 'angle' } as const;

export function CurvesPanel() {
  const shown = useShownTraining();
  const scrub = useDamStore((s) => s.kernelScrub);
  const data = useMemo<CurveData>(
    () => ({
      history: shown?.history ?? [],
      total: shown?.total ?? 1,
      tammesDeg: shown?.tammesDeg ?? null,
      boundsDeg: shown?.boundsDeg ?? null,
      scrub: shown && !shown.live && scrub !== null ? shown.iteration : null,
    }),
    [shown, scrub],
  );
  return (
    <section className="panel kernel-curves" aria-labelledby="kernel-curves-heading">
      <h2 id="kernel-curves-heading">
        <Term id="kernel-separation-loss">Separation loss</Term> and{' '}
        <Term id="kernel-min-angle">minimum angle</Term>
      </h2>
      <div className="kernel-two">
        <SvgChart<CurveData, CurveOptions>
          render={renderCurve}
          data={data}
          options={LOSS}
          aspect={0.6}
          className="kernel-chart kernel-loss"
        />
        <SvgChart<CurveData, CurveOptions>
          render={renderCurve}
          data={data}
          options={ANGLE}
          aspect={0.6}
          className="kernel-chart kernel-angle"
        />
      </div>
      <p className="note">
        The dashed black line is the <Term id="kernel-tammes">Tammes</Term> optimum for this M on
        the sphere (known for D_Φ = 2 and 3); the red dotted lines are the{' '}
        <Term id="kernel-bounds">Proposition 3.1 bounds</Term>.
        {shown?.live &&
          shown.tammesDeg === null &&
          ' The lines come with the first finished training of this M and D_Φ.'}
      </p>
    </section>
  );
}
