/** Brush / Eraser choice of the drawing canvas (a two-button radio group), shared by the studio and the lab. */
import { Segmented } from '../controls/Segmented';

export function ToolToggle({
  erase,
  onChange,
}: {
  erase: boolean;
  onChange: (erase: boolean) => void;
}) {
  return (
    <Segmented
      label="Tool"
      options={[
        { value: false, label: 'Brush' },
        { value: true, label: 'Eraser' },
      ]}
      value={erase}
      onChange={onChange}
    />
  );
}
