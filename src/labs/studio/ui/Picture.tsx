/** The studio in the lab index: a noisy cue, an arrow, the clean memory it falls into. */
const CUE = [
  '..####..',
  '.#...##.',
  '....#.#.',
  '..###...',
  '.#...#.#',
  '#....##.',
  '.#.##...',
  '..#..#..',
];
const MEMORY = [
  '..####..',
  '.#....#.',
  '......#.',
  '...###..',
  '......#.',
  '......#.',
  '.#....#.',
  '..####..',
];

function Grid({ rows, x }: { rows: string[]; x: number }) {
  return (
    <g transform={`translate(${x} 6)`}>
      <rect width="48" height="48" fill="#fff" stroke="#999" />
      {rows.flatMap((row, r) =>
        [...row].map((c, k) =>
          c === '#' ? (
            <rect key={`${r}-${k}`} x={k * 6} y={r * 6} width="6" height="6" fill="#222" />
          ) : null,
        ),
      )}
    </g>
  );
}

export function StudioPicture() {
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      <Grid rows={CUE} x={4} />
      <path d="M58 30 h16 m-6 -6 l6 6 l-6 6" stroke="#E69F00" strokeWidth="3" fill="none" />
      <Grid rows={MEMORY} x={80} />
    </svg>
  );
}
