/**
 * The pause the core's measurement takes every ~20 ms of work, so the worker reads its messages
 * (a cancel, another room's call) in between. A message to itself is a task of its own without
 * the 4 ms clamp that nested setTimeout(0) gets; Node's setImmediate serves the tests.
 */
export function createPause(): () => Promise<void> {
  const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return () => new Promise<void>((go) => immediate(go));
  if (typeof MessageChannel !== 'function') return () => new Promise<void>((go) => setTimeout(go));
  const { port1, port2 } = new MessageChannel();
  const queue: (() => void)[] = [];
  port1.onmessage = () => queue.shift()?.();
  return () =>
    new Promise<void>((go) => {
      queue.push(go);
      port2.postMessage(null);
    });
}
