/** Train (dashed) and test (solid) error per epoch of the runs shown, marked at the scrubbed epoch. */
import { Term } from '../../../shell/ui/Term';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { runColour } from './charts/kh-colors';
import { renderErrorCurves, type ErrorCurves } from './charts/kh-error-curves';
import { useDamStore } from '../../../store';
import { selectShownRuns } from '../app/slice';
import { useChart } from '../../../components/charts/useChart';
import { chartWidth } from './chart-width';

export function LabErrorPanel() {
  const runs = useDamStore(useShallow((s) => selectShownRuns(s.lab)));
  const scrub = useDamStore((s) => s.lab.scrub);
  const [log, setLog] = useState(false);
  const { box, chart } = useChart<ErrorCurves>(
    // Drawn at the box's own width, so its text stays at the page's size.
    (el) => renderErrorCurves(el, { width: chartWidth(el), height: 250 }),
    [],
  );

  useEffect(() => {
    chart.current?.update({
      series: runs.flatMap((r, i) =>
        r.config ? [{ name: r.name, colour: runColour(i), history: r.history }] : [],
      ),
      marker: scrub,
      log,
    });
  }, [chart, runs, scrub, log]);

  const points = runs.reduce((n, r) => n + r.history.length, 0);
  return (
    <section className="panel lab-chart-panel" aria-labelledby="lab-errors-heading">
      <div className="lab-panel-head">
        <h2 id="lab-errors-heading">
          <Term id="test-error">Error</Term>
        </h2>
        <label className="row-checks">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.currentTarget.checked)} />
          Log scale
        </label>
      </div>
      <div ref={box} className="lab-chart-box" data-points={points} />
      <p className="hint">
        Test error: the 2,004 held-out digits (the last 20% of each class); train: the digits
        trained on. With n = 2 or 3 the error sits near 90% for the first 20–40 epochs: the initial
        memories (all near −0.3) push every label neuron towards −1, where tanh is flat, and
        training has to break out of that before it improves.
      </p>
    </section>
  );
}
