/**
 * What the CDAM lab's charts share: the diverging correlation scale (−1 blue, 0 white, +1 red,
 * d3's RdBu as in the kernel lab's similarity maps), its legend ramp, and CSV rows.
 */
import { interpolateRdBu } from 'd3';
import { h, type SceneNode } from '../../../../charts/svg-scene';

/** The colour of a correlation c ∈ [−1, 1]: blue (−1), white (0), red (+1); grey when not finite. */
export const correlationColour = (c: number): string =>
  Number.isFinite(c) ? interpolateRdBu(0.5 - Math.max(-1, Math.min(1, c)) / 2) : '#bdbdbd';

/** Whether text on a node of correlation c should be light (on a dark red or blue). */
export const darkFill = (c: number): boolean => Number.isFinite(c) && Math.abs(c) > 0.6;

/** The legend swatch of the scale: 11 steps from −1 to +1 in the 22 × 10 swatch box. */
export const correlationRamp = (): SceneNode[] =>
  Array.from({ length: 11 }, (_, k) =>
    h('rect', { x: k * 2, y: -5, width: 2, height: 10, fill: correlationColour(-1 + k / 5) }),
  );
