/**
 * The training-lab worker: trains Krotov–Hopfield classifiers with tfjs; the UI reaches it only
 * through src/worker-client/lab-client.ts. Thin on purpose: all logic is in src/engine.
 */
import { expose } from 'comlink';
import { createLabApi } from '../src/labs/train/worker/lab-api-impl';
import type { LabWorkerApi } from '../src/worker-api/lab-api';

const api = createLabApi({ browserBackends: true }) satisfies LabWorkerApi;
expose(api);
