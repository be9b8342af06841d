/** Energy against step for lane `lane`, scaled as chosen (normalised, signed log, raw). */
import { useEffect, useRef } from 'react';
import { renderEnergyLine, type EnergyLine, type EnergyPoint } from '../../charts/energy-line';
import { energyAxisLabel, scaleEnergy, thinIndices } from '../../charts/energy-scale';
import { useLive } from './useLive';

export function LiveEnergy(props: {
  lane: number;
  width: number;
  height: number;
  title: string;
  colour?: string;
}) {
  const { lane, width, height, title, colour } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EnergyLine | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const c = renderEnergyLine(box.current, { width, height, title, colour });
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, [width, height, title, colour]);
  useLive((s) => {
    const c = chart.current;
    if (!c) return;
    const l = s.live.lanes[lane];
    if (!l) return c.update({ points: [], current: null });
    const { frames, cursor } = l.history;
    const axis = s.params.energyAxis;
    const dim = l.side * l.side;
    const idx = thinIndices(frames.length, 400);
    if (!idx.includes(cursor)) idx.push(cursor);
    idx.sort((a, b) => a - b);
    const points: EnergyPoint[] = idx.map((i) => ({
      t: frames[i].t,
      energy: scaleEnergy(frames[i].energy, frames[i].spec, dim, axis),
      mark: frames[i].reconfigured,
    }));
    c.update({
      points,
      current: idx.indexOf(cursor),
      yLabel: energyAxisLabel(frames[cursor].spec, axis),
    });
  });
  return <div ref={box} className="energy-box" />;
}
