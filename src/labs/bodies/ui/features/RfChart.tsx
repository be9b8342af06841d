/**
 * React owns the box, a framework-free renderer (../charts) owns the SVG: redrawn when its data
 * or its width changes (a ResizeObserver keeps it as wide as the column), in a task of its own.
 */
import { useEffect, useRef, useState } from 'react';

export interface RfChartProps<D> {
  render: (svg: SVGSVGElement, data: D, opts: { width: number; height?: number }) => void;
  data: D;
  /** height / width, clamped to 190–380 px; none: the renderer's own height. */
  aspect?: number;
  className: string;
}

export function RfChart<D>({ render, data, aspect, className }: RfChartProps<D>) {
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
    const height = aspect ? Math.round(Math.min(380, Math.max(190, width * aspect))) : undefined;
    const id = setTimeout(() => render(el, data, { width, height }), 0);
    return () => clearTimeout(id);
  }, [render, data, width, aspect]);
  return (
    <div ref={box} className={`rf-chart ${className}`}>
      <svg ref={svg} />
    </div>
  );
}
