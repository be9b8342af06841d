/** The capacity lab in the lab index: K_max against N on log–log axes, three rising lines. */
export function CapacityPicture() {
  const lines = [
    { c: '#E69F00', pts: '12,46 40,42 68,38 96,34 124,30' },
    { c: '#0072B2', pts: '12,44 40,34 68,25 96,16 124,8' },
    { c: '#009E73', pts: '12,40 40,24 68,8' },
  ];
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      <path d="M6 4 V54 H128" fill="none" stroke="#222" strokeWidth="1.5" />
      <path d="M12 50 L124 18" fill="none" stroke="#777" strokeDasharray="4 3" />
      {lines.map((l) => (
        <g key={l.c}>
          <polyline points={l.pts} fill="none" stroke={l.c} strokeWidth="2" />
          {l.pts.split(' ').map((p) => {
            const [x, y] = p.split(',');
            return <circle key={p} cx={x} cy={y} r="3" fill={l.c} />;
          })}
        </g>
      ))}
    </svg>
  );
}
