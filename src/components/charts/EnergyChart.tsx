/** React wrapper around renderEnergyLine. */
import { useEffect, useRef } from 'react';
import { renderEnergyLine, type EnergyLine, type EnergyPoint } from '../../charts/energy-line';

export interface EnergyChartProps {
  points: EnergyPoint[];
  current: number | null;
  width: number;
  height: number;
}

export function EnergyChart({ points, current, width, height }: EnergyChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<EnergyLine | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const h = renderEnergyLine(box.current, { width, height });
    handle.current = h;
    return () => {
      h.destroy();
      handle.current = null;
    };
  }, [width, height]);

  useEffect(() => {
    handle.current?.update({ points, current });
  }, [points, current, width, height]);

  return <div ref={box} className="energy-box" />;
}
