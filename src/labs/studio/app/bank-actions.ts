/** Bank changes that touch more than the bank: the grid size (drawing and cue follow it). */
import { useDamStore } from '../../../store';
import type { MemoryItem } from '../../../core/data/contracts';
import { resample } from '../../../core/data/images';

/**
 * Moves the bank, the drawing and the cue onto a size×size grid. Drawn or uploaded memories are
 * resampled, after asking (going back will not restore lost detail). Returns false if declined.
 */
export function changeGridSize(size: number, ask: (q: string) => boolean = confirm): boolean {
  const s = useDamStore.getState();
  if (size === s.bank.size) return true;
  const inline = s.bank.items.filter((it) => it.source.kind === 'inline').length;
  if (inline > 0 && !ask(`Resample ${inline} drawn or uploaded memories to ${size}×${size}?`)) {
    return false;
  }
  const items: MemoryItem[] = s.bank.items.map((it) =>
    it.source.kind === 'inline'
      ? { ...it, source: { kind: 'inline', image: resample(it.source.image, size) } }
      : it,
  );
  s.replaceBank(size, items);
  s.resizeDrawing(size);
  const { cue } = s;
  const occ = cue.occlude;
  s.setCue({
    clamp: cue.clamp && cue.clamp.length === size * size ? cue.clamp : null,
    occlude: occ && occ.x + occ.w <= size && occ.y + occ.h <= size ? occ : null,
  });
  return true;
}
