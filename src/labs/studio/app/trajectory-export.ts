/**
 * The recorded trajectory (every lane of the live view) as JSON and CSV: per frame the step t,
 * the energy, flips and the overlap with each memory. CSV keeps every memory up to K = 50, else
 * the 20 with the largest final |overlap| (named in the header).
 */
import type { LiveLane } from './live';

export function trajectoryJson(lanes: readonly LiveLane[]): string {
  return JSON.stringify({
    format: 'dam-playground-trajectory',
    version: 1,
    lanes: lanes.map((l) => ({
      model: l.spec,
      side: l.side,
      cueMemory: l.cueMemory,
      labels: l.labels,
      frames: l.history.frames.map((f) => ({
        t: f.t,
        energy: f.energy,
        updates: f.updates,
        flips: f.flips,
        converged: f.converged,
        model: f.spec,
        overlaps: Array.from(f.overlaps),
        ...(f.weights ? { weights: Array.from(f.weights) } : {}),
      })),
    })),
  });
}

const CSV_ALL = 50;
const CSV_TOP = 20;

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function columns(lane: LiveLane): number[] {
  const k = lane.labels.length;
  if (k <= CSV_ALL) return Array.from({ length: k }, (_, i) => i);
  const last = lane.history.frames[lane.history.frames.length - 1].overlaps;
  return Array.from({ length: k }, (_, i) => i)
    .sort((a, b) => Math.abs(last[b]) - Math.abs(last[a]))
    .slice(0, CSV_TOP)
    .sort((a, b) => a - b);
}

export function trajectoryCsv(lanes: readonly LiveLane[]): string {
  const rows: string[] = [];
  lanes.forEach((lane, li) => {
    const cols = columns(lane);
    const model = `${lane.spec.energy} n=${lane.spec.n} beta=${lane.spec.beta}`;
    rows.push(
      ['lane', 'model', 'frame', 't', 'energy', 'flips', 'converged']
        .concat(cols.map((m) => `overlap ${m + 1} (${lane.labels[m]})`))
        .map(quote)
        .join(','),
    );
    lane.history.frames.forEach((f, i) => {
      const cells = [String(li + 1), model, String(i), String(f.t), String(f.energy)];
      cells.push(String(f.flips), f.converged ? '1' : '0');
      for (const m of cols) cells.push(f.overlaps[m].toFixed(6));
      rows.push(cells.map(quote).join(','));
    });
  });
  return rows.join('\n') + '\n';
}
