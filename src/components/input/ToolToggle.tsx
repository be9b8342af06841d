/** Brush / Eraser choice of the drawing canvas (a two-button radio group), shared by the studio and the lab. */
export function ToolToggle({
  erase,
  onChange,
}: {
  erase: boolean;
  onChange: (erase: boolean) => void;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label="Tool">
      {[false, true].map((isEraser) => (
        <button
          key={String(isEraser)}
          type="button"
          role="radio"
          aria-checked={erase === isEraser}
          className={erase === isEraser ? 'on' : ''}
          onClick={() => onChange(isEraser)}
        >
          {isEraser ? 'Eraser' : 'Brush'}
        </button>
      ))}
    </div>
  );
}
