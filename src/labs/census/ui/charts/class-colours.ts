/**
 * The census classes' colours, names and marks. Okabe–Ito hues (src/charts/palette.ts), the
 * orange and the purple darkened so that every colour keeps 3:1 against the light paper and a
 * dark page alike (class-colours.test.ts checks it). Colour is never a class's only channel:
 * strips and legends also give each class its name and its own symbol.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from 'd3';
import type { StateClass } from '../../../../core/census/types';
import { OKABE_ITO } from '../../../../charts/palette';
import { MUTED } from '../../../../charts/scene-frame';
import { h } from '../../../../charts/svg-scene';

export const CLASS_COLOURS: Record<StateClass, string> = {
  learned: OKABE_ITO.blue,
  prototype: OKABE_ITO.green,
  inverted: '#B8649A',
  mixture: '#A87400',
  spurious: OKABE_ITO.vermillion,
};

export const CLASS_LABELS: Record<StateClass, string> = {
  learned: 'learned',
  prototype: 'prototype',
  inverted: 'inverted',
  mixture: 'mixture',
  spurious: 'spurious',
};

/** Each class's symbol: circle, square, triangle, diamond, cross. */
export const CLASS_SYMBOLS: Record<StateClass, SymbolType> = {
  learned: symbolCircle,
  prototype: symbolSquare,
  inverted: symbolTriangle,
  mixture: symbolDiamond,
  spurious: symbolCross,
};

/** The class's symbol of `area` square units centred on (0, 0), as path data. */
export const classSymbol = (cls: StateClass, area: number): string =>
  symbol(CLASS_SYMBOLS[cls], area)() ?? '';

/** A strip's heading at the left of a chart: the class's symbol, name and state count. */
export function classHeading(cls: StateClass, states: number, right: number, mid: number) {
  return [
    h('path', {
      class: 'class-symbol',
      d: classSymbol(cls, 60),
      transform: `translate(${right - 10},${mid})`,
      fill: CLASS_COLOURS[cls],
    }),
    h(
      'text',
      { class: 'class-label', x: right - 20, y: mid + 2, 'text-anchor': 'end' },
      CLASS_LABELS[cls],
    ),
    h(
      'text',
      {
        class: 'class-count',
        x: right - 20,
        y: mid + 13,
        'text-anchor': 'end',
        'font-size': 9,
        ...MUTED,
      },
      `${states} ${states === 1 ? 'state' : 'states'}`,
    ),
  ];
}
