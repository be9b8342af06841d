/**
 * The DAM Playground command line, on the same core as the app.
 *
 *   npm run --silent dam -- retrieve [--input case.json] [--time-limit 60]
 *   npm run --silent dam -- train --n 3 --epochs 5 --K 100 --seed 1 [--subset 1000] [--out f.json]
 *
 * retrieve prints one JSON object {"final", "converged", "steps", "energies"} (retrieve-command.ts);
 * train prints one JSON line per epoch (train-command.ts). Every error is exactly one line on
 * stderr: exit status 2 for a malformed command line, 1 for bad input or a failed run.
 */
import { quote } from '../schema/parse';
import { errorMessage } from '../core/util/error-message';
import { UsageError } from './flags';
import { RETRIEVE_USAGE, retrieveCommand } from './retrieve-command';
import { TRAIN_USAGE, trainCommand } from './train-command';

const USAGE = [
  RETRIEVE_USAGE,
  TRAIN_USAGE,
  'Errors are one line on stderr; exit status 2: bad command line, 1: bad input or failed run.',
].join('\n');

const TRY = '(try: dam retrieve --input case.json, or dam train --help)';

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

async function run(command: string | undefined, rest: string[]): Promise<void> {
  const print = (line: string): void => void process.stdout.write(line + '\n');
  if (command === '--help' || command === '-h' || command === 'help') return print(USAGE);
  if (command === 'retrieve') {
    return print(wantsHelp(rest) ? RETRIEVE_USAGE : await retrieveCommand(rest, process.stdin));
  }
  if (command === 'train') return wantsHelp(rest) ? print(TRAIN_USAGE) : trainCommand(rest, print);
  throw new UsageError(
    `${command ? `unknown command ${quote(command)}` : 'no command given'} ${TRY}`,
  );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    await run(command, rest);
    return 0;
  } catch (e) {
    // One line whatever was thrown: messages from deeper code may hold line breaks.
    process.stderr.write(`dam: ${errorMessage(e).replace(/\s*\n\s*/g, ' ')}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
