/** One sentence saying what the final state is, relative to the stored digits. */
import type { RunResult } from '../../store/run-slice';

export function describeVerdict(r: RunResult): { tone: 'good' | 'warn' | 'bad'; text: string } {
  const v = r.verdict;
  const digit = (mu: number) => r.memoryLabels[mu];
  const cueDigit = digit(r.cueMemory);
  switch (v.kind) {
    case 'retrieved':
      return {
        tone: v.memory === r.cueMemory ? 'good' : 'warn',
        text:
          `Retrieved memory ${v.memory} (digit ${digit(v.memory)}), overlap ${v.overlap.toFixed(2)}` +
          (v.memory === r.cueMemory ? '' : ` — but the cue came from digit ${cueDigit}`),
      };
    case 'inverted':
      return {
        tone: 'warn',
        text: `Inverted memory ${v.memory} (digit ${digit(v.memory)}, colours swapped), overlap ${v.overlap.toFixed(2)}`,
      };
    case 'mixture':
      return {
        tone: 'warn',
        text: `Mixture of digits ${v.memories.map(digit).join(' + ')} (overlaps ${v.overlaps
          .map((o) => o.toFixed(2))
          .join(', ')})`,
      };
    case 'spurious':
      return {
        tone: 'bad',
        text: `Spurious state: nearest is digit ${digit(v.nearest)}, overlap ${v.overlap.toFixed(2)}`,
      };
  }
}

export function VerdictText({ result }: { result: RunResult }) {
  const { tone, text } = describeVerdict(result);
  return (
    <p className={`verdict ${tone}`} data-verdict={result.verdict.kind} role="status">
      {text}
    </p>
  );
}
