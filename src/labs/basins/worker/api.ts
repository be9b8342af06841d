/**
 * The basins view's worker room (types only): progressive basin maps on a plane, basin-size
 * curves by seeded Monte Carlo, and probe trajectories (its own, apart from the studio's lanes).
 */
import type {
  BasinCurve,
  BasinCurveRequest,
  BasinPass,
  BasinRequest,
} from '../../../core/basins/basin-types';
import type { TrajectoryApi } from '../../../worker-api/trajectory';

export const BASINS_ROOM = 'basins';

export interface BasinsRoomApi extends TrajectoryApi {
  /**
   * Basin map on a plane, progressively: coarse passes first, each reported through `onPass`
   * (its arrays belong to the receiver). Resolves with the finest pass; rejects with the
   * AbortError when the request is aborted or a newer map starts. Yields between slices.
   */
  basinMap(req: BasinRequest, onPass: (pass: BasinPass) => void): Promise<BasinPass>;
  /** Basin-size curves; progress as (done, total) trials. */
  basinCurves(
    req: BasinCurveRequest,
    onProgress: (done: number, total: number) => void,
  ): Promise<BasinCurve[]>;
}
