/**
 * `dam retrieve`: reads one JSON case (src/schema/retrieve-case.ts) from --input or standard
 * input, runs it through the core's dynamics and returns {"final", "converged", "steps",
 * "energies"} as one JSON line. Stops at --time-limit; refuses to print a non-finite number.
 */
import type { DynamicsResult } from '../core/dynamics/retrieve';
import { runDynamics } from '../core/dynamics/retrieve';
import { retrieveCaseFromJson } from '../schema/retrieve-case';
import { parseFlags, UsageError } from './flags';
import { MAX_INPUT_BYTES, readFileCapped, readStreamCapped } from './read-input';
import { parseTimeLimit, startDeadline, TimeLimitError } from './time-limit';

export const RETRIEVE_USAGE =
  'usage: dam retrieve [--input case.json] [--time-limit 60]   (reads standard input without --input)';

/** The result as JSON, or an Error when any number in it is not finite (JSON would print null). */
export function resultJson(r: Pick<DynamicsResult, 'final' | 'converged' | 'steps' | 'energies'>) {
  const bad = (values: ArrayLike<number>, name: string) => {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        throw new Error(
          `the run produced a non-finite number (${name}[${i}] = ${values[i]}); no result printed`,
        );
      }
    }
  };
  bad(r.final, 'final');
  bad(r.energies, 'energies');
  return JSON.stringify({
    final: Array.from(r.final),
    converged: r.converged,
    steps: r.steps,
    energies: r.energies,
  });
}

export async function retrieveCommand(
  args: string[],
  stdin: NodeJS.ReadableStream & { isTTY?: boolean },
): Promise<string> {
  const flags = parseFlags(args, ['input', 'time-limit']);
  const deadline = startDeadline(parseTimeLimit(flags.get('time-limit')));
  const path = flags.get('input');
  if (path === undefined && stdin.isTTY) {
    throw new UsageError('no --input given and nothing on standard input');
  }
  const text =
    path === undefined
      ? await readStreamCapped(stdin, MAX_INPUT_BYTES, 'standard input')
      : await readFileCapped(path, MAX_INPUT_BYTES);
  const c = retrieveCaseFromJson(text, MAX_INPUT_BYTES);
  let stopped = false;
  const r = runDynamics(c.spec, c.memories, c.state, c.dynamics, {
    shouldStop: () => (stopped = deadline.expired()),
  });
  // The deadline can also pass right after the last step; only an unfinished run was stopped.
  if (stopped && !r.converged && r.steps < c.dynamics.maxSteps) {
    throw new TimeLimitError(
      `${deadline.stopped}: ${r.steps} of at most ${c.dynamics.maxSteps} steps done; no result printed`,
    );
  }
  return resultJson(r);
}
