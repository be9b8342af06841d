/** A labelled range input with its value shown next to it, and an optional "what's this?". */
import { useId } from 'react';
import { Term } from '../../shell/ui/Term';

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
  /** Glossary id for a "what's this?" after the label. */
  term?: string;
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
  term,
}: SliderProps) {
  const id = useId();
  const shown = display ? display(value) : String(value);
  return (
    <div className="control" title={hint}>
      <span className="control-label">
        <label htmlFor={id}>{label}</label>
        {term && <Term id={term} />}
      </span>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={shown}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output className="control-value" htmlFor={id}>
        {shown}
      </output>
    </div>
  );
}
