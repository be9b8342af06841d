/**
 * The shell's link to the page's one compute worker: starts it once, shows its backend in the
 * store, and keeps what the worker must hold in step with the store: the memory bank (sent when
 * its version changed) and the MNIST set (sent the first time a lab needs it). Labs reach their
 * worker rooms through `room(id)`: one connection, one queue, for every lab.
 */
import type { StoreApi } from 'zustand';
import { errorMessage } from '../core/util/error-message';
import type { DamState } from '../store';
import { workerUp } from '../store/backend-slice';
import type { BackendInfo } from '../worker-api/backend';
import {
  createConnection,
  type Connection,
  type RoomClient,
  type SpawnedWorker,
} from '../worker-client/connection';
import type { BankCache } from './bank/bank-cache';
import type { MnistData } from './bank/mnist-data';
import type { UrlPrefs } from './url-prefs';

export interface ComputeLink {
  /** Starts the worker and the backend choice (once; store.backend follows it). */
  start(): void;
  room<Api>(id: string): RoomClient<Api>;
  /**
   * Makes sure the worker holds the current memory bank; resolves with its version, or null
   * when the worker or the digits are not ready (callers try again when they are).
   */
  ensureMemories(): Promise<number | null>;
  /** Makes sure the worker holds the MNIST set (loading it first). */
  ensureMnist(): Promise<void>;
  /** Resolves with the backend once the worker is ready; rejects if it failed to start. */
  whenReady(): Promise<BackendInfo>;
  /** Kills and respawns the worker (it replays backend, memories and digits); tests use it. */
  restart(reason: string): Promise<void>;
  /** A round trip to the worker (ms): every message it sent before answering has arrived. */
  ping(): Promise<number>;
}

export interface ComputeOptions {
  store: StoreApi<DamState>;
  bank: BankCache;
  mnist: MnistData;
  prefs: UrlPrefs;
  /** Injectable for Node tests (a MessageChannel port). */
  spawn?: () => SpawnedWorker;
}

const notStarted = () => new Error('the compute worker is not running');

export function createComputeLink(opts: ComputeOptions): ComputeLink {
  const { store } = opts;
  let connection: Connection | null = null;
  let started = false;
  let sending: { version: number; done: Promise<void> } | null = null;
  let mnistSent: Promise<void> | null = null;
  const setBackend = (patch: Partial<DamState['backend']>) => store.getState().setBackend(patch);

  const link: ComputeLink = {
    start() {
      if (started) return;
      started = true;
      setBackend({ requested: opts.prefs.backend, status: 'starting' });
      try {
        connection = createConnection(opts.spawn ? { spawn: opts.spawn } : {});
      } catch (err) {
        setBackend({
          status: 'error',
          error: `Could not start the compute worker: ${errorMessage(err)}`,
        });
        return;
      }
      connection.onStatus((status) => {
        if (status.kind === 'restarted') {
          // The connection replays backend, memories and digits before any other call.
          setBackend({ status: 'restarting', error: `Worker restarted (${status.reason})` });
        } else if (status.kind === 'ready') {
          setBackend({ status: 'ready', info: status.backend, error: undefined });
        } else {
          setBackend({ status: 'error', error: status.message });
        }
      });
      // The worker answers core work while it times the backends (the studio runs meanwhile).
      const c = connection;
      c.ping().then(
        () => {
          if (store.getState().backend.status === 'starting') setBackend({ status: 'calibrating' });
        },
        () => undefined,
      );
      c.init(opts.prefs.backend).catch((err: unknown) =>
        setBackend({
          status: 'error',
          error: `The compute worker failed to start: ${errorMessage(err)}`,
        }),
      );
    },

    room<Api>(id: string): RoomClient<Api> {
      return {
        call: (method, args, callOpts) =>
          connection
            ? connection.room<Api>(id).call(method, args, callOpts)
            : Promise.reject(notStarted()),
      };
    },

    async ensureMemories() {
      const c = connection;
      const memories = opts.bank.memories();
      if (!c || !workerUp(store.getState().backend.status) || !memories) return null;
      const { version } = memories;
      if (c.memoriesVersion() === version) return version;
      if (!sending || sending.version !== version) {
        const mine = {
          version,
          done: c.setMemories(memories.patterns, version).finally(() => {
            if (sending === mine) sending = null;
          }),
        };
        sending = mine;
      }
      await sending.done;
      return version;
    },

    async ensureMnist() {
      const c = connection;
      if (!c) throw notStarted();
      mnistSent ??= opts.mnist.load().then((set) => c.setMnist(set));
      try {
        await mnistSent;
      } catch (err) {
        mnistSent = null;
        throw err;
      }
    },

    whenReady() {
      return new Promise<BackendInfo>((resolve, reject) => {
        const check = (b: DamState['backend']) => {
          if (b.status === 'ready' && b.info) return (resolve(b.info), true);
          if (b.status === 'error')
            return (reject(new Error(b.error ?? 'the compute worker failed')), true);
          return false;
        };
        if (check(store.getState().backend)) return;
        const stop = store.subscribe((st) => {
          if (check(st.backend)) stop();
        });
      });
    },

    restart: (reason) => (connection ? connection.restart(reason) : Promise.resolve()),
    ping: () =>
      connection
        ? connection.ping()
        : Promise.reject(new Error('the compute worker is not started')),
  };
  return link;
}
