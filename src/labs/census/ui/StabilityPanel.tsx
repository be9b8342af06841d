/**
 * The stability ratio as a classifier: its distribution per class, and the ROC curve of "low
 * SR means spurious" against every other class and against prototypes only, with their AUC.
 */
import { useMemo } from 'react';
import { STATE_CLASSES } from '../../../core/census/types';
import { Term } from '../../../shell/ui/Term';
import { renderRocChart } from './charts/roc-chart';
import { renderSrDistribution } from './charts/sr-distribution';
import { useShownCensus } from './use-census';
import { SvgChart } from '../../../components/charts/SvgChart';

export function StabilityPanel() {
  const census = useShownCensus();
  const data = useMemo(() => {
    if (!census) return null;
    const byClass = STATE_CLASSES.map((cls, k) => ({
      cls,
      sr: census.sr.filter((_, s) => census.cls[s] === k),
    }));
    const { rest, prototype, mixtures } = census.srRocs;
    const curves = [];
    if (rest) curves.push({ label: 'spurious vs every other', ...rest });
    if (prototype) curves.push({ label: 'spurious vs prototype', ...prototype });
    if (mixtures) curves.push({ label: 'spurious + mixtures vs the rest', ...mixtures });
    return { byClass, curves };
  }, [census]);
  if (!census || !data) return null;
  return (
    <section className="panel census-sr" aria-labelledby="census-sr-heading">
      <h2 id="census-sr-heading">
        The <Term id="stability-ratio">stability ratio</Term>
      </h2>
      <p className="note">
        SR = min |e<sub>i</sub>| / max |e<sub>i</sub>| over the{' '}
        <Term id="unit-energy">per-unit energies</Term>. Spurious states tend to have a unit close
        to flipping, so a low SR.
      </p>
      <SvgChart
        className="census-chart"
        render={renderSrDistribution}
        data={{ byClass: data.byClass }}
        aspect={0.55}
      />
      <h3>
        <Term id="roc-auc">ROC</Term> of SR as a spurious-state detector
      </h3>
      {data.curves.length === 0 ? (
        <p className="note">The census needs spurious and other states for a ROC curve.</p>
      ) : (
        <SvgChart
          render={renderRocChart}
          data={{ curves: data.curves }}
          aspect={0.8}
          className="census-chart square"
        />
      )}
    </section>
  );
}
