/** The kernel lab in the lab index: six memories spread over a sphere, an octahedron's corners. */
export function KernelPicture() {
  const pts = [
    { x: 66, y: 8, c: '#E69F00' },
    { x: 66, y: 52, c: '#0072B2' },
    { x: 44, y: 30, c: '#009E73' },
    { x: 88, y: 30, c: '#D55E00' },
    { x: 56, y: 38, c: '#CC79A7' },
    { x: 76, y: 22, c: '#56B4E9' },
  ];
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      <circle cx="66" cy="30" r="24" fill="none" stroke="#222" strokeWidth="1.5" />
      <ellipse cx="66" cy="30" rx="24" ry="7" fill="none" stroke="#222" strokeOpacity="0.5" />
      <path d="M66 8 L56 38 L66 52 L76 22 Z" fill="none" stroke="#222" strokeDasharray="3 2" />
      {pts.map((p) => (
        <circle key={p.c} cx={p.x} cy={p.y} r="3.5" fill={p.c} stroke="#fff" />
      ))}
    </svg>
  );
}
