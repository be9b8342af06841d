/**
 * `--time-limit S` of the `dam` commands: seconds of wall time from the command's start (default
 * 60). A run still going then stops at its next check and the command fails with one line saying
 * how far it got (TimeLimitError, exit status 1).
 */
import { quote } from '../schema/parse';
import { readNumber, UsageError } from './flags';

export const TIME_LIMIT = { default: 60, min: 1, max: 86_400 } as const;

/** A run stopped by --time-limit. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

/** Seconds from the flag's text (undefined: the default); UsageError when out of range. */
export function parseTimeLimit(value: string | undefined): number {
  if (value === undefined) return TIME_LIMIT.default;
  const s = readNumber(value);
  if (!(s >= TIME_LIMIT.min && s <= TIME_LIMIT.max)) {
    throw new UsageError(
      `--time-limit must be a number of seconds ${TIME_LIMIT.min}–${TIME_LIMIT.max} (got ${quote(value)})`,
    );
  }
  return s;
}

export interface Deadline {
  readonly seconds: number;
  expired(): boolean;
  msLeft(): number;
  /** The start of the stop message: "stopped after 60 s (--time-limit 60)". */
  readonly stopped: string;
}

export function startDeadline(seconds: number, now = () => performance.now()): Deadline {
  const end = now() + seconds * 1000;
  return {
    seconds,
    expired: () => now() >= end,
    msLeft: () => Math.max(0, end - now()),
    stopped: `stopped after ${seconds} s (--time-limit ${seconds})`,
  };
}
