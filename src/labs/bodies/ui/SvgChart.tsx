/**
 * React owns the box, a framework-free renderer (./charts) owns the SVG: the chart is redrawn when
 * its data or its width changes (a ResizeObserver keeps it as wide as its column).
 */
import { useEffect, useRef, useState } from 'react';

export interface ChartSize {
  width: number;
  height?: number;
}

export interface SvgChartProps<D> {
  render: (svg: SVGSVGElement, data: D, opts: ChartSize) => void;
  data: D;
  /** height / width, clamped to 200–380 px; omit to let the renderer choose. */
  aspect?: number;
  className?: string;
}

export function SvgChart<D>({ render, data, aspect, className }: SvgChartProps<D>) {
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
    const height =
      aspect === undefined ? undefined : Math.round(Math.min(380, Math.max(200, width * aspect)));
    render(svg.current, data, { width, height });
  }, [render, data, width, aspect]);
  return (
    <div ref={box} className={className ?? 'bodies-chart'}>
      <svg ref={svg} />
    </div>
  );
}
