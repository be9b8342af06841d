/**
 * A labelled list of numbers ("32, 45, 64"), committed on blur or Enter; text that is not a list
 * of numbers stays in the field with the reason beside it, and the set-up keeps its old values.
 */
import { useId, useState, type ReactNode } from 'react';
import { listText, parseList } from './number-list';

export interface ListInputProps {
  label: ReactNode;
  /** Accessible name when the visible label is short. */
  ariaLabel?: string;
  values: readonly number[] | undefined;
  integer: boolean;
  placeholder?: string;
  onChange: (values: number[]) => void;
}

export function ListInput(props: ListInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = (text: string) => {
    const parsed = parseList(text, props.integer);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    setDraft(null);
    props.onChange(parsed);
  };
  return (
    <div className="control list-input">
      <label className="control-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={props.ariaLabel}
        aria-invalid={problem ? true : undefined}
        placeholder={props.placeholder}
        value={draft ?? listText(props.values)}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      {problem && <span className="error list-problem">{problem}</span>}
    </div>
  );
}
