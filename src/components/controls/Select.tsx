/** A labelled <select> over a fixed list of string options, with an optional "what's this?". */
import { useId } from 'react';
import { Term } from '../../shell/ui/Term';

export interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Glossary id for a "what's this?" after the label. */
  term?: string;
}

export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  term,
}: SelectProps<T>) {
  const id = useId();
  return (
    <div className="control">
      <span className="control-label">
        <label htmlFor={id}>{label}</label>
        {term && <Term id={term} />}
      </span>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
