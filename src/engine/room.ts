/**
 * What a lab's worker room is to the compute worker (src/labs/<id>/worker/room.ts exports one):
 * an id (its key on the wire), a factory over the host's shared data, and optionally the
 * workload the backend calibration should time for it.
 */
import type { MnistSet } from '../core/data/mnist-format';
import type { Patterns } from '../core/dynamics/types';
import type { RoomImpl } from '../worker-api/host-api';

/** What the host shares with every room. Each accessor throws one clear sentence when empty. */
export interface HostContext {
  /** The memory bank last sent by the page, with its version. */
  memories(): { patterns: Patterns; version: number };
  /** The parsed MNIST asset, once the page has sent it. */
  mnist(): MnistSet;
  /** Called after every setMemories / setMnist (rooms drop what they derived from the old data). */
  onChange(cb: (what: 'memories' | 'mnist') => void): void;
}

export interface Workload {
  /** Names the workload in the badge's probe notes ("softmax step", "training minibatch"). */
  label: string;
  /** Median ms of the room's typical tfjs work on the current backend. */
  run(): Promise<number>;
}

export interface RoomDefinition<Api> {
  id: string;
  create(ctx: HostContext): RoomImpl<Api>;
  calibration?: Workload;
}

/** Type-erased, for the host's list of rooms. */
export interface AnyRoom {
  id: string;
  create(ctx: HostContext): Record<string, (signal: AbortSignal, ...args: never[]) => unknown>;
  calibration?: Workload;
}

/** Checks a room against its API type and erases the type for the host's list. */
export const defineRoom = <Api>(room: RoomDefinition<Api>): AnyRoom => room as unknown as AnyRoom;
