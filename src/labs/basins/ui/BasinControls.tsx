/**
 * The slice of state space the basins view shows: the plane (three memories, two memories and the
 * cue, or the bank's top two principal components), cells per side and updates per probe. The
 * model itself comes from the model panel (family, n, β), shared with the studio.
 */
import { Term } from '../../../shell/ui/Term';
import type { PlaneSpec } from '../../../core/basins/basin-types';
import { useDamStore } from '../../../store';
import { BASIN_RESOLUTIONS } from '../app/slice';
import { Select } from '../../../components/controls/Select';
import { Slider } from '../../../components/controls/Slider';

type PlaneKind = PlaneSpec['kind'];

const KINDS: { value: PlaneKind; label: string }[] = [
  { value: 'memories', label: 'Three memories' },
  { value: 'memories-cue', label: 'Two memories and the cue' },
  { value: 'pca', label: 'Top two principal components' },
];

const RESOLUTIONS = BASIN_RESOLUTIONS.map((r) => ({ value: String(r), label: `${r} × ${r}` }));

export function BasinControls() {
  const basin = useDamStore((s) => s.basin);
  const items = useDamStore((s) => s.bank.items);
  const setBasin = useDamStore((s) => s.setBasin);
  const plane = basin.plane;
  const K = items.length;
  const memoryOptions = items.map((it, k) => ({ value: String(k), label: `${k}: ${it.label}` }));
  const pick = (k: number) => String(Math.max(0, Math.min(K - 1, k)));

  const setKind = (kind: PlaneKind) => {
    const a = plane.kind === 'pca' ? 0 : plane.a;
    const b = plane.kind === 'pca' ? 1 : plane.b;
    if (kind === 'memories')
      setBasin({ plane: { kind, a, b, c: plane.kind === 'memories' ? plane.c : 2 } });
    else if (kind === 'memories-cue') setBasin({ plane: { kind, a, b } });
    else setBasin({ plane: { kind } });
  };
  const setIndex = (key: 'a' | 'b' | 'c', v: string) =>
    setBasin({ plane: { ...plane, [key]: Number(v) } as PlaneSpec });

  return (
    <section className="panel" aria-labelledby="basin-slice-heading">
      <h2 id="basin-slice-heading">
        <Term id="plane">Slice of state space</Term>
      </h2>
      <Select label="Plane" value={plane.kind} options={KINDS} onChange={setKind} />
      {plane.kind !== 'pca' && K > 0 && (
        <div className="basin-picks">
          <Select
            label="Memory a"
            value={pick(plane.a)}
            options={memoryOptions}
            onChange={(v) => setIndex('a', v)}
          />
          <Select
            label="Memory b"
            value={pick(plane.b)}
            options={memoryOptions}
            onChange={(v) => setIndex('b', v)}
          />
          {plane.kind === 'memories' && (
            <Select
              label="Memory c"
              value={pick(plane.c)}
              options={memoryOptions}
              onChange={(v) => setIndex('c', v)}
            />
          )}
        </div>
      )}
      {plane.kind === 'memories-cue' && (
        <p className="note">
          The cue is the studio&apos;s (memory, drawing or random start with its noise).
        </p>
      )}
      <Select
        label="Resolution"
        value={String(basin.resolution)}
        options={RESOLUTIONS}
        onChange={(v) => setBasin({ resolution: Number(v) })}
      />
      <Slider
        label="Max updates per probe"
        min={1}
        max={100}
        step={1}
        value={basin.maxSteps}
        onChange={(maxSteps) => setBasin({ maxSteps })}
        hint="A probe still moving after this many updates counts as not converged"
      />
    </section>
  );
}
