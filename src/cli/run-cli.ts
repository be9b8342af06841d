/**
 * Test helpers for the `dam` command line: `dam` runs it in-process through damMain with
 * stand-in streams (fast: no child start-up, no tsx compile), `damChild` runs it in a child
 * process exactly as a user would, through `npm run --silent dam`. Both collect the exit code
 * and the output.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { damMain } from './cli-main';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const root = join(import.meta.dirname, '..', '..');

/** `dam <args…>` in this process; `stdin` is standard input (empty when not given). */
export async function dam(args: string[], stdin?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await damMain(args, {
    stdin: Readable.from(stdin === undefined || stdin === '' ? [] : [stdin]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** `npm run --silent dam -- <args…>` in a child process, as a user would run it. */
export function damChild(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'dam', '--', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
