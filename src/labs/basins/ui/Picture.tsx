/** The basins view in the lab index: a plane split into coloured basins around three memories. */
export function BasinsPicture() {
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      <rect x="4" y="4" width="124" height="52" fill="#56B4E9" />
      <path d="M4 4 H70 L58 30 L4 40 Z" fill="#E69F00" />
      <path d="M70 4 H128 V36 L58 30 Z" fill="#009E73" />
      <path d="M58 30 L128 36 V56 H40 Z" fill="#CC79A7" opacity="0.85" />
      {[
        [28, 18],
        [100, 16],
        [92, 46],
        [22, 50],
      ].map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r="4" fill="#fff" stroke="#222" strokeWidth="1.5" />
      ))}
    </svg>
  );
}
