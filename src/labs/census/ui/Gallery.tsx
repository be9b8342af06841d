/**
 * The stable states per class, largest basin first: a thumbnail each with its basin share and
 * stability ratio. A click (or Enter) picks the state for the detail view below.
 */
import { useMemo, useState } from 'react';
import { PatternImage } from '../../../components/charts/PatternImage';
import { Segmented } from '../../../components/controls/Segmented';
import { STATE_CLASSES, type CensusResult, type StateClass } from '../../../core/census/types';
import { useDamStore } from '../../../store';
import { detailText } from '../app/export';
import { CLASS_LABELS } from './charts/class-colours';
import { useCensus } from './context';
import { stateImage } from './state-image';
import { useShownCensus } from './use-census';
import { detailAt } from '../../../core/census/packed-details';

/** Thumbnails shown per class before "more". */
const PAGE = 24;

export function statesOfClass(r: Omit<CensusResult, 'details'>, cls: StateClass): number[] {
  const k = STATE_CLASSES.indexOf(cls);
  const out: number[] = [];
  for (let s = 0; s < r.states; s++) if (r.cls[s] === k) out.push(s);
  return out; // the census orders states by hits already
}

export function Gallery() {
  const rt = useCensus();
  const census = useShownCensus();
  const picked = useDamStore((s) => s.censusPicked);
  const [cls, setCls] = useState<StateClass>('spurious');
  const [shown, setShown] = useState(PAGE);
  const list = useMemo(() => (census ? statesOfClass(census, cls) : []), [census, cls]);
  if (!census) return null;
  const { side } = census;
  const converged = census.probes.total - census.probes.unconverged - census.probes.uncatalogued;
  return (
    <section className="panel census-gallery" aria-labelledby="census-gallery-heading">
      <h2 id="census-gallery-heading">Gallery</h2>
      <Segmented
        label="Class"
        options={STATE_CLASSES.map((c) => ({
          value: c,
          label: `${CLASS_LABELS[c]} (${census.byClass[c].states})`,
        }))}
        value={cls}
        onChange={(c) => {
          setCls(c);
          setShown(PAGE);
        }}
      />
      {list.length === 0 ? (
        <p className="note">No {CLASS_LABELS[cls].toLowerCase()} state in this census.</p>
      ) : (
        <ul
          className="census-thumbs"
          aria-label={`${CLASS_LABELS[cls]} states, largest basin first`}
        >
          {list.slice(0, shown).map((s) => (
            <li key={s}>
              <button
                type="button"
                className={s === picked ? 'thumb on' : 'thumb'}
                aria-pressed={s === picked}
                data-state={s}
                title={detailText(detailAt(census.packed, s))}
                onClick={() => void rt.pick(s)}
              >
                <PatternImage
                  state={stateImage(census, s)}
                  size={56}
                  side={side}
                  label={`State ${s + 1}`}
                />
                <span className="thumb-text">
                  {((100 * census.hits[s]) / Math.max(1, converged)).toFixed(1)}% · SR{' '}
                  {census.sr[s].toFixed(2)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE * 2)}>
          Show more ({list.length - shown} left)
        </button>
      )}
    </section>
  );
}
