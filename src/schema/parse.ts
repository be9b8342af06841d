/**
 * The one schema layer for outside input (share links, bank files, run files, saved set-ups,
 * the CLI's JSON): valibot schemas plus the checks every input gets before them.
 *  - keys "__proto__", "constructor" and "prototype" are refused anywhere in the value;
 *  - nesting deeper than the schema allows is refused before parsing (JSON text) or walking;
 *  - every problem becomes one line that names the field, quoting at most 80 characters of the
 *    bad value: `n: must be a whole number from 2 to 60 (got 1e+300)`.
 */
import * as v from 'valibot';

/** One clear sentence about outside input; `field` is the dotted path ('' for the whole). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly field = '',
  ) {
    super(message);
  }
}

/** Text that is not JSON at all (as opposed to JSON with a wrong value). */
export class JsonTextError extends InputError {
  override name = 'JsonTextError';
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const QUOTE_MAX = 80;

/** A value as a short quote for messages: JSON, at most QUOTE_MAX characters. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'number' && !Number.isFinite(value)
        ? String(value)
        : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

const pathOf = (issue: v.BaseIssue<unknown>, at: string): string =>
  (issue.path ?? [])
    .map((p) => p.key)
    .reduce<string>(
      (acc, key) =>
        typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
      at,
    );

/** The first issue as one line; `at` is the path of the value inside a larger input. */
export function describeIssue(
  issue: v.BaseIssue<unknown>,
  at = '',
): { field: string; message: string } {
  const field = pathOf(issue, at);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { field, message: `${field}: unknown key` };
  }
  if (issue.input === undefined && issue.path?.at(-1)?.origin === 'key') {
    return { field, message: `${field}: is missing` };
  }
  const what = field || 'the value';
  // Messages written in the schemas are sentences; valibot's own start with "Invalid".
  const text = /^Invalid /.test(issue.message)
    ? `has the wrong type (${issue.expected ?? 'value'} expected)`
    : issue.message;
  // A bad primitive is quoted; an object is described by the message itself.
  const got =
    typeof issue.input === 'object' && issue.input !== null ? '' : ` (got ${quote(issue.input)})`;
  return { field, message: `${what}: ${text}${got}` };
}

/** Walks a parsed value: refuses forbidden keys and nesting deeper than `maxDepth`. */
export function checkShape(value: unknown, maxDepth: number, path = '', depth = 0): void {
  if (typeof value !== 'object' || value === null) return;
  if (ArrayBuffer.isView(value)) return;
  if (depth >= maxDepth) {
    throw new InputError(`${path || 'the value'}: nested deeper than ${maxDepth} levels`, path);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      checkShape(value[i], maxDepth, `${path}[${i}]`, depth + 1);
    return;
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) throw new InputError(`${at}: key "${key}" is not allowed`, at);
    checkShape((value as Record<string, unknown>)[key], maxDepth, at, depth + 1);
  }
}

/** Nesting depth of JSON text (brackets outside strings), without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Jump to the closing quote: one indexOf per string, however long (run files hold MBs).
      let end = text.indexOf('"', i + 1);
      while (end > 0) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) return max; // unterminated: JSON.parse will say so
      i = end;
    } else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

export interface ParseOptions {
  /** Deepest nesting the schema allows (objects and arrays count one level each). */
  maxDepth: number;
  /** Prefixes messages: "the link", "the bank file" (none for the CLI's own input). */
  what?: string;
  /** Path of the value inside a larger input (fields are named from there). */
  at?: string;
}

/**
 * Validates `value` against `schema`; returns the typed output or throws InputError with one
 * line about the first problem.
 */
export function parseInput<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  opts: ParseOptions,
): v.InferOutput<S> {
  const prefix = opts.what ? `${opts.what}: ` : '';
  try {
    checkShape(value, opts.maxDepth, opts.at ?? '');
  } catch (err) {
    if (err instanceof InputError) throw new InputError(prefix + err.message, err.field);
    throw err;
  }
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return r.output;
  const { field, message } = describeIssue(r.issues[0], opts.at ?? '');
  throw new InputError(prefix + message, field);
}

/** JSON text → value, refusing text over `maxBytes` or nested past `maxDepth` before parsing. */
export function parseJsonText(
  text: string,
  opts: { maxBytes: number; maxDepth: number; what?: string },
): unknown {
  const prefix = opts.what ? `${opts.what}: ` : '';
  if (text.length > opts.maxBytes) {
    throw new InputError(`${prefix}larger than ${opts.maxBytes} bytes`);
  }
  const depth = jsonDepth(text);
  if (depth > opts.maxDepth) {
    throw new InputError(
      `${prefix}nested ${depth} levels deep, more than the ${opts.maxDepth} allowed`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new JsonTextError(
      `${prefix}not valid JSON (${(e as Error).message.slice(0, QUOTE_MAX)})`,
    );
  }
}
