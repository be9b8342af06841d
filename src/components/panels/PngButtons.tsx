/**
 * One "PNG: …" button per figure of a lab's page: each finds its figure by selector and writes
 * it as `${prefix}-${id}.png`; a figure not on the page yet or a failed write is a notice.
 */
import { exportPng } from '../../shell/files/download';
import { useDamStore } from '../../store';

export interface PngFigure {
  id: string;
  label: string;
  /** The element to write: an svg, or a box of images. */
  selector: string;
}

export function PngButtons({ figures, prefix }: { figures: PngFigure[]; prefix: string }) {
  const fail = (err: unknown) =>
    useDamStore.getState().notify(`The PNG could not be written: ${String(err)}`, 'error');
  return (
    <div className="button-row">
      {figures.map((f) => (
        <button
          key={f.id}
          type="button"
          onClick={() => {
            const el = document.querySelector(f.selector);
            if (el) exportPng(el, `${prefix}-${f.id}.png`).catch(fail);
            else fail('that figure is not on the page yet');
          }}
        >
          PNG: {f.label}
        </button>
      ))}
    </div>
  );
}
