/**
 * The recorded trajectory (every lane of the live view) as JSON and CSV: how the cue was made
 * (start, flip probability p, seed), the update mode, order and temperature, per frame the step
 * t, the energy, flips and the overlap with each memory, and the final state. CSV keeps every
 * memory up to K = 50, else the 20 with the largest final |overlap| (named in the header); it
 * repeats p, seed and the update mode on every row and writes the final state (space-separated)
 * on the last row of each lane.
 */
import type { LiveLane } from './live';

const finalState = (l: LiveLane): number[] =>
  Array.from(l.history.frames[l.history.frames.length - 1].state);

export function trajectoryJson(lanes: readonly LiveLane[]): string {
  return JSON.stringify({
    format: 'dam-playground-trajectory',
    version: 2,
    lanes: lanes.map((l) => ({
      model: l.spec,
      side: l.side,
      cue: { start: l.cue.start, flipP: l.cue.flipP },
      seed: l.cue.seed,
      dynamics: l.dynamics,
      cueMemory: l.cueMemory,
      labels: l.labels,
      frames: l.history.frames.map((f) => ({
        t: f.t,
        energy: f.energy,
        updates: f.updates,
        flips: f.flips,
        totalFlips: f.totalFlips,
        converged: f.converged,
        model: f.spec,
        overlaps: Array.from(f.overlaps),
        ...(f.weights ? { weights: Array.from(f.weights) } : {}),
      })),
      finalState: finalState(l),
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

const HEAD = ['lane', 'model', 'p', 'seed', 'update', 'frame', 't', 'energy', 'flips', 'converged'];

export function trajectoryCsv(lanes: readonly LiveLane[]): string {
  const rows: string[] = [];
  lanes.forEach((lane, li) => {
    const cols = columns(lane);
    const { mode, order, temperature } = lane.dynamics;
    const update = `${mode} ${order} T=${temperature}`;
    rows.push(
      HEAD.concat(cols.map((m) => `overlap ${m + 1} (${lane.labels[m]})`))
        .concat('final state')
        .map(quote)
        .join(','),
    );
    const frames = lane.history.frames;
    frames.forEach((f, i) => {
      const model = `${f.spec.energy} n=${f.spec.n} beta=${f.spec.beta}`;
      const cells = [String(li + 1), model, String(lane.cue.flipP), String(lane.cue.seed), update];
      cells.push(
        String(i),
        String(f.t),
        String(f.energy),
        String(f.flips),
        f.converged ? '1' : '0',
      );
      for (const m of cols) cells.push(f.overlaps[m].toFixed(6));
      cells.push(i === frames.length - 1 ? finalState(lane).join(' ') : '');
      rows.push(cells.map(quote).join(','));
    });
  });
  return rows.join('\n') + '\n';
}
