/**
 * The memories' normalised features on the circle or the sphere, moving while U-Hop+ trains;
 * the sphere turns by dragging or with the arrow keys (the box takes the focus), and "Reset
 * view" puts it back. For D_Φ > 3 the first three coordinates are drawn and the panel says so.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { Term } from '../../../shell/ui/Term';
import { renderSphere, type SphereData, type SphereOptions } from './charts/sphere';
import { useShownTraining } from './use-shown';

const START = { yaw: 0.5, pitch: 0.35 };
const STEP = Math.PI / 24;
const clampPitch = (p: number) => Math.max(-1.5, Math.min(1.5, p));

export function SpherePanel() {
  const shown = useShownTraining();
  const [view, setView] = useState(START);
  const drag = useRef<{ x: number; y: number; yaw: number; pitch: number } | null>(null);
  const data = useMemo<SphereData>(
    () => ({
      points: shown?.points ?? [],
      M: shown?.points ? shown.M : 0,
      dims: shown?.dims ?? 3,
      dPhi: shown?.dPhi ?? 3,
      iteration: shown?.iteration ?? 0,
      labels: shown?.labels ?? null,
    }),
    [shown],
  );
  const options = useMemo(() => ({ yaw: view.yaw, pitch: view.pitch }), [view]);
  const sphere = data.dims === 3;
  const onKey = (e: KeyboardEvent) => {
    const d = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    }[e.key];
    if (!d || !sphere) return;
    e.preventDefault();
    setView((v) => ({ yaw: v.yaw + d[0], pitch: clampPitch(v.pitch + d[1]) }));
  };
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!sphere) return;
    drag.current = { x: e.clientX, y: e.clientY, ...view };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    setView({
      yaw: d.yaw + (e.clientX - d.x) / 90,
      pitch: clampPitch(d.pitch + (e.clientY - d.y) / 90),
    });
  };
  const onUp = () => {
    drag.current = null;
  };
  return (
    <section className="panel kernel-sphere-panel" aria-labelledby="kernel-sphere-heading">
      <h2 id="kernel-sphere-heading">
        The memories’ <Term id="kernel-normalised-feature">normalised features</Term>
      </h2>
      <div
        className="kernel-sphere-box"
        tabIndex={sphere ? 0 : -1}
        role="group"
        aria-label={sphere ? 'Sphere view: drag or use the arrow keys to turn it' : 'Circle view'}
        onKeyDown={onKey}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
      >
        <SvgChart<SphereData, SphereOptions>
          render={renderSphere}
          data={data}
          options={options}
          className="kernel-chart kernel-sphere"
        />
      </div>
      <p className="note">
        {shown === null
          ? 'Train to see the memories spread apart.'
          : shown.dPhi > 3
            ? `D_Φ = ${shown.dPhi}: the first three coordinates of each normalised feature are drawn, so the points lie inside the ball.`
            : sphere
              ? 'Drag the sphere or focus it and use the arrow keys to turn it; faded points are behind.'
              : 'D_Φ = 2: the features lie on the unit circle.'}{' '}
        {shown && shown.dPhi <= 3 && (
          <>
            The dashed line joins the closest pair, whose angle is the{' '}
            <Term id="kernel-min-angle">minimum angle</Term> of this{' '}
            <Term id="kernel-spherical-code">spherical code</Term>.
          </>
        )}
      </p>
      {sphere && (
        <button type="button" className="secondary" onClick={() => setView(START)}>
          Reset view
        </button>
      )}
    </section>
  );
}
