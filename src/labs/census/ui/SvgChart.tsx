/**
 * React owns the box, a framework-free renderer (./charts) owns the SVG: the chart is redrawn
 * when its data or its width changes (a ResizeObserver keeps it as wide as the column), each
 * chart in a task of its own.
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
  /** height / width, clamped to 200–380 px. */
  aspect?: number;
  className?: string;
}

export function SvgChart<D, O extends ChartSize>(props: SvgChartProps<D, O>) {
  const { render, data, options, aspect = 0.55, className } = props;
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
    const height = Math.round(Math.min(380, Math.max(200, width * aspect)));
    // Each chart draws in a task of its own: a census arriving redraws six charts, and one
    // task for all of them would block the page for their sum.
    const id = setTimeout(() => render(el, data, { ...options, width, height } as O), 0);
    return () => clearTimeout(id);
  }, [render, data, options, width, aspect]);
  return (
    <div ref={box} className={className ?? 'census-chart'}>
      <svg ref={svg} />
    </div>
  );
}
