/**
 * XOR as a live exhibit (Krotov & Hopfield 2016; models.md §2.4): three neurons (x₁, x₂, y), the
 * four truth-table rows as memories, x₁ and x₂ clamped. The field on y — the energy difference
 * that decides its sign — is computed by the core for the chosen n: exactly 0 at n = 2 (XOR
 * cannot be computed), ±48 with the right sign at n = 3. Each input tried tells the lesson.
 */
import { Segmented } from '../../../components/controls/Segmented';
import { useEffect, useState } from 'react';
import { neuronField } from '../../../core/dynamics/binary-update';
import type { Patterns } from '../../../core/dynamics/types';
import { lessonEvent } from '../../../shell/lessons/events';

const XOR: Patterns = {
  count: 4,
  dim: 3,
  data: Float32Array.from([-1, -1, -1, -1, 1, 1, 1, -1, 1, 1, 1, -1]),
};

const POWERS = [
  { value: 2 as const, label: 'n = 2' },
  { value: 3 as const, label: 'n = 3' },
];

const sign = (v: number) => (v > 0 ? '+1' : '−1');

export function XorExhibit() {
  const [n, setN] = useState<2 | 3>(2);
  const [x, setX] = useState<[number, number]>([-1, -1]);
  const [touched, setTouched] = useState(false);
  const field = neuronField({ energy: 'polynomial', n, beta: 1 }, XOR, [x[0], x[1], -1], 2);
  const y = field === 0 ? null : field > 0 ? 1 : -1;
  useEffect(() => {
    if (touched) lessonEvent(`xor:${n}:${x[0]},${x[1]}`);
  }, [n, x, touched]);
  const flip = (i: 0 | 1) => {
    setTouched(true);
    setX((v) => (i === 0 ? [-v[0], v[1]] : [v[0], -v[1]]));
  };
  return (
    <figure className="xor" aria-label="XOR exhibit">
      <Segmented
        label="XOR exhibit: interaction power"
        options={POWERS}
        value={n}
        onChange={(k) => {
          setTouched(true);
          setN(k);
        }}
      />
      <div className="xor-row">
        <button
          type="button"
          onClick={() => flip(0)}
          aria-label={`Input x1 is ${sign(x[0])}: flip it`}
        >
          x₁ = {sign(x[0])}
        </button>
        <button
          type="button"
          onClick={() => flip(1)}
          aria-label={`Input x2 is ${sign(x[1])}: flip it`}
        >
          x₂ = {sign(x[1])}
        </button>
        <output aria-label="Output y">y = {y === null ? 'stays put' : sign(y)}</output>
      </div>
      <figcaption role="status">
        Field on y: <b>{field}</b>
        {y === null
          ? ' — exactly zero: y never moves, n = 2 cannot compute XOR.'
          : y === -x[0] * x[1]
            ? ` — y = ${sign(y)}, which is x₁ XOR x₂ (+1 is true).`
            : ` — y = ${sign(y)}, not XOR.`}
      </figcaption>
    </figure>
  );
}
