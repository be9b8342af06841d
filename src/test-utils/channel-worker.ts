/**
 * Tests in Node: a "worker" that is the real compute host (engine/host.ts) with some rooms,
 * exposed with comlink on one end of a MessageChannel (comlink's own testing method). Each spawn
 * makes a fresh host; `log` records them with a crash switch, as a worker's `error` event would.
 */
import { expose } from 'comlink';
import { createHost, disposeHost, type ExposedApi } from '../engine/host';
import type { AnyRoom } from '../engine/room';
import type { SpawnedWorker } from '../worker-client/connection';

export interface SpawnedHost {
  api: ExposedApi;
  crash(reason: string): void;
}

export function channelSpawn(
  rooms: () => readonly AnyRoom[],
  opts: { log?: SpawnedHost[]; patch?: (api: ExposedApi, spawn: number) => ExposedApi } = {},
): () => SpawnedWorker {
  let spawns = 0;
  return () => {
    const { port1, port2 } = new MessageChannel();
    const made = createHost(rooms());
    const api = opts.patch ? opts.patch(made, spawns) : made;
    spawns++;
    expose(api, port2 as unknown as Parameters<typeof expose>[1]);
    let onCrash: (reason: string) => void = () => undefined;
    opts.log?.push({ api, crash: (reason) => onCrash(reason) });
    return {
      endpoint: port1 as unknown as SpawnedWorker['endpoint'],
      terminate: () => {
        disposeHost(made); // a real worker is killed; an in-process one must stop its work
        port1.close();
        port2.close();
      },
      onCrash: (cb) => (onCrash = cb),
    };
  };
}
