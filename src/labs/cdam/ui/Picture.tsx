/** The CDAM lab in the lab index: memories on a ring, the cue lit and its neighbours half lit. */
export function CdamPicture() {
  const n = 8;
  const pts = Array.from({ length: n }, (_, k) => ({
    x: 66 + 24 * Math.cos((2 * Math.PI * k) / n - Math.PI / 2),
    y: 30 + 24 * Math.sin((2 * Math.PI * k) / n - Math.PI / 2),
    c: k === 0 ? '#b2182b' : k === 1 || k === n - 1 ? '#ef8a62' : '#f7f7f7',
  }));
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      <circle cx="66" cy="30" r="24" fill="none" stroke="#222" strokeWidth="1.5" />
      {pts.map((p, k) => (
        <circle key={k} cx={p.x} cy={p.y} r="5" fill={p.c} stroke="#222" />
      ))}
    </svg>
  );
}
