/**
 * Energy against step for lane `lane`, scaled as chosen (normalised, signed log, raw); one
 * segment per energy function (energy-segments.ts).
 */
import { renderEnergyLine, type EnergyLine } from '../charts/energy-line';
import { energySegments } from '../charts/energy-segments';
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
    if (!l) return c.update({ segments: [], current: null });
    const { frames, cursor } = l.history;
    c.update(energySegments(frames, cursor, l.side * l.side, s.params.energyAxis));
  });
  return <div ref={box} className="energy-box" />;
}
