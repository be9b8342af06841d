/**
 * The random-features view's part of the bodies room: the 2-D toy (the distributed memory kept
 * between calls, so one memory added or removed updates T), the error-against-Y curves (the
 * core's runFeaturesExperiment for QUANT1b with T built on tfjs by buildTfT, the toy's own for
 * the plane), MNIST inpainting (DrDAM's descent on tfjs) and the engine's bench.
 *
 * The toy keeps the core's loops for T: K = 8 memories in D = 2 is K·Y·2 multiply-adds, a
 * millisecond at Y = 2^14, below what uploading to tfjs and back costs.
 */
import { createDrDam } from '../../../core/features/drdam';
import { runFeaturesExperiment } from '../../../core/features/experiment';
import { createFeatureMap, type FeatureMapSpec } from '../../../core/features/feature-maps';
import { subSeed } from '../../../core/util/sub-seed';
import { buildTfT } from '../../../engine/features-batch';
import type { HostContext } from '../../../engine/room';
import { mnistOf, notify } from '../../../engine/room-calls';
import type { RoomImpl } from '../../../worker-api/host-api';
import type { FeaturesRoomApi, RfCurveResult } from './features-api';
import { runMnist } from './rf-mnist';
import { backendName, rfBench } from './rf-tf';
import { runToy, type ToySession } from './rf-toy';
import { runToyCurve } from './rf-toy-curve';

/** T in the core's loops, the measured alternative to buildTfT in the bench. */
function coreT(spec: FeatureMapSpec, memories: Float64Array, K: number): Float64Array {
  const dam = createDrDam(createFeatureMap(spec));
  for (let k = 0; k < K; k++) dam.add(memories.subarray(k * spec.D, (k + 1) * spec.D));
  return dam.T;
}

const bytesAt = (spec: Omit<FeatureMapSpec, 'Y'>, Ys: number[]): number =>
  createFeatureMap({ ...spec, Y: Math.max(...Ys) }).bytes;

export function createFeaturesCalls(ctx: HostContext): RoomImpl<FeaturesRoomApi> {
  const hold: { session: ToySession | null } = { session: null };
  return {
    async rfToy(signal, req, onProgress) {
      return runToy(hold, req, signal, (d, t) => notify(onProgress, d, t));
    },
    async rfCurve(signal, req, onPoints) {
      if (req.kind === 'toy') {
        const r = runToyCurve(req.spec, signal, (p, d, t) => notify(onPoints, p, d, t));
        const { map: kind, projection, seed } = req.spec;
        const beta = req.spec.betas[0];
        const mapBytes = bytesAt({ kind, D: 2, beta, seed, projection }, req.spec.Ys);
        const out: RfCurveResult = { kind: 'toy', ...r, builtBy: 'loops', projection, mapBytes };
        return out;
      }
      const spec = req.spec;
      const r = runFeaturesExperiment(spec, {
        signal,
        onPoints: (p, d, t) => notify(onPoints, p, d, t),
        buildT: (s, memories, K) => buildTfT(s, memories, K),
      });
      const { points, curves, baselines, maxY, ms } = r;
      const mapBytes = bytesAt(
        {
          kind: spec.map,
          D: spec.D,
          beta: spec.betas[0],
          seed: subSeed(spec.seed, 4),
          projection: spec.projection,
        },
        spec.Ys,
      );
      const out: RfCurveResult = {
        kind: 'quant1b',
        points,
        curves,
        baselines,
        maxY,
        ms,
        builtBy: spec.projection === 'hadamard' ? 'loops (Hadamard)' : backendName(),
        projection: spec.projection,
        mapBytes,
      };
      return out;
    },
    async rfMnist(signal, req, onProgress) {
      const set = mnistOf(ctx);
      if (!set) throw new Error('The MNIST digits have not reached the worker yet.');
      return runMnist(set, req, signal, (d, t) => notify(onProgress, d, t));
    },
    async rfBench(_signal, req) {
      return rfBench(req, coreT);
    },
  };
}
