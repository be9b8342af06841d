/** The bodies lab in the lab index: a visible layer and a hidden layer joined by two-body synapses. */
export function BodiesPicture() {
  const visible = [10, 22, 34, 46];
  const hidden = [16, 30, 44];
  return (
    <svg viewBox="0 0 132 60" width="132" height="60">
      {visible.map((y) =>
        hidden.map((h) => (
          <path key={`${y}-${h}`} d={`M24 ${y} L104 ${h}`} stroke="#999" strokeWidth="1" />
        )),
      )}
      {visible.map((y) => (
        <rect key={y} x="14" y={y - 5} width="10" height="10" fill="#0072B2" />
      ))}
      {hidden.map((y, i) => (
        <circle
          key={y}
          cx="110"
          cy={y}
          r="6"
          fill={i === 1 ? '#D55E00' : '#fff'}
          stroke="#D55E00"
        />
      ))}
    </svg>
  );
}
