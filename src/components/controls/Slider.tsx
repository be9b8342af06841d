/** A labelled range input with its value shown next to it. */
export interface SliderProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  /** How the value is shown (defaults to the number itself). */
  display?: (value: number) => string;
  disabled?: boolean;
  hint?: string;
}

export function Slider({
  label,
  min,
  max,
  step,
  value,
  onChange,
  display,
  disabled,
  hint,
}: SliderProps) {
  const shown = display ? display(value) : String(value);
  return (
    <label className="control" title={hint}>
      <span className="control-label">{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={shown}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output className="control-value">{shown}</output>
    </label>
  );
}
