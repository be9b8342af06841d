import { describe, expect, it } from 'vitest';
import type { PhaseCell } from '../../../../core/census/types';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { phaseColour, renderPhaseMap } from './phase-map';

const Es = [1, 5, 20];
const ps = [0, 0.2];
// Row p = 0 first, then p = 0.2; stable falls with p and rises with E; theory crosses ½.
const CELLS: PhaseCell[] = [
  { E: 1, p: 0, stable: 8, total: 10, theory: 0.7 },
  { E: 5, p: 0, stable: 10, total: 10, theory: 0.9 },
  { E: 20, p: 0, stable: 10, total: 10, theory: 1 },
  { E: 1, p: 0.2, stable: 0, total: 10, theory: 0.1 },
  { E: 5, p: 0.2, stable: 3, total: 10, theory: 0.4 },
  { E: 20, p: 0.2, stable: 9, total: 10, theory: 0.8 },
];

describe('renderPhaseMap', () => {
  it('draws a cell per (E, p) with its value, the legend and the theory’s ½ line', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 900]) {
      renderPhaseMap(svg, { Es, ps, cells: CELLS }, { width });
      expect(root.find('rect', 'cell')).toHaveLength(6);
      expect(root.find('rect', 'pending')).toHaveLength(0);
      expect(root.find('text', 'cell-value').map((t) => t.textContent)).toEqual([
        '80%',
        '100%',
        '100%',
        '0%',
        '30%',
        '90%',
      ]);
      expect(root.find('path', 'theory-contour')).toHaveLength(1);
      expect(root.find('path', 'theory-contour')[0].getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      const label = root.getAttribute('aria-label')!;
      expect(label).toContain('6 of 6 cells computed; lowest 0% at E = 1, p = 0.2');
      expect(label).toContain('theory predicts 50%');
      expect(root.find('text', 'legend-text').length).toBeGreaterThanOrEqual(3);
      expect(root.badAttributes()).toEqual([]);
    }
  });

  it('hatches the cells not computed yet (progressive) and leaves the line out without theory', () => {
    const { svg, root } = fakeSvg();
    const cells = CELLS.map((c) => ({ ...c, theory: null }));
    renderPhaseMap(svg, { Es, ps, cells, done: 2 }, { width: 320 });
    expect(root.find('rect', 'done')).toHaveLength(2);
    expect(root.find('rect', 'pending')).toHaveLength(4);
    expect(root.find('rect', 'pending')[0].getAttribute('fill')).toMatch(
      /^url\(#phase-hatch-\d+\)$/,
    );
    expect(root.find('path', 'theory-contour')).toHaveLength(0);
    expect(root.getAttribute('aria-label')).toContain('2 of 6 cells computed');
    renderPhaseMap(svg, { Es, ps, cells: [] }, { width: 320 });
    expect(root.find('rect', 'pending')).toHaveLength(6);
    expect(root.badAttributes()).toEqual([]);
  });

  it('prints no values in cells too small, draws one row, and says so when there is no data', () => {
    const { svg, root } = fakeSvg();
    const many = Array.from({ length: 16 }, (_, i) => i + 1);
    const cells = many.map((E) => ({ E, p: 0.1, stable: E, total: 16, theory: E / 16 }));
    renderPhaseMap(svg, { Es: many, ps: [0.1], cells }, { width: 320 });
    expect(root.find('rect', 'cell')).toHaveLength(16);
    expect(root.find('text', 'cell-value')).toHaveLength(0);
    expect(root.find('path', 'theory-contour')).toHaveLength(1);
    expect(root.badAttributes()).toEqual([]);
    renderPhaseMap(svg, { Es: [], ps: [], cells: [] }, { width: 320 });
    expect(root.find('rect', 'cell')).toHaveLength(0);
    expect(root.textContent).toContain('no data');
    expect(root.getAttribute('aria-label')).toContain('no data');
  });

  it('prints dark text on light cells and white on dark ones', () => {
    expect(phaseColour(0).text).toBe('#ffffff');
    expect(phaseColour(1).text).toBe('#1a2040');
  });
});
