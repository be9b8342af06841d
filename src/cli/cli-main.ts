/**
 * The `dam` command line as a function: arguments, standard input and two output sinks in, the
 * exit status out. dam.ts hands it the real process; tests call it in-process (run-cli.ts).
 * Every error is exactly one line on stderr: 2 for a malformed command line, 1 for bad input or
 * a failed run.
 */
import { quote } from '../schema/parse';
import { errorMessage } from '../core/util/error-message';
import { CAPACITY_USAGE } from './capacity-flags';
import { capacityCommand } from './capacity-command';
import { CDAM_USAGE } from './cdam-flags';
import { cdamCommand } from './cdam-command';
import { CENSUS_USAGE } from './census-flags';
import { censusCommand } from './census-command';
import { FEATURES_USAGE } from './features-flags';
import { featuresCommand } from './features-command';
import { KERNEL_USAGE } from './kernel-flags';
import { kernelCommand } from './kernel-command';
import { UsageError } from './flags';
import { MERGE_USAGE, mergeCommand } from './merge-command';
import { RETRIEVE_USAGE, retrieveCommand } from './retrieve-command';
import { TRAIN_USAGE, trainCommand } from './train-command';
import { TRAIN_TASKS_USAGE } from './train-tasks-flags';

/** What the command reads and writes: the process's streams, or stand-ins in a test. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const USAGE = [
  RETRIEVE_USAGE,
  TRAIN_USAGE,
  TRAIN_TASKS_USAGE,
  CAPACITY_USAGE,
  CENSUS_USAGE,
  FEATURES_USAGE,
  KERNEL_USAGE,
  CDAM_USAGE,
  MERGE_USAGE,
  'Errors are one line on stderr; exit status 2: bad command line, 1: bad input or failed run.',
].join('\n');

const TRY = '(try: dam retrieve --input case.json, or dam --help)';

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

async function run(command: string | undefined, rest: string[], io: CliIo): Promise<void> {
  const print = (line: string): void => void io.stdout.write(line + '\n');
  if (command === '--help' || command === '-h' || command === 'help') return print(USAGE);
  if (command === 'retrieve') {
    return print(wantsHelp(rest) ? RETRIEVE_USAGE : await retrieveCommand(rest, io.stdin));
  }
  if (command === 'train') {
    return wantsHelp(rest)
      ? print(`${TRAIN_USAGE}\n${TRAIN_TASKS_USAGE}`)
      : trainCommand(rest, print);
  }
  if (command === 'capacity') {
    return wantsHelp(rest) ? print(CAPACITY_USAGE) : capacityCommand(rest, print);
  }
  if (command === 'census') {
    return wantsHelp(rest) ? print(CENSUS_USAGE) : censusCommand(rest, print);
  }
  if (command === 'features') {
    return wantsHelp(rest) ? print(FEATURES_USAGE) : featuresCommand(rest, print);
  }
  if (command === 'kernel') {
    return wantsHelp(rest) ? print(KERNEL_USAGE) : kernelCommand(rest, print);
  }
  if (command === 'cdam') {
    return wantsHelp(rest) ? print(CDAM_USAGE) : cdamCommand(rest, print);
  }
  if (command === 'merge') return wantsHelp(rest) ? print(MERGE_USAGE) : mergeCommand(rest, print);
  throw new UsageError(
    `${command ? `unknown command ${quote(command)}` : 'no command given'} ${TRY}`,
  );
}

/** Runs `dam <argv…>` and returns its exit status; never throws. */
export async function damMain(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    await run(command, rest, io);
    return 0;
  } catch (e) {
    // One line whatever was thrown: messages from deeper code may hold line breaks.
    io.stderr.write(`dam: ${errorMessage(e).replace(/\s*\n\s*/g, ' ')}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
