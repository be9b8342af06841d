/**
 * The epoch scrubber over the saved snapshots of the runs shown (the union of their kept epochs),
 * and "Latest", which follows training as it goes.
 */
import { useDamStore } from '../../../store';
import type { LabRun } from '../app/slice';

/** Sorted, distinct epochs kept by any of the runs. */
export function scrubStops(runs: readonly LabRun[]): number[] {
  return [...new Set(runs.flatMap((r) => r.saved))].sort((a, b) => a - b);
}

/** Index of the last stop at or before `epoch` (0 when every stop is later). */
export function stopIndex(stops: readonly number[], epoch: number): number {
  let k = 0;
  for (let i = 0; i < stops.length; i++) if (stops[i] <= epoch) k = i;
  return k;
}

export function LabScrubber({ runs }: { runs: readonly LabRun[] }) {
  const scrub = useDamStore((s) => s.lab.scrub);
  const setLab = useDamStore((s) => s.setLab);
  const stops = scrubStops(runs);
  const index = scrub === null ? stops.length - 1 : stopIndex(stops, scrub);
  const epoch = stops[index];
  const text = scrub === null ? 'latest' : `epoch ${epoch ?? scrub}`;

  return (
    <div className="lab-scrubber">
      <label className="lab-scrub-label">
        <span>Epoch</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, stops.length - 1)}
          step={1}
          value={Math.max(0, index)}
          disabled={stops.length < 2}
          aria-valuetext={scrub === null ? `latest (epoch ${epoch ?? 0})` : `epoch ${epoch}`}
          onChange={(e) => {
            const k = Number(e.currentTarget.value);
            setLab({ scrub: stops[k] ?? null });
          }}
        />
      </label>
      <output className="lab-scrub-value" data-scrub={scrub ?? 'latest'}>
        {text}
        {stops.length ? ` · ${stops.length} saved epochs` : ''}
      </output>
      <button
        type="button"
        aria-pressed={scrub === null}
        onClick={() => setLab({ scrub: null })}
        title="Follow the newest memories"
      >
        Latest
      </button>
    </div>
  );
}
