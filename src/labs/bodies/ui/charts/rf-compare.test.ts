import { describe, expect, it } from 'vitest';
import type { FeaturesPoint } from '../../../../core/features/experiment-types';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { bytesText, compareSentence, renderCompare, type CompareData } from './rf-compare';

const pt = (Y: number, query: FeaturesPoint['query'], e: number): FeaturesPoint => ({
  beta: 10,
  Y,
  query,
  energyMAE: e,
  energySEM: 0,
  gradMAE: e,
});
const Ys = [256, 1024, 4096];
const data: CompareData = {
  beta: 10,
  sides: [
    {
      projection: 'hadamard',
      points: Ys.flatMap((Y) => [pt(Y, 'stored', 2 / Math.sqrt(Y)), pt(Y, 'random', 9 / Y ** 0.3)]),
      curves: [{ beta: 10, query: 'stored', slope: -0.5, intercept: 0 }],
      mapBytes: 5 * 1024,
    },
    {
      projection: 'gaussian',
      points: Ys.map((Y) => pt(Y, 'stored', 3 / Math.sqrt(Y))),
      curves: [{ beta: 10, query: 'stored', slope: -0.52, intercept: 0 }],
      mapBytes: 3 * 2 ** 20,
    },
  ],
};

describe('the projection comparison', () => {
  it('draws each projection and query kind with its points, dashed for Hadamard', () => {
    const { svg, root } = fakeSvg();
    renderCompare(svg, data, { width: 480 });
    const groups = root.find('g', 'rf-compare');
    expect(groups).toHaveLength(3);
    expect(root.find('circle', 'rf-point')).toHaveLength(9);
    const label = svg.getAttribute('aria-label') ?? '';
    expect(label).toContain('Hadamard, at memories: slope −0.5');
    expect(label).toContain('Gaussian, at memories: slope −0.52');
  });

  it('says what was measured, from the numbers given', () => {
    expect(compareSentence(data)).toBe(
      'β = 10, at memories. Hadamard: slope −0.5, error 0.0313 at Y = 2^12, map 5 KiB; ' +
        'Gaussian: slope −0.52, error 0.0469 at Y = 2^12, map 3 MiB.',
    );
    expect(compareSentence({ ...data, sides: data.sides.slice(0, 1) })).toBeNull();
    expect(bytesText(100)).toBe('100 B');
  });
});
