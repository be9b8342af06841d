/**
 * One run's memories as a heatmap grid (ui/charts/kh-memory-grid.ts). Redrawn through a transient
 * subscription when the snapshots or the scrubbed epoch change, never through React.
 */
import { useEffect, useRef } from 'react';
import { renderMemoryGrid, type MemoryGrid } from './charts/kh-memory-grid';
import type { KhConfig } from '../../../core/classifier/kh-model';
import { useDamStore, type DamState } from '../../../store';
import { useChart } from '../../../components/charts/useChart';
import { useStoreTick } from '../../../components/useStoreTick';
import { useTrain } from './context';

export interface LabMemoryGridProps {
  runKey: string;
  name: string;
  config: KhConfig | null;
  showLabels: boolean;
}

const scrubChanged = (s: DamState, prev: DamState) => s.lab.scrub !== prev.lab.scrub;

export function LabMemoryGrid({ runKey, name, config, showLabels }: LabMemoryGridProps) {
  const { box, chart } = useChart<MemoryGrid>(
    (el) => renderMemoryGrid(el, { label: `Memories of ${name}`, minTile: 22, maxTile: 36 }),
    [name],
  );
  const { snapshots } = useTrain();
  const props = useRef({ runKey, config, showLabels });
  useEffect(() => {
    props.current = { runKey, config, showLabels };
  });

  const draw = (s: DamState) => {
    const { runKey: key, config: cfg, showLabels: labels } = props.current;
    if (!chart.current) return;
    const shown = snapshots.shownMemories(key, s.lab.scrub);
    const K = cfg?.K ?? 100;
    chart.current.update({
      memories: cfg ? (shown?.memories ?? null) : null,
      K,
      D: cfg?.D ?? 784,
      C: cfg?.C ?? 10,
      showLabels: labels,
      caption: shown
        ? shown.fraction > 0
          ? `during epoch ${shown.epoch + 1}`
          : `epoch ${shown.epoch}`
        : 'not loaded',
    });
  };
  // The scrubbed epoch, new memories or statistics: redraw.
  useStoreTick(scrubChanged, draw, snapshots);
  // A new run, a loaded config or the label toggle: draw now.
  useEffect(() => {
    draw(useDamStore.getState());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey, config, showLabels]);

  return <div ref={box} className="lab-grid-box" data-run={runKey} />;
}
