/** A row (or column) of buttons acting as one radio group: the segmented control every panel uses. */
export interface SegmentedProps<T extends string | number | boolean> {
  /** Accessible name of the group (or `labelledBy`, the id of a visible label). */
  label?: string;
  labelledBy?: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  vertical?: boolean;
}

export function Segmented<T extends string | number | boolean>({
  label,
  labelledBy,
  options,
  value,
  onChange,
  vertical,
}: SegmentedProps<T>) {
  return (
    <div
      className={vertical ? 'segmented vertical' : 'segmented'}
      role="radiogroup"
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {options.map((o) => (
        <button
          key={String(o.value)}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          className={value === o.value ? 'on' : ''}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
