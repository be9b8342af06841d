/** The census lab in the lab index: stable states sorted into five classes, as bars. */
export function CensusPicture() {
  const bars = [
    { c: '#009E73', w: 30 },
    { c: '#0072B2', w: 62 },
    { c: '#56B4E9', w: 44 },
    { c: '#E69F00', w: 24 },
    { c: '#D55E00', w: 96 },
  ];
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      <path d="M18 4 V56" fill="none" stroke="#222" strokeWidth="1.5" />
      {bars.map((b, i) => (
        <g key={b.c}>
          <rect x="20" y={5 + i * 10.5} width={b.w} height="8" fill={b.c} />
          <rect x="4" y={5 + i * 10.5} width="8" height="8" fill="none" stroke={b.c} />
        </g>
      ))}
    </svg>
  );
}
