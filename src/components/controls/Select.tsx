/**
 * A labelled <select> over a fixed list of string options. The select is named by its label text
 * alone (aria-labelledby): a label wrapping a select would otherwise fold every option's text into
 * the name ("Digit0123456789").
 */
import { useId } from 'react';

export interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: SelectProps<T>) {
  const id = useId();
  return (
    <label className="control">
      <span className="control-label" id={id}>
        {label}
      </span>
      <select
        value={value}
        disabled={disabled}
        aria-labelledby={id}
        onChange={(e) => onChange(e.currentTarget.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
