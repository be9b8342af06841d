import { describe, expect, it } from 'vitest';
import type { PhaseCell } from '../../../../core/cdam/experiments';
import { CDAM_MODES } from '../../../../core/cdam/types';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { MODE_COLOURS, MODE_NAMES, renderPhase, type PhaseData } from './phase-map';

const cell = (mode: PhaseCell['mode']): PhaseCell => ({ mode, peak: 1, peakCorr: 0.8, active: 2 });
const data: PhaseData = {
  R: 3,
  aRange: [-2, 2],
  hRange: [0, 3],
  rows: [
    [cell('auto'), cell('narrow'), cell('wide')],
    undefined,
    [cell('quiescent'), cell('auto'), cell('auto')],
  ],
  marker: { a: 0, h: 1.5 },
};

describe('the phase map', () => {
  it('has four distinct mode colours and the names of the paper', () => {
    expect(new Set(CDAM_MODES.map((m) => MODE_COLOURS[m])).size).toBe(4);
    expect(MODE_NAMES.narrow).toBe('narrow hetero-association');
  });

  it('draws one cell per filled cell, pending rows faint, h increasing upward and the marker', () => {
    const { svg, root } = fakeSvg();
    renderPhase(svg, data, { width: 400 });
    const cells = root.find('rect', 'cell');
    expect(cells).toHaveLength(6);
    expect(cells[2].getAttribute('fill')).toBe(MODE_COLOURS.wide);
    expect(root.find('rect', 'pending')).toHaveLength(1);
    // Row 2 (h = 3) is above row 0 (h = 0).
    expect(Number(cells[3].getAttribute('y'))).toBeLessThan(Number(cells[0].getAttribute('y')));
    // a increases to the right.
    expect(Number(cells[1].getAttribute('x'))).toBeGreaterThan(Number(cells[0].getAttribute('x')));
    expect(root.find('g', 'marker')).toHaveLength(1);
    const legend = root.find('text', 'legend-text').map((t) => t.textContent);
    expect(legend[0]).toBe('auto-association (50%)');
    expect(legend).toContain('not computed yet');
    expect(root.getAttribute('aria-label')).toMatch(/2 of 3 rows done: auto-association 50%/);
    expect(root.badAttributes()).toEqual([]);
  });
});
