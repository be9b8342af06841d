/**
 * The 2-D toy, both bodies on the same cue: the exact memory's landscape beside the distributed
 * memory's (one colour scale), each one's descent drawn on it, the energies along the descents,
 * the distance between the two states, and the weight counts: 2Y for T whatever K, K·D for the
 * exact memory. "Add memory" folds φ(ξ) into T; "Remove" subtracts it.
 */
import { useMemo } from 'react';
import { num } from '../../../../charts/frame';
import { useDamStore } from '../../../../store';
import { Term } from '../../../../shell/ui/Term';
import { renderLandscape, type LandscapeData } from '../charts/rf-landscape';
import { DISTRIBUTED_COLOUR, EXACT_COLOUR, renderTrace, type TraceData } from '../charts/rf-trace';
import { SvgChart } from '../../../../components/charts/SvgChart';
import { RfJobBar } from './RfJobBar';
import { useRf, useRfResults } from './use-rf';

const UPDATE_WORDS = {
  built: 'T was built from every memory: T = Σ φ(ξ).',
  added: 'One memory added: T ← T + φ(ξ). The weights are the same 2Y numbers.',
  removed: 'One memory removed: T ← T − φ(ξ).',
  kept: 'T unchanged.',
};

export function RfToyPanel() {
  const rt = useRf();
  const toy = useRfResults((r) => r.toy);
  const toyFor = useRfResults((r) => r.toyFor);
  const setup = useDamStore((s) => s.features);
  const student = useDamStore((s) => s.ui.student);
  const landscape = useMemo<LandscapeData | null>(() => {
    if (!toy || !toyFor) return null;
    const path = (states: Float64Array) => states;
    return {
      R: toy.grid.R,
      lo: toy.grid.lo,
      hi: toy.grid.hi,
      panels: [
        { label: 'exact memory (MrDAM)', energy: toy.grid.exact, path: path(toy.exact.states) },
        {
          label: `distributed memory (DrDAM), Y = 2^${Math.log2(toy.Y)}`,
          energy: toy.grid.distributed,
          path: path(toy.distributed.states),
        },
      ],
      memories: toyFor.toy.memories,
      cue: toyFor.toy.cue,
    };
  }, [toy, toyFor]);
  const energies = useMemo<TraceData | null>(
    () =>
      toy && {
        title: 'Energy along the descent from the cue',
        yTitle: 'energy',
        every: toy.every,
        series: [
          { label: 'exact (MrDAM)', values: toy.exact.energy, colour: EXACT_COLOUR },
          {
            label: 'distributed (DrDAM)',
            values: toy.distributed.energy,
            colour: DISTRIBUTED_COLOUR,
          },
        ],
      },
    [toy],
  );
  const distance = useMemo<TraceData | null>(
    () =>
      toy && {
        title: 'Distance between the two states',
        yTitle: '‖x_exact − x_distributed‖',
        every: toy.every,
        series: [{ label: 'distance', values: toy.distance, colour: DISTRIBUTED_COLOUR }],
      },
    [toy],
  );
  const K = setup.toy.memories.length / 2;
  const stale = toy !== null && toyFor !== setup;
  return (
    <section className="panel rf-toy" aria-labelledby="rf-toy-heading">
      <h2 id="rf-toy-heading">
        Exact against <Term id="rf-drdam">distributed</Term> memory, side by side
      </h2>
      <p className="note">
        {K} memories on a plane. Left, the <Term id="rf-mrdam">exact energy</Term>; right, its
        estimate from <Term id="rf-features-y">Y random features</Term>. Both descend from the same
        cue (the cross).
      </p>
      <RfJobBar
        job="toy"
        label="Compute both"
        unit="parts"
        start={() => void rt.runToy()}
        doneLine={toy ? `Done in ${num(toy.ms / 1000)} s in the worker` : 'Done'}
      />
      <div className="button-row">
        <button type="button" data-rf-action="add" onClick={() => void rt.addMemory()}>
          Add memory
        </button>
        <button
          type="button"
          data-rf-action="remove"
          disabled={K <= 1}
          onClick={() => void rt.removeMemory()}
        >
          Remove last memory
        </button>
      </div>
      {toy && (
        <dl className="rf-numbers" data-stale={stale}>
          <div>
            <dt>
              <Term id="rf-weights">Weights</Term>, distributed
            </dt>
            <dd data-rf="params">{toy.params.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Weights, exact (K·D)</dt>
            <dd data-rf="exact-params">{toy.exactParams.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>
              <Term id="rf-energy-error">Energy error</Term> over the plane
            </dt>
            <dd data-rf="grid-error">{num(toy.gridError)}</dd>
          </div>
          <div>
            <dt>at the memories</dt>
            <dd>{num(toy.memoryError)}</dd>
          </div>
          <div>
            <dt>Distance at the end</dt>
            <dd>{num(toy.distance[toy.distance.length - 1])}</dd>
          </div>
        </dl>
      )}
      {toy && !student && <p className="note">{UPDATE_WORDS[toy.update]}</p>}
      {stale && <p className="note">The set-up changed: what is shown is the last result.</p>}
      {landscape && (
        <>
          <SvgChart
            className="rf-chart rf-landscape-box"
            render={renderLandscape}
            data={landscape}
          />
          <p className="note" data-rf="landscape-key">
            Colour is the energy on the exact panel’s scale: dark is low, yellow high (or above that
            range). Rings are the memories, the cross the cue, the orange line each memory’s descent
            from it.
          </p>
        </>
      )}
      {energies && (
        <>
          <p className="note">
            The energy along each descent, step by step: both should fall and level off.
          </p>
          <SvgChart
            minHeight={190}
            className="rf-chart rf-energy-box"
            render={renderTrace}
            data={energies}
            aspect={0.42}
          />
        </>
      )}
      {distance && !student && (
        <>
          <p className="note">
            How far apart the two descents are at each step (distance on the plane).
          </p>
          <SvgChart
            minHeight={190}
            className="rf-chart rf-distance-box"
            render={renderTrace}
            data={distance}
            aspect={0.35}
          />
        </>
      )}
    </section>
  );
}
