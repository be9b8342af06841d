/**
 * The compute worker: owns the memory bank and the tfjs backend; the UI reaches it only through
 * src/worker-client/dam-client.ts. Thin on purpose: all logic is in src/engine.
 */
import { expose } from 'comlink';
import { createDamApi } from '../src/engine/dam-api-impl';
import { createSession } from '../src/engine/session';
import type { DamWorkerApi } from '../src/worker-api/dam-api';

const api = createDamApi(createSession({ browserBackends: true })) satisfies DamWorkerApi;
expose(api);
