/**
 * View flags: how the page is shown, not what it computes. They travel in the address and in share
 * links after the route, and this module is the one place that reads and writes them:
 *   student=1               simplified view (no bank editor, no advanced model controls)
 *   presenter=1             presenter view (large type, controls in a drawer, the stage full width)
 *   lesson=<id>.<step>      the open lesson and its step, 1-based in the address (lesson=basics.4)
 * A bad value is ignored and reported as a problem naming the flag; the rest still apply.
 */
import * as v from 'valibot';
import { oneOf, token } from '../../schema/fields';
import { InputError, parseInput } from '../../schema/parse';
import type { LessonAt } from '../../store/ui-slice';

export interface ViewFlags {
  /** Simplified view: no bank editor, no advanced model controls. */
  student: boolean;
  /** Presenter view: large type, high contrast, controls in a drawer. */
  presenter: boolean;
  /** The open lesson and its step (0-based here; 1-based in the address), or null. */
  lesson: LessonAt | null;
}

export const NO_FLAGS: ViewFlags = { student: false, presenter: false, lesson: null };

/** Highest lesson step an address may name (1-based). */
export const LESSON_STEP_MAX = 99;

const onOff = () =>
  v.pipe(
    oneOf(['1', 'true', '0', 'false']),
    v.transform((s) => s === '1' || s === 'true'),
  );

const lessonFlag = () =>
  v.pipe(
    token(
      /^[a-z0-9-]{1,40}\.[1-9][0-9]?$/,
      43,
      `a lesson id (a-z, 0-9, -, at most 40) and a step from 1 to ${LESSON_STEP_MAX}, like basics.4`,
    ),
    v.transform((s): LessonAt => {
      const dot = s.lastIndexOf('.');
      return { id: s.slice(0, dot), step: Number(s.slice(dot + 1)) - 1 };
    }),
  );

const SCHEMAS = { student: onOff, presenter: onOff, lesson: lessonFlag } as const;
type FlagKey = keyof typeof SCHEMAS;
const KEYS = Object.keys(SCHEMAS) as FlagKey[];

export interface FlagsRead {
  /** Only the flags the query names with a valid value. */
  given: Partial<ViewFlags>;
  /** One line per flag that was present but invalid (and so ignored). */
  problems: string[];
}

/** Reads the flags in a query (the part after "?" in the hash, or an older link's hash). */
export function readViewFlags(query: string | URLSearchParams): FlagsRead {
  const q = typeof query === 'string' ? new URLSearchParams(query.replace(/^#/, '')) : query;
  const given: Partial<ViewFlags> = {};
  const problems: string[] = [];
  for (const key of KEYS) {
    const raw = q.get(key);
    if (raw === null) continue;
    try {
      const value = parseInput(SCHEMAS[key](), raw, { maxDepth: 1, at: key });
      Object.assign(given, { [key]: value });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(err.message);
    }
  }
  return { given, problems };
}

/** The flags a query sets, defaults for the rest. */
export const withDefaults = (given: Partial<ViewFlags>): ViewFlags => ({ ...NO_FLAGS, ...given });

/** The flags as query parameters (only those that are on), e.g. "presenter=1&lesson=basics.4". */
export function flagsQuery(flags: Partial<ViewFlags> = {}): string {
  const parts: string[] = [];
  if (flags.student) parts.push('student=1');
  if (flags.presenter) parts.push('presenter=1');
  if (flags.lesson) parts.push(`lesson=${flags.lesson.id}.${flags.lesson.step + 1}`);
  return parts.join('&');
}

/** The current flags of the interface state. */
export const flagsOf = (ui: ViewFlags): ViewFlags => ({
  student: ui.student,
  presenter: ui.presenter,
  lesson: ui.lesson,
});

export const sameFlags = (a: ViewFlags, b: ViewFlags): boolean => flagsQuery(a) === flagsQuery(b);
