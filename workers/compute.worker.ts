/**
 * The page's one compute worker: the host (backend chosen once, shared memories and MNIST,
 * cancellation) and every lab's worker room, found by convention at
 * src/labs/<id>/worker/room.ts (default export). The UI reaches it only through
 * src/worker-client/connection.ts. Thin on purpose: the logic is in src/engine and the rooms.
 */
import { expose } from 'comlink';
import { createHost } from '../src/engine/host';
import { parityRoom } from '../src/engine/parity/room';
import type { AnyRoom } from '../src/engine/room';

const modules = import.meta.glob<{ default: AnyRoom }>('../src/labs/*/worker/room.ts', {
  eager: true,
});
// Plus the parity room (src/engine/parity): a stub that loads the parity table only when called.
const rooms = [...Object.values(modules).map((m) => m.default), parityRoom].sort((a, b) =>
  a.id.localeCompare(b.id),
);

expose(createHost(rooms, { browserBackends: true }));
