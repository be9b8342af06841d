/**
 * The trained runs shipped with the app (public/kh/*.json, written by `dam train --out`), which the
 * lab shows on its first screen. Fetching and validation failures become one sentence a user can
 * read ("… not valid JSON", "… HTTP 404"), so one broken file never takes the lab down.
 */
import type { KhRunFile } from '../../../core/classifier/kh-snapshot';
import { errorMessage } from '../../../core/util/error-message';
import { parseRunFileText } from '../../../schema/run-file';
import { JsonTextError } from '../../../schema/parse';

export interface ShippedRun {
  key: string;
  /** File name under public/kh/. */
  file: string;
  /** The power the file is expected to hold (shown while it loads). */
  n: number;
  /** In the pair the lab shows first; the others load when "all shipped runs" is asked for. */
  pair: boolean;
}

/**
 * Every shipped run, by n. The first screen shows n = 3 and n = 30, the pair furthest apart in
 * how many memories decide (`npm run bench`: median 10 at n = 3, 6 at n = 30; 9 at n = 2 and 17 at
 * n = 20, so the count does not fall steadily with n); all four are one click away.
 */
export const SHIPPED_RUNS: readonly ShippedRun[] = [
  { key: 'shipped-n2', file: 'n2.json', n: 2, pair: false },
  { key: 'shipped-n3', file: 'n3.json', n: 3, pair: true },
  { key: 'shipped-n20', file: 'n20.json', n: 20, pair: false },
  { key: 'shipped-n30', file: 'n30.json', n: 30, pair: true },
];

export const shippedUrl = (file: string): string => `${import.meta.env.BASE_URL}kh/${file}`;

/**
 * A run file from its text.
 * @throws Error "it is not valid JSON (…)", or "it is not a valid run file: <the schema's line>",
 *   e.g. "…: saved[0].memories: must be 79400 values in base64 …".
 */
export function parseRunText(text: string): KhRunFile {
  try {
    return parseRunFileText(text);
  } catch (err) {
    if (err instanceof JsonTextError) {
      throw new Error('it is not valid JSON (the file is damaged or is not a run file)', {
        cause: err,
      });
    }
    throw new Error(`it is not a valid run file: ${errorMessage(err)}`, { cause: err });
  }
}

/**
 * Downloads and validates one shipped run.
 * @throws Error "Could not load the trained run n = 3 (kh/n3.json): <why>."
 */
export async function loadShippedRun(
  run: ShippedRun,
  fetchImpl: typeof fetch = fetch,
): Promise<KhRunFile> {
  const where = `the trained run n = ${run.n} (kh/${run.file})`;
  let text: string;
  try {
    const res = await fetchImpl(shippedUrl(run.file));
    if (!res.ok) throw new Error(`the server answered HTTP ${res.status}`);
    text = await res.text();
  } catch (err) {
    throw new Error(`Could not load ${where}: ${errorMessage(err)}.`, { cause: err });
  }
  try {
    return parseRunText(text);
  } catch (err) {
    throw new Error(`Could not load ${where}: ${errorMessage(err)}.`, { cause: err });
  }
}
