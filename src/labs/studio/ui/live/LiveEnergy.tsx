/** Energy against step for lane `lane`, scaled as chosen (normalised, signed log, raw). */
import { renderEnergyLine, type EnergyLine, type EnergyPoint } from '../charts/energy-line';
import { energyAxisLabel, scaleEnergy, thinIndices } from '../charts/energy-scale';
import { useChart } from '../../../../components/charts/useChart';
import { useLive } from './useLive';

export function LiveEnergy(props: {
  lane: number;
  width: number;
  height: number;
  title: string;
  colour?: string;
}) {
  const { lane, width, height, title, colour } = props;
  const { box, chart } = useChart<EnergyLine>(
    (el) => renderEnergyLine(el, { width, height, title, colour }),
    [width, height, title, colour],
  );
  useLive((live, s) => {
    const c = chart.current;
    if (!c) return;
    const l = live.lanes[lane];
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
