import { describe, expect, it } from 'vitest';
import { cycleGraph, karateGraph, ringGraph, sbmGraph } from '../../../../core/cdam/graph';
import type { CdamGraph } from '../../../../core/cdam/types';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { correlationColour } from './cdam-scale';
import { graphScene, layoutGraph, nodeRadius, renderGraph } from './graph-view';

const box = { width: 480, height: 360 };

describe('the graph layout', () => {
  it('is deterministic, finite and inside the box for 1, 2, 30, 60 nodes and the karate club', () => {
    const graphs: CdamGraph[] = [
      ringGraph(1),
      ringGraph(2),
      sbmGraph(30, 3, 0.5, 0.02, 1),
      ringGraph(60),
      karateGraph(),
    ];
    for (const g of graphs) {
      const a = layoutGraph(g, box);
      expect(a).toHaveLength(2 * g.P);
      expect(layoutGraph(g, box)).toEqual(a);
      const r = nodeRadius(g.P, box.width, box.height);
      for (let i = 0; i < g.P; i++) {
        expect(a[2 * i]).toBeGreaterThanOrEqual(r);
        expect(a[2 * i]).toBeLessThanOrEqual(box.width - r);
        expect(a[2 * i + 1]).toBeGreaterThanOrEqual(r);
        expect(a[2 * i + 1]).toBeLessThanOrEqual(box.height - r);
      }
      // No two nodes overlap.
      for (let i = 0; i < g.P; i++)
        for (let j = i + 1; j < g.P; j++)
          expect(Math.hypot(a[2 * i] - a[2 * j], a[2 * i + 1] - a[2 * j + 1])).toBeGreaterThan(
            2 * r,
          );
    }
    expect(Array.from(layoutGraph(ringGraph(1), box))).toEqual([240, 180]);
  });

  it('lays a ring and a directed cycle out as a circle', () => {
    for (const g of [ringGraph(30), cycleGraph(12)]) {
      const p = layoutGraph(g, box);
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < g.P; i++) [cx, cy] = [cx + p[2 * i] / g.P, cy + p[2 * i + 1] / g.P];
      const rs = Array.from({ length: g.P }, (_, i) =>
        Math.hypot(p[2 * i] - cx, p[2 * i + 1] - cy),
      );
      expect((Math.max(...rs) - Math.min(...rs)) / Math.max(...rs)).toBeLessThan(0.03);
    }
  });
});

describe('the graph scene', () => {
  it('draws nodes with data-node, edges with data-edge, colours, selection and thumbnails', () => {
    const g = ringGraph(4);
    const { svg, root } = fakeSvg();
    const values = [1, 0, -1, 0.5];
    renderGraph(svg, {
      graph: g,
      pos: layoutGraph(g, box),
      values,
      selected: 2,
      labels: ['A', 'B', 'C', 'digit 3'],
      thumbs: ['data:image/png;base64,AA', '', '', ''],
      ...box,
    });
    const nodes = root.find('g', 'node');
    expect(nodes.map((n) => n.getAttribute('data-node'))).toEqual(['0', '1', '2', '3']);
    expect(root.find('circle', 'node-dot').map((c) => c.getAttribute('fill'))).toEqual(
      values.map(correlationColour),
    );
    expect(root.find('g', 'selected')).toHaveLength(1);
    expect(root.find('g', 'selected')[0].getAttribute('data-node')).toBe('2');
    expect(root.find('circle', 'selected-ring')).toHaveLength(1);
    expect(root.find('image', 'thumb')).toHaveLength(1);
    expect(root.find('text', 'node-label').map((t) => t.textContent)).toEqual(['A', 'B', 'C', '3']);
    expect(root.find('g', 'edge').map((e) => e.getAttribute('data-edge'))).toEqual([
      '0-1',
      '1-2',
      '2-3',
      '3-0',
    ]);
    expect(root.find('path', 'arrow')).toHaveLength(0);
    expect(root.find('text', 'legend-text')[0].textContent).toMatch(/correlation/);
    expect(root.badAttributes()).toEqual([]);
  });

  it('gives directed edges arrowheads, two-way pairs their own sides, and self-loops a loop', () => {
    const g: CdamGraph = {
      P: 3,
      directed: true,
      edges: [
        [0, 1],
        [1, 0],
        [1, 2],
        [2, 2],
      ],
    };
    const { svg, root } = fakeSvg();
    renderGraph(svg, { graph: g, pos: layoutGraph(g, box), selected: null, ...box });
    expect(root.find('g', 'edge')).toHaveLength(4);
    expect(root.find('g', 'directed')).toHaveLength(3);
    // One arrow per edge (the loop's included) and one in the legend.
    expect(root.find('path', 'arrow')).toHaveLength(5);
    expect(root.find('circle', 'loop')).toHaveLength(1);
    expect(root.find('g', 'self')[0].getAttribute('data-edge')).toBe('2-2');
    const [a, b] = root.find('line', 'edge-line');
    expect(a.getAttribute('x1')).not.toBe(b.getAttribute('x2'));
    expect(root.getAttribute('aria-label')).toBe('Memory graph: 3 memories, 4 directed links.');
    expect(root.badAttributes()).toEqual([]);
  });

  it('says when there are no memories', () => {
    const s = graphScene({
      graph: { P: 0, directed: false, edges: [] },
      pos: new Float64Array(0),
      ...box,
    });
    expect(s.attrs['aria-label']).toMatch(/no memories/);
  });
});
