/** The random seed: an integer input plus a button that moves to the next seed. */
export interface SeedInputProps {
  value: number;
  onChange: (seed: number) => void;
  /** The field's name where a panel has more than one seed ("Task seed"); default "Seed". */
  label?: string;
}

const MAX_SEED = 2 ** 32 - 1;

export function SeedInput({ value, onChange, label = 'Seed' }: SeedInputProps) {
  return (
    <div className="control seed">
      <label className="seed-label">
        <span className="control-label">{label}</span>
        <input
          type="number"
          min={0}
          max={MAX_SEED}
          step={1}
          value={value}
          onChange={(e) => {
            const v = Math.trunc(Number(e.currentTarget.value));
            if (Number.isFinite(v) && v >= 0 && v <= MAX_SEED) onChange(v);
          }}
        />
      </label>
      <button
        type="button"
        className="secondary"
        aria-label={label === 'Seed' ? 'Next seed' : `Next seed: ${label.toLowerCase()}`}
        onClick={() => onChange(value >= MAX_SEED ? 0 : value + 1)}
      >
        Next seed
      </button>
    </div>
  );
}
