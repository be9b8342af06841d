/**
 * React owns the box, a framework-free renderer owns the SVG: the chart is redrawn when its data
 * or its width changes (a ResizeObserver keeps it as wide as its column), each chart in a task of
 * its own, so a result that redraws six charts never blocks the page for their sum.
 */
import { useEffect, useRef, useState } from 'react';

export interface ChartSize {
  width: number;
  height?: number;
}

export interface SvgChartProps<D, O extends ChartSize> {
  render: (svg: SVGSVGElement, data: D, opts: O) => void;
  data: D;
  /** Extra renderer options beside the size. */
  options?: Omit<O, 'width' | 'height'>;
  /** height / width, clamped to minHeight–380 px; omit to let the renderer choose its height. */
  aspect?: number;
  /** The least height in px when an aspect is given (200 unless told). */
  minHeight?: number;
  /** The box's class: the lab's stylesheet and its figure exports select it. */
  className: string;
}

export function SvgChart<D, O extends ChartSize = ChartSize>(props: SvgChartProps<D, O>) {
  const { render, data, options, aspect, minHeight = 200, className } = props;
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.min(900, Math.floor(el.clientWidth))));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (!svg.current || width === 0) return;
    const el = svg.current;
    const height =
      aspect === undefined
        ? undefined
        : Math.round(Math.min(380, Math.max(minHeight, width * aspect)));
    const id = setTimeout(() => render(el, data, { ...options, width, height } as O), 0);
    return () => clearTimeout(id);
  }, [render, data, options, width, aspect, minHeight]);
  return (
    <div ref={box} className={className}>
      <svg ref={svg} />
    </div>
  );
}
