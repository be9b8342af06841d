/** The training lab in the lab index: a grid of learned memories (PuOr heatmaps) and a falling error. */
const TILES = [
  '#b35806',
  '#f1a340',
  '#fee0b6',
  '#d8daeb',
  '#998ec3',
  '#542788',
  '#fee0b6',
  '#542788',
  '#f1a340',
  '#998ec3',
  '#b35806',
  '#d8daeb',
];

export function TrainPicture() {
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      {TILES.map((c, i) => (
        <rect
          key={i}
          x={4 + (i % 6) * 11}
          y={8 + Math.floor(i / 6) * 22}
          width="10"
          height="20"
          fill={c}
        />
      ))}
      <path d="M76 10 C 86 40, 96 48, 128 52" stroke="#0072B2" strokeWidth="3" fill="none" />
      <path d="M76 56 H128 M76 56 V6" stroke="#666" strokeWidth="1" fill="none" />
    </svg>
  );
}
