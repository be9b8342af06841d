/**
 * Classifies the drawing live with the chosen trained memory (one-step retrieval, src/core/
 * kh-explain.ts, on the main thread: ~80k multiply-adds): the input as the lab reads it, the
 * predicted label, the ten label neurons c_α as bars, and the memories that carried most of the
 * evidence for the winner (their shares), with how many of them carry 90%.
 */
import { useEffect, useMemo } from 'react';
import { drawingInput, topContributors } from '../app/dynamics';
import { renderValueBars, type ValueBars } from '../../../charts/value-bars';
import {
  contributorsFor,
  effectiveNumber,
  explainImage,
  type KhExplanation,
} from '../../../core/classifier/kh-explain';
import { useDamStore } from '../../../store';
import { useChart } from '../../../components/charts/useChart';
import { PatternImage } from '../../../components/charts/PatternImage';
import { MemoryThumb } from './MemoryThumb';
import type { LabModel } from './useLabModel';

export function LabClassify({ lab }: { lab: LabModel | null }) {
  const image = useDamStore((s) => s.drawing.image);
  const input = useMemo(() => drawingInput(image), [image]);
  const preview = useMemo(() => Float32Array.from(input.pixels), [input]);
  const model = lab?.model ?? null;
  const result: KhExplanation | null = useMemo(
    () => (model && !input.empty ? explainImage(model, input.pixels) : null),
    [model, input],
  );
  const { box, chart } = useChart<ValueBars>(
    (el) =>
      renderValueBars(el, { width: 300, rows: 10, domain: [-1, 1], title: 'Label neurons c' }),
    [],
  );
  useEffect(() => {
    chart.current?.update(
      result
        ? Array.from(result.outputs, (c, a) => ({
            label: `label ${a}`,
            value: c,
            winner: a === result.label,
          }))
        : [],
      result ? `c_α after one update` : 'no drawing',
    );
  }, [chart, result]);

  const top = result ? topContributors(result.evidence) : [];
  const c90 = result ? contributorsFor(result.evidence) : 0;
  const eff = result ? effectiveNumber(result.evidence) : 0;
  const cfg = lab?.model.config;

  return (
    <div className="lab-classify" data-predicted={result ? result.label : ''}>
      <h3>Classify the drawing</h3>
      <div className="lab-classify-row">
        <figure>
          <PatternImage
            state={preview}
            size={84}
            label="The drawing as the lab reads it, 28 by 28"
          />
          <figcaption>input (28 × 28)</figcaption>
        </figure>
        <div className="lab-prediction" aria-live="polite">
          {!lab ? (
            <p className="note">No trained memories yet.</p>
          ) : input.empty ? (
            <p className="note">Draw a digit, or load a test digit, to classify it.</p>
          ) : result ? (
            <>
              <p className="lab-predicted">
                Predicted: <strong>{result.label}</strong>
              </p>
              <p className="note">
                {c90} {c90 === 1 ? 'memory carries' : 'memories carry'} 90% of the evidence;
                effective number {eff.toFixed(1)}.
              </p>
            </>
          ) : null}
        </div>
        <div ref={box} className="lab-bars-box" />
      </div>
      {result && cfg && lab && (
        <>
          <h3>Memories that contributed most</h3>
          {top.length === 0 ? (
            <p className="note">No memory pushed towards the winning label.</p>
          ) : (
            <ol className="lab-top-list">
              {top.map(({ mu, share }) => (
                <li key={mu}>
                  <MemoryThumb
                    memories={lab.shown.memories}
                    mu={mu}
                    D={cfg.D}
                    C={cfg.C}
                    size={48}
                    label={`Memory ${mu}, ${(100 * share).toFixed(0)}% of the evidence`}
                  />
                  <span>
                    #{mu} · {(100 * share).toFixed(share < 0.1 ? 1 : 0)}%
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
