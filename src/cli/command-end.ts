/**
 * How a `dam` command that prints one JSON object ends: its work runs under the --time-limit
 * (an abort from the deadline becomes one sentence saying what stopped and that nothing was
 * written), and its object is printed only when every number in it is finite, then written
 * whole to --out.
 */
import { isAbortError } from '../core/util/abort';
import { quote } from '../schema/parse';
import { TimeLimitError, type Deadline } from './time-limit';
import { writeWhole } from './write-out';

/** Throws naming the first number in `value` that is not finite (path like points[3].energyMAE). */
export function assertFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`${path} = ${value} is not finite; nothing printed`);
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  else for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
}

/** `work`, with the deadline's abort turned into "<stopped>: the <what> did not finish". */
export async function untilDeadline<T>(
  deadline: Deadline,
  out: string | undefined,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isAbortError(e)) throw e;
    const nothing = out === undefined ? '' : `; nothing written to ${quote(out)}`;
    throw new TimeLimitError(`${deadline.stopped}: the ${what} did not finish${nothing}`);
  }
}

/** Prints the command's object (all numbers finite) and writes it whole to `out`. */
export function emitJson(print: (line: string) => void, value: unknown, out?: string): void {
  assertFinite(value);
  const json = JSON.stringify(value);
  print(json);
  if (out !== undefined) writeWhole(out, json + '\n');
}
