import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { renderProfilePlot } from './profile-plot';
import { renderRocChart } from './roc-chart';
import { renderWeightsPlot } from './weights-plot';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('renderProfilePlot', () => {
  const profiles = [
    { label: 'P1', cls: 'prototype' as const, e: f64(-3, -2, -1, 0.5) },
    { label: 'state 7', cls: 'spurious' as const, e: f64(-1, -0.5, -0.1, 0.2, 0.4, 0.9) },
  ];
  it('draws one line and end symbol per profile, a zero line, and says it in words', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 900]) {
      renderProfilePlot(svg, { profiles }, { width });
      expect(root.find('path', 'profile-line')).toHaveLength(2);
      expect(root.find('path', 'profile-end')).toHaveLength(2);
      expect(root.find('g', 'value-rule')).toHaveLength(1);
      expect(root.getAttribute('role')).toBe('img');
      expect(root.getAttribute('aria-label')).toContain(
        'P1 (prototype): N = 4, from -3 to 0.5, 75% of units below zero',
      );
      expect(root.find('text', 'legend-text').map((t) => t.textContent)).toEqual([
        'P1 (prototype, N = 4)',
        'state 7 (spurious, N = 6)',
      ]);
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('puts ranks of different N on one 0–1 axis', () => {
    const { svg, root } = fakeSvg();
    renderProfilePlot(svg, { profiles }, { width: 600 });
    const ends = root.find('path', 'profile-end').map((p) => p.getAttribute('transform')!);
    const x = (t: string) => Number(/translate\(([\d.]+),/.exec(t)![1]);
    // The last of 4 sits at rank 7/8, the last of 6 at 11/12: both near the right edge.
    expect(x(ends[1])).toBeGreaterThan(x(ends[0]));
  });
  it('says so when there is no data, and draws a flat profile without NaN', () => {
    const { svg, root } = fakeSvg();
    renderProfilePlot(svg, { profiles: [] }, { width: 320 });
    expect(root.textContent).toContain('no data');
    expect(root.getAttribute('aria-label')).toContain('no data');
    renderProfilePlot(
      svg,
      { profiles: [{ label: 'x', cls: 'learned', e: f64(0, 0, 0) }] },
      { width: 320 },
    );
    expect(root.find('path', 'profile-line')).toHaveLength(1);
    expect(root.badAttributes()).toEqual([]);
  });
});

describe('renderRocChart', () => {
  const curves = [
    { label: 'SR', fpr: f64(0, 0.2, 1), tpr: f64(0, 0.7, 1), auc: 0.75 },
    { label: 'logistic', fpr: f64(0, 0, 1), tpr: f64(0, 1, 1), auc: 1 },
    { label: 'svm', fpr: f64(0, 1), tpr: f64(0, 1), auc: NaN },
  ];
  it('draws a curve per score and the diagonal on a square plot, AUC in the legend', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 900]) {
      renderRocChart(svg, { curves }, { width });
      expect(root.find('path', 'roc-line')).toHaveLength(3);
      expect(root.find('line', 'chance')).toHaveLength(1);
      const d = root.find('line', 'chance')[0];
      const w = Number(d.getAttribute('x2')) - Number(d.getAttribute('x1'));
      const h = Number(d.getAttribute('y1')) - Number(d.getAttribute('y2'));
      expect(w).toBeCloseTo(h, 0);
      expect(root.find('text', 'legend-text').map((t) => t.textContent)).toContain('SR: AUC 0.75');
      expect(root.getAttribute('aria-label')).toContain('SR AUC 0.75; logistic AUC 1; svm AUC n/a');
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('says so when there is no data', () => {
    const { svg, root } = fakeSvg();
    renderRocChart(svg, { curves: [] }, { width: 320 });
    expect(root.find('path', 'roc-line')).toHaveLength(0);
    expect(root.textContent).toContain('no data');
    expect(root.getAttribute('aria-label')).toContain('no data');
  });
});

describe('renderWeightsPlot', () => {
  const models = [
    { label: 'logistic', w: f64(-0.8, -0.1, 0.3, 1.2) },
    { label: 'svm', w: Float64Array.from({ length: 64 }, (_, j) => Math.sin(j / 10)) },
  ];
  it('draws a line per model (dots for short ones), the zero line, and explains the sign', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 900]) {
      renderWeightsPlot(svg, { models }, { width });
      expect(root.find('path', 'weights-line')).toHaveLength(2);
      expect(root.find('circle', 'weight-dot')).toHaveLength(4);
      expect(root.find('g', 'value-rule')).toHaveLength(1);
      const label = root.getAttribute('aria-label')!;
      expect(label).toContain(
        'logistic: 4 weights, largest 1.2 at quantile 1, smallest -0.8 at quantile 0',
      );
      expect(label).toContain('→ spurious');
      expect(root.textContent).toContain('→ spurious');
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('says so when there is no data, and draws a single weight without NaN', () => {
    const { svg, root } = fakeSvg();
    renderWeightsPlot(svg, { models: [] }, { width: 320 });
    expect(root.textContent).toContain('no data');
    renderWeightsPlot(svg, { models: [{ label: 'one', w: f64(0) }] }, { width: 320 });
    expect(root.find('circle', 'weight-dot')).toHaveLength(1);
    expect(root.badAttributes()).toEqual([]);
  });
});
