/**
 * Tests in Node: the compute worker's host with some rooms, called directly (no comlink), each
 * call with a fresh request id so `abort(id)` can cancel it, as the connection would.
 */
import { createHost, type HostOptions } from '../engine/host';
import type { AnyRoom } from '../engine/room';
import type { HostApi } from '../worker-api/host-api';

type Method = (meta: { id: number }, ...args: unknown[]) => Promise<unknown>;

export interface TestHost {
  host: HostApi;
  /** The room's methods as the page calls them; each call gets the next request id. */
  room<Api>(id: string): Api;
  /** The request id of the latest room call. */
  lastId(): number;
}

export function createTestHost(rooms: readonly AnyRoom[], opts: HostOptions = {}): TestHost {
  const api = createHost(rooms, opts) as unknown as { host: HostApi } & Record<
    string,
    Record<string, Method>
  >;
  let id = 0;
  return {
    host: api.host,
    room<Api>(name: string): Api {
      const wire = api[name];
      const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
      for (const [k, fn] of Object.entries(wire)) out[k] = (...args) => fn({ id: ++id }, ...args);
      return out as Api;
    },
    lastId: () => id,
  };
}
