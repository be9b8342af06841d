/**
 * Two small things every worker room needs: calling the page's (remote) callbacks without
 * waiting on them, and reading the host's MNIST set when the page has sent it.
 */
import type { MnistSet } from '../core/data/mnist-format';
import type { HostContext } from './room';

/** Calls a (possibly remote) callback without waiting; a failed delivery is dropped. */
export const notify = <A extends unknown[]>(cb: (...args: A) => unknown, ...args: A): void => {
  try {
    void Promise.resolve(cb(...args)).catch(() => undefined);
  } catch {
    // The page went away: the work still finishes for the room's cache.
  }
};

/** The host's MNIST set, or undefined before the page has sent it. */
export function mnistOf(ctx: HostContext): MnistSet | undefined {
  try {
    return ctx.mnist();
  } catch {
    return undefined;
  }
}
