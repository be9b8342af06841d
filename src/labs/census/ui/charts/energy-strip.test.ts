import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { jitter, MAX_MARKS, renderEnergyStrip, type EnergyPoint } from './energy-strip';

const POINTS: EnergyPoint[] = [
  { cls: 'learned', energy: -50, hits: 40, index: 0 },
  { cls: 'learned', energy: -48, hits: 1, index: 3 },
  { cls: 'spurious', energy: -20, hits: 5, index: 1 },
  { cls: 'spurious', energy: -12, hits: 2, index: 2 },
  { cls: 'mixture', energy: -30, hits: 9, index: 4 },
];

describe('renderEnergyStrip', () => {
  it('draws the largest basins as marks and the rest as dots; a pick only moves the ring', () => {
    const { svg, root } = fakeSvg();
    const many: EnergyPoint[] = Array.from({ length: 2000 }, (_, i) => ({
      cls: 'spurious',
      energy: -100 + (i % 50),
      hits: 2000 - i,
      index: i,
    }));
    renderEnergyStrip(svg, { points: many, picked: 3 }, { width: 600 });
    expect(root.find('g', 'state-mark')).toHaveLength(MAX_MARKS);
    const dots = root.find('path', 'small-basins');
    expect(dots).toHaveLength(1);
    expect(dots[0].getAttribute('d')!.split('M')).toHaveLength(2000 - MAX_MARKS + 1);
    renderEnergyStrip(svg, { points: many, picked: 1500 }, { width: 600 });
    expect(root.find('path', 'small-basins')[0]).toBe(dots[0]);
    expect(root.find('circle', 'picked-ring')).toHaveLength(1);
    expect(root.getAttribute('aria-label')).toContain('Picked: spurious state 1500');
    renderEnergyStrip(svg, { points: many }, { width: 600 });
    expect(root.find('circle', 'picked-ring')).toHaveLength(0);
  });

  it('draws one strip per class present and one mark per state, the picked one ringed', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 900]) {
      renderEnergyStrip(svg, { points: POINTS, picked: 2 }, { width });
      expect(root.find('g', 'strip').map((g) => g.getAttribute('data-class'))).toEqual([
        'learned',
        'mixture',
        'spurious',
      ]);
      expect(root.find('g', 'state-mark')).toHaveLength(5);
      expect(root.find('circle', 'picked-ring')).toHaveLength(1);
      expect(root.getAttribute('role')).toBe('img');
      const label = root.getAttribute('aria-label')!;
      expect(label).toContain('learned 2 states, energy -50 to -48');
      expect(label).toContain('Picked: spurious state 2: energy -12, 2 probes');
      expect(root.badAttributes()).toEqual([]);
    }
  });

  it('gives a bigger mark to a state more probes reached, and a fixed jitter', () => {
    const { svg, root } = fakeSvg();
    renderEnergyStrip(svg, { points: POINTS }, { width: 600 });
    const first = root.find('g', 'state-mark').map((g) => g.getAttribute('transform'));
    renderEnergyStrip(svg, { points: POINTS }, { width: 600 });
    expect(root.find('g', 'state-mark').map((g) => g.getAttribute('transform'))).toEqual(first);
    expect(root.find('circle', 'picked-ring')).toHaveLength(0);
    for (let i = 0; i < 100; i++) expect(jitter(i)).toBeGreaterThanOrEqual(0);
    expect(jitter(1)).not.toBe(jitter(2));
  });

  it('calls onPick with the state index when its mark is clicked', () => {
    const { svg, root } = fakeSvg();
    const picks: number[] = [];
    renderEnergyStrip(svg, { points: POINTS }, { width: 320, onPick: (i) => picks.push(i) });
    const mark = root.find('g', 'state-mark').find((g) => g.getAttribute('data-index') === '4')!;
    mark.click();
    expect(picks).toEqual([4]);
  });

  it('draws all states at one energy without NaN, and says so when there is no data', () => {
    const { svg, root } = fakeSvg();
    renderEnergyStrip(
      svg,
      { points: [{ cls: 'prototype', energy: 0, hits: 0, index: 0 }] },
      { width: 320 },
    );
    expect(root.find('g', 'state-mark')).toHaveLength(1);
    expect(root.badAttributes()).toEqual([]);
    renderEnergyStrip(svg, { points: [] }, { width: 320 });
    expect(root.find('g', 'state-mark')).toHaveLength(0);
    expect(root.textContent).toContain('no data');
    expect(root.getAttribute('aria-label')).toContain('no data');
  });
});
