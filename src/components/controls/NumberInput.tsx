/**
 * A labelled number input that keeps what is being typed: a value inside [min, max] is committed
 * at once; anything else waits for blur or Enter and is then clamped into range, so typing "20"
 * never passes through a clamped "2".
 */
import { useId, useState, type ReactNode } from 'react';

export interface NumberInputProps {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  disabled?: boolean;
  onChange: (value: number) => void;
}

export function NumberInput(props: NumberInputProps) {
  const { label, value, min, max, step = 1, integer = true } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const read = (text: string): number | null => {
    if (text.trim() === '') return null;
    const v = Number(text);
    if (!Number.isFinite(v)) return null;
    return integer ? Math.round(v) : v;
  };
  const commit = (text: string) => {
    const v = read(text);
    if (v !== null) props.onChange(Math.min(max, Math.max(min, v)));
    setDraft(null);
  };
  return (
    <div className="control number-input">
      <label className="control-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        disabled={props.disabled}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = read(text);
          if (v !== null && v >= min && v <= max) props.onChange(v);
        }}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
    </div>
  );
}
