/** A slider over log10(value), for parameters such as β that span several decades. */
import { Slider } from './Slider';

export interface LogSliderProps {
  label: string;
  min: number;
  max: number;
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  hint?: string;
  term?: string;
}

/** Rounds 10^x to three significant digits so the value reads cleanly. */
const fromLog = (x: number) => Number((10 ** x).toPrecision(3));

export function formatBeta(v: number): string {
  return v >= 100
    ? v.toFixed(0)
    : v >= 0.01
      ? String(Number(v.toPrecision(3)))
      : v.toExponential(1);
}

export function LogSlider({
  label,
  min,
  max,
  value,
  onChange,
  disabled,
  hint,
  term,
}: LogSliderProps) {
  return (
    <Slider
      label={label}
      min={Math.log10(min)}
      max={Math.log10(max)}
      step={0.05}
      value={Math.log10(value)}
      onChange={(x) => onChange(fromLog(x))}
      display={(x) => formatBeta(fromLog(x))}
      disabled={disabled}
      hint={hint}
      term={term}
    />
  );
}
