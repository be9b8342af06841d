/** One memory's picture, drawn on a canvas from its source at the bank's grid size. */
import { useEffect, useRef } from 'react';
import { drawGrey } from '../charts/grey-thumb';
import { useDamStore } from '../../../../store';
import { resolveImage } from '../../../../shell/bank/bank';
import type { PatternSource } from '../../../../core/data/contracts';
import type { GreyImage } from '../../../../core/data/images';
import { useShell } from '../../../../shell/context';

export function BankThumb({
  source,
  size,
  px,
  label,
}: {
  source: PatternSource;
  size: number;
  px: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const ready = useDamStore((s) => s.dataset.status === 'ready');
  const { mnist } = useShell();
  useEffect(() => {
    if (!ref.current) return;
    const canDraw = source.kind !== 'mnist' || ready;
    let img: GreyImage | null;
    try {
      img = canDraw ? resolveImage(source, size, mnist.set()) : null;
    } catch {
      img = null; // e.g. an index outside the asset: draw blank paper
    }
    drawGrey(ref.current, img, size);
  }, [source, size, ready, mnist]);
  return (
    <canvas
      ref={ref}
      className="pattern-image"
      style={{ width: px, height: px }}
      role={label ? 'img' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : true}
    />
  );
}
