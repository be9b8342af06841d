/**
 * The series of the set-up: each a line on the charts, with its own power n (or β) and the
 * values it sweeps (pattern lengths N, correlations ρ, separations d_H). A series may also set
 * other fields of its own (a preset's fewer trials for n = 4): they are listed, and kept.
 */
import type { GridSpec, SeriesSpec, SweepKey } from '../../../core/capacity/types';
import { useDamStore } from '../../../store';
import {
  CAPACITY_LIMITS,
  addSeries,
  familyOf,
  removeSeries,
  seriesModel,
  setLabel,
  setSeriesModel,
  setSweep,
  usesPower,
} from '../app/setup';
import { ListInput } from '../../../components/controls/ListInput';
import { NumberInput } from '../../../components/controls/NumberInput';

/** What a series' own patch sets besides its model, in words. */
function extras(s: SeriesSpec): string | null {
  const p = s.set;
  if (!p) return null;
  const out: string[] = [];
  if (p.trials !== undefined) out.push(`${p.trials} trials`);
  if (p.kCap !== undefined) out.push(`kCap ${p.kCap}`);
  if (p.seed !== undefined) out.push(`seed ${p.seed}`);
  if (p.data) out.push(`data ${Object.keys(p.data).join(', ')}`);
  if (p.criterion) out.push(`criterion ${Object.keys(p.criterion).join(', ')}`);
  return out.length ? out.join('; ') : null;
}

function SeriesRow({ grid, i, set }: { grid: GridSpec; i: number; set: (g: GridSpec) => void }) {
  const s = grid.series[i];
  const model = seriesModel(grid, i);
  const family = familyOf(grid);
  const { data } = grid.base;
  const correlated =
    data.kind === 'correlated' || (data.kind === 'separated' && data.base === 'correlated');
  const list = (key: SweepKey, label: string, integer: boolean, show: boolean) =>
    show || s.sweep[key] ? (
      <ListInput
        label={label}
        ariaLabel={`${s.label}: ${label}`}
        values={s.sweep[key]}
        integer={integer}
        placeholder="one value from the set-up"
        onChange={(values) => set(setSweep(grid, i, key, values))}
      />
    ) : null;
  const relabel = (re: RegExp, text: string) => (re.test(s.label) ? text : s.label);
  const extra = extras(s);
  return (
    <li className="series-row" data-series={s.label}>
      <div className="series-head">
        <label className="control series-label">
          <span className="control-label">Series</span>
          <input
            type="text"
            maxLength={60}
            defaultValue={s.label}
            key={s.label}
            onBlur={(e) => {
              const label = e.currentTarget.value.trim();
              if (label && label !== s.label) set(setLabel(grid, i, label));
            }}
          />
        </label>
        {grid.series.length > 1 && (
          <button
            type="button"
            className="secondary"
            aria-label={`Remove series ${s.label}`}
            onClick={() => set(removeSeries(grid, i))}
          >
            Remove
          </button>
        )}
      </div>
      <div className="capacity-grid2">
        {usesPower(model.energy) && family !== 'classical' && !s.sweep.n && (
          <NumberInput
            label={`n of ${s.label}`}
            value={model.n}
            min={2}
            max={60}
            onChange={(n) =>
              set(setLabel(setSeriesModel(grid, i, { n }), i, relabel(/^n = \d+$/, `n = ${n}`)))
            }
          />
        )}
        {!usesPower(model.energy) && !s.sweep.beta && (
          <NumberInput
            label={`β of ${s.label}`}
            value={model.beta}
            min={0.001}
            max={1000}
            step={0.1}
            integer={false}
            onChange={(beta) =>
              set(
                setLabel(
                  setSeriesModel(grid, i, { beta }),
                  i,
                  relabel(/^β = [\d.]+$/, `β = ${beta}`),
                ),
              )
            }
          />
        )}
        {list('N', 'N values', true, data.kind !== 'mnist')}
        {list('rho', 'ρ values', false, correlated)}
        {list('dH', 'd_H values', true, data.kind === 'separated')}
        {list('n', 'n values', true, false)}
        {list('beta', 'β values', false, false)}
      </div>
      {extra && <p className="note">This series also sets: {extra}.</p>}
    </li>
  );
}

export function SeriesPanel() {
  const grid = useDamStore((s) => s.capacity.grid);
  const setCapacity = useDamStore((s) => s.setCapacity);
  const set = (next: GridSpec) => setCapacity({ grid: next });
  return (
    <section className="panel capacity-series" aria-labelledby="capacity-series-heading">
      <h2 id="capacity-series-heading">Series</h2>
      <p className="note">
        One line per series; lists are comma separated. An empty list takes the set-up&apos;s value.
      </p>
      <ol className="series-list">
        {grid.series.map((s, i) => (
          <SeriesRow key={`${i}-${s.label}`} grid={grid} i={i} set={set} />
        ))}
      </ol>
      <button
        type="button"
        className="secondary"
        disabled={grid.series.length >= CAPACITY_LIMITS.seriesMax}
        onClick={() => set(addSeries(grid))}
      >
        Add a series
      </button>
    </section>
  );
}
