/**
 * The state of lane `lane` at the shown frame (or its cue, `at="start"`), clamped pixels tinted;
 * a canvas redrawn per frame.
 */
import { useRef } from 'react';
import { renderPatternImage, type PatternImage } from '../../../../charts/pattern-image';
import { current } from '../../app/history';
import { useLive } from './useLive';

export function LiveState(props: {
  lane: number;
  size: number;
  label: string;
  at?: 'cursor' | 'start';
}) {
  const { lane, size, label, at = 'cursor' } = props;
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<{ side: number; image: PatternImage } | null>(null);
  useLive((live) => {
    const l = live.lanes[lane];
    if (!box.current) return;
    const side = l?.side ?? 28;
    if (!handle.current || handle.current.side !== side) {
      handle.current?.image.destroy();
      handle.current = { side, image: renderPatternImage(box.current, { side, size, label }) };
    }
    if (!l) return handle.current.image.update(null, `${label}: not started`);
    const f = at === 'start' ? l.history.frames[0] : current(l.history);
    handle.current.image.update(f.state, `${label} at step ${f.t.toFixed(2)}`, l.clamp);
  });
  return <div ref={box} className="pattern-box" style={{ width: size, height: size }} />;
}
