/**
 * The capacity part of README.md's "Command line" section, docs/capacity/grid-example.json and the
 * Kubernetes manifests match the code: the example grid parses, the README and the ConfigMap hold
 * exactly that grid, every documented command line is accepted, the Job's completions equal the
 * m of its --shard, and the README's example output is what the command prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandGrid } from '../src/core/capacity/grid';
import { parseGridText } from '../src/schema/capacity';
import { parseCapacityArgs } from '../src/cli/capacity-flags';
import { parseMergeArgs } from '../src/cli/merge-command';
import { dam } from '../src/cli/run-cli';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('### Capacity'), readme.indexOf('## Numerics'));
const example = readFileSync('docs/capacity/grid-example.json', 'utf8');
const job = readFileSync('docs/capacity/job.yaml', 'utf8');
const mergeJob = readFileSync('docs/capacity/merge-job.yaml', 'utf8');

/** The fenced blocks of a language in the section, in order. */
const blocks = (lang: string) =>
  [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

/** `npm run --silent dam -- <cmd> …` lines of a text, as argument lists after the `--` (up to a
 *  shell redirection). */
const commands = (text: string, cmd: string) =>
  [...text.matchAll(new RegExp(`npm run --silent dam -- ${cmd} (.*)`, 'g'))].map((m) =>
    m[1]
      .split(/\s[>|]\s/)[0]
      .trim()
      .split(/\s+/),
  );

/** The Job's command list (`- item` lines under `command:`), joined as a command line. */
function jobCommand(yaml: string): string[] {
  const lines = yaml.split('\n');
  const at = lines.findIndex((l) => /^\s+command:$/.test(l));
  const items: string[] = [];
  for (const l of lines.slice(at + 1)) {
    const m = /^\s+- (.*)$/.exec(l);
    if (!m) break;
    items.push(m[1].replace(/^'(.*)'$/, '$1'));
  }
  return items;
}

const num = (re: RegExp) => Number(re.exec(job)?.[1]);

describe('README capacity section and docs/capacity', () => {
  it('the example grid parses (10 points) and the README and the ConfigMap hold exactly it', () => {
    const grid = parseGridText(example);
    expect(expandGrid(grid)).toHaveLength(10);
    expect(blocks('json')).toContain(example);
    const configMap = /grid\.json: \|\n((?: {4}.*\n)+)/.exec(job)![1].replace(/^ {4}/gm, '');
    expect(JSON.parse(configMap)).toEqual(JSON.parse(example));
  });

  it('the Indexed Job runs every shard: completions = m of --shard $(JOB_COMPLETION_INDEX)/m', () => {
    expect(job).toMatch(/completionMode: Indexed/);
    const completions = num(/completions: (\d+)/);
    expect(num(/parallelism: (\d+)/)).toBeLessThanOrEqual(completions);
    const argv = jobCommand(job);
    expect(argv.slice(0, 5)).toEqual(['npm', 'run', '--silent', 'dam', '--']);
    const line = argv.slice(5).join(' ');
    expect(commands(section, 'capacity').map((a) => a.join(' '))).toContain(
      line.replace(/^capacity /, ''),
    );
    expect(line).toContain(
      `--config /config/grid.json --shard $(JOB_COMPLETION_INDEX)/${completions} ` +
        '--out /out/shard-$(JOB_COMPLETION_INDEX).jsonl',
    );
    for (let k = 0; k < completions; k++) {
      const a = parseCapacityArgs(
        argv.slice(6).map((x) => x.replace(/\$\(JOB_COMPLETION_INDEX\)/g, String(k))),
      );
      expect(a).toMatchObject({ mode: 'grid', shard: { k, m: completions } });
    }
    expect(mergeJob).toMatch(/configMap: \{ name: dam-capacity-grid \}/);
    expect(mergeJob).toMatch(/claimName: dam-capacity-out/);
  });

  it('accepts every documented command line', () => {
    const capacity = commands(section, 'capacity');
    expect(capacity.length).toBeGreaterThanOrEqual(3);
    for (const args of capacity) {
      expect(() =>
        parseCapacityArgs(args.map((x) => x.replace(/\$\(JOB_COMPLETION_INDEX\)/g, '0'))),
      ).not.toThrow();
    }
    const merge = [...commands(section, 'merge'), ...commands(mergeJob, 'merge')];
    expect(merge.length).toBeGreaterThanOrEqual(2);
    for (const args of merge) expect(parseMergeArgs(args).config).toBe('/config/grid.json');
  });

  it('shows the output the point command prints', async () => {
    const [args] = commands(section, 'capacity');
    const r = await dam(['capacity', ...args]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    const shown = JSON.parse(blocks('json')[0]);
    expect(Object.keys(shown)).toEqual(Object.keys(got));
    expect(got.kMax).toEqual(shown.kMax);
    expect(got.k50).toBeCloseTo(shown.k50, 3);
    expect(got.kMaxTrials.slice(0, shown.kMaxTrials.length)).toEqual(shown.kMaxTrials);
    expect(got.spec).toMatchObject(shown.spec);
    expect(got.pool.reached.slice(0, 5)).toEqual(shown.pool.reached);
    expect(got.censored).toBe(shown.censored);
    expect(got.search).toBe(shown.search);
  });
});
