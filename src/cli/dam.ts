/**
 * The DAM Playground command line, on the same core as the app.
 *
 *   npm run --silent dam -- retrieve [--input case.json]     (standard input without --input)
 *   npm run --silent dam -- train --n 3 --epochs 5 --K 100 --seed 1 [--subset 1000] [--out f.json]
 *
 * retrieve prints one JSON object {"final", "converged", "steps", "energies"}; train prints one
 * JSON line per epoch (see train-command.ts). On bad input either prints one line on stderr and
 * exits non-zero.
 */
import { readFileSync } from 'node:fs';
import { runDynamics } from '../core/dynamics/retrieve';
import { parseRetrieveCase } from './retrieve-input';
import { TRAIN_USAGE, TrainArgumentError, trainCommand } from './train-command';
import { errorMessage } from '../core/util/error-message';

const USAGE =
  'usage: dam retrieve [--input case.json]   (reads standard input without --input)\n' +
  TRAIN_USAGE;

class UsageError extends Error {}

function readInput(args: string[]): string {
  let path: string | undefined;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--input') {
      path = args[++k];
      if (!path) throw new UsageError('--input needs a file path');
    } else if (args[k].startsWith('--input=')) {
      path = args[k].slice('--input='.length);
    } else {
      throw new UsageError(`unknown argument "${args[k]}"`);
    }
  }
  if (path === undefined) {
    if (process.stdin.isTTY) throw new UsageError('no --input given and nothing on standard input');
    return readFileSync(0, 'utf8');
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      { cause: e },
    );
  }
}

function retrieveCommand(args: string[]): string {
  const c = parseRetrieveCase(readInput(args));
  const r = runDynamics(c.spec, c.memories, c.state, c.dynamics);
  return JSON.stringify({
    final: Array.from(r.final),
    converged: r.converged,
    steps: r.steps,
    energies: r.energies,
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'retrieve') {
      process.stdout.write(retrieveCommand(rest) + '\n');
      return 0;
    }
    if (command === 'train') {
      await trainCommand(rest, (line) => process.stdout.write(line + '\n'));
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    const message = errorMessage(e);
    process.stderr.write(`dam: ${message}${e instanceof UsageError ? `\n${USAGE}` : ''}\n`);
    return e instanceof UsageError || e instanceof TrainArgumentError ? 2 : 1;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
