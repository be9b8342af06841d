/**
 * The one cancellation error: what an aborted request rejects with, in the worker and in the
 * UI. Requests carry an AbortSignal (typed structurally here: core has no DOM types).
 */

export const ABORT_MESSAGE = 'cancelled';

/** The part of an AbortSignal that core code reads. */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** An Error named AbortError. */
export function abortError(reason?: unknown): Error {
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return Object.assign(new Error(ABORT_MESSAGE), { name: 'AbortError' });
}

/** Throws the AbortError when `signal` has fired (call it between slices of work). */
export function throwIfAborted(signal: AbortLike | undefined): void {
  if (signal?.aborted) throw abortError(signal.reason);
}

/** Whether an error is a cancellation (locally, or re-thrown across the worker boundary). */
export function isAbortError(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    ((err as { name?: unknown }).name === 'AbortError' ||
      (err as { message?: unknown }).message === ABORT_MESSAGE)
  );
}
