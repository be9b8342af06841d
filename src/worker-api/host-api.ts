/**
 * The one compute worker's contract (types only). The worker exposes `host` (backend, shared
 * data, cancellation, liveness) next to one room per lab that has compute (src/labs/<id>/worker):
 *
 *   expose({ host: HostApi, [roomId]: WireRoom<RoomApi> })
 *
 * A room's API is written as plain methods (RoomApi). On the wire every method takes a CallMeta
 * first (the connection's request id, so `host.abort(id)` can cancel it); in the worker every
 * method receives that request's AbortSignal first (RoomImpl). Only plain data crosses: typed
 * arrays, numbers, strings, small objects; buffers named "transferred" move (the sender loses
 * them); functions cross as comlink proxies, released when their call ends.
 */
import type { MnistSet } from '../core/data/mnist-format';
import type { Patterns } from '../core/dynamics/types';
import type { BackendInfo, BackendPreference } from './backend';

/** Sent first with every room call. */
export interface CallMeta {
  /** The connection's request id (unique per connection). */
  id: number;
}

export interface HostInit {
  backend: BackendPreference;
  /** After a worker restart: the choice made before, kept without calibrating again. */
  reuse?: BackendInfo;
}

export interface HostApi {
  /** Picks the tfjs backend once for every room: what starts, then a calibration per room. */
  init(prefs: HostInit): Promise<BackendInfo>;
  /** Replaces the memory bank the rooms compute on (data transferred). */
  setMemories(memories: Patterns, version: number): Promise<void>;
  /** Hands the worker the parsed MNIST asset (arrays transferred), for rooms that train on it. */
  setMnist(set: MnistSet): Promise<void>;
  /** Aborts request `id`: its AbortSignal fires and the room frees its work. */
  abort(id: number): Promise<void>;
  /** Liveness check for the watchdog: resolves with the memories version held (−1: none). */
  ping(): Promise<number>;
}

type Fn = (...args: never[]) => unknown;

/** A room's methods as the worker exposes them: CallMeta first. */
export type WireRoom<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => infer R
    ? (meta: CallMeta, ...args: A) => R
    : never;
};

/** A room's methods as a room implements them: the request's AbortSignal first. */
export type RoomImpl<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => infer R
    ? (signal: AbortSignal, ...args: A) => R
    : never;
};

/** Parameters and settled result of a room method (for typed clients). */
export type ArgsOf<F> = F extends (...args: infer A) => unknown ? A : never;
export type ResultOf<F> = F extends Fn ? Awaited<ReturnType<F>> : never;
