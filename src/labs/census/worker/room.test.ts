/**
 * The census room on a fake host (tfjs-cpu in Node): a census with progress, kept by set-up so
 * a second call and the profiles do not relax again; profiles equal the core's; the classifiers
 * on a held-out split and on a second task; the phase map; a cancel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFIER } from '../../../core/census/models/options';
import { rebuild } from '../../../core/census/census';
import { DEFAULT_CENSUS } from '../../../core/census/presets';
import { profilesOf } from '../../../core/census/profile';
import type { CensusSpec } from '../../../core/census/types';
import { isAbortError } from '../../../core/util/abort';
import type { HostContext } from '../../../engine/room';
import { tf } from '../../../engine/tf';
import type { RoomImpl } from '../../../worker-api/host-api';
import type { CensusRoomApi } from './api';
import room from './room';

const ctx: HostContext = {
  memories: () => {
    throw new Error('no memories');
  },
  mnist: () => {
    throw new Error('no digits');
  },
  onChange: () => undefined,
};

const spec: CensusSpec = {
  ...DEFAULT_CENSUS,
  probes: { ...DEFAULT_CENSUS.probes, random: 1500, prototypes: 100 },
};
const open = () => room.create(ctx) as unknown as RoomImpl<CensusRoomApi>;
const live = () => new AbortController().signal;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('census room', () => {
  it('runs a census with progress and keeps it for the profiles', async () => {
    const r = open();
    const progress: number[] = [];
    const a = await r.runCensus(live(), spec, (d) => progress.push(d));
    expect(progress.at(-1)).toBe(1600);
    const b = await r.runCensus(live(), spec, () => undefined);
    expect(b.bits).toBe(a.bits); // the kept census, not a second run
    expect(a.srRocs.rest?.auc).toBe(a.srAucRest);
    const e = await r.profiles(live(), spec, [0, 2]);
    const { net } = rebuild(spec);
    const direct = profilesOf(net, a.bits.subarray(0, a.N * 3), 3);
    expect(Array.from(e.subarray(0, a.N))).toEqual(Array.from(direct.subarray(0, a.N)));
    expect(Array.from(e.subarray(a.N))).toEqual(Array.from(direct.subarray(2 * a.N)));
    await expect(r.profiles(live(), spec, [a.states])).rejects.toThrow(/no state/);
    const task = await r.task(live(), spec);
    expect(task.K).toBe(200);
  });

  it('trains the four models on a split and on a second task', async () => {
    const r = open();
    const opts = { ...DEFAULT_CLASSIFIER, epochs: 40 };
    const split = await r.classify(live(), spec, null, opts, () => undefined);
    expect(split.rows.map((m) => m.kind)).toEqual(['sr', 'logistic', 'svm', 'mlp']);
    expect(split.split).toBe('split');
    expect(split.train.rows + split.test.rows).toBeGreaterThan(50);
    const other: CensusSpec = {
      ...spec,
      task: { ...spec.task, P: 20, seed: 9 } as CensusSpec['task'],
    };
    const cross = await r.classify(live(), spec, other, opts, () => undefined);
    expect(cross.split).toBe('task');
    expect(cross.train.rows).toBe(split.train.rows + split.test.rows);
    expect(cross.rocs).toHaveLength(4);
  });

  it('computes the phase map and stops on a cancel', async () => {
    const r = open();
    const phase = await r.runPhase(
      live(),
      {
        side: 6,
        P: 3,
        Es: [2, 12],
        ps: [0, 0.3],
        trials: 2,
        network: { kind: 'hebbian', n: 2 },
        seed: 1,
      },
      () => undefined,
    );
    expect(phase.cells).toHaveLength(4);
    const abort = new AbortController();
    abort.abort();
    const big = { ...spec, probes: { ...spec.probes, random: 50000 } };
    await r
      .runCensus(abort.signal, big, () => undefined)
      .then(
        () => expect.unreachable(),
        (err: unknown) => expect(isAbortError(err)).toBe(true),
      );
  });
});
