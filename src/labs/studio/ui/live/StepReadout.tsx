/** "t = 3.25 sweeps · 2,548 updates · 4 flips" for lane `lane`, written straight to the DOM per frame. */
import { useRef } from 'react';
import { useLive } from './useLive';

export function StepReadout({ lane }: { lane: number }) {
  const el = useRef<HTMLParagraphElement>(null);
  useLive((live) => {
    const l = live.lanes[lane];
    if (!el.current) return;
    if (!l) {
      el.current.textContent = 'not started';
      return;
    }
    const { frames, cursor } = l.history;
    const f = frames[cursor];
    const behind = cursor < frames.length - 1 ? ` · frame ${cursor + 1} of ${frames.length}` : '';
    el.current.textContent =
      `t = ${f.t.toFixed(2)} · ${f.updates.toLocaleString('en')} updates · ${f.flips} flip${f.flips === 1 ? '' : 's'}` +
      `${f.converged ? ' · settled' : ''}${behind}`;
    el.current.dataset.t = String(f.t);
  });
  return <p ref={el} className="readout" data-testid={`readout-${lane}`} />;
}
