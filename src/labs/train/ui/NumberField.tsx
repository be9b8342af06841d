/**
 * A labelled integer (or decimal) input that keeps what is being typed: a value inside [min, max]
 * is committed at once, anything else on blur or Enter (the store clamps it), so typing "20" never
 * passes through a clamped "2".
 */
import { useState, type KeyboardEvent } from 'react';

export interface NumberFieldProps {
  label: string;
  /** Accessible name when the visible label is short (e.g. "Run 1: power n"). */
  ariaLabel?: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  /** Shown when the value is null (e.g. the default temperature). */
  placeholder?: string;
  /** Allows an empty field (commits null). */
  optional?: boolean;
  integer?: boolean;
  disabled?: boolean;
  hint?: string;
  onChange: (value: number | null) => void;
}

export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step = 1, placeholder, optional, integer = true } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : String(value));

  const parse = (text: string): number | null | undefined => {
    if (text.trim() === '') return optional ? null : undefined;
    const v = Number(text);
    if (!Number.isFinite(v)) return undefined;
    return integer ? Math.round(v) : v;
  };
  const commit = (text: string) => {
    const v = parse(text);
    if (v !== undefined) props.onChange(v);
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit(e.currentTarget.value);
  };

  return (
    <label className="control number-field" title={props.hint}>
      <span className="control-label">{label}</span>
      <input
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={shown}
        placeholder={placeholder}
        aria-label={props.ariaLabel}
        disabled={props.disabled}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = parse(text);
          if (v === null || (v !== undefined && v >= min && v <= max)) props.onChange(v);
        }}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
