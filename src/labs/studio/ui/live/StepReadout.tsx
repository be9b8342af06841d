/**
 * "t = 3.25 sweeps · 2,548 updates · flips: 4 since the last frame, 41 since the cue" for lane
 * `lane`, written straight to the DOM per frame. Softmax updates are continuous: no flips shown.
 */
import { useRef } from 'react';
import { Term } from '../../../../shell/ui/Term';
import { useLive } from './useLive';

const plural = (k: number) => `${k.toLocaleString('en')} flip${k === 1 ? '' : 's'}`;

export function StepReadout({ lane }: { lane: number }) {
  const el = useRef<HTMLSpanElement>(null);
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
    const flips =
      f.spec.energy === 'softmax'
        ? ''
        : ` · ${plural(f.flips)} since the last frame, ${plural(f.totalFlips)} since the cue`;
    el.current.textContent =
      `t = ${f.t.toFixed(2)} · ${f.updates.toLocaleString('en')} updates${flips}` +
      `${f.converged ? ' · settled' : ''}${behind}`;
    el.current.dataset.t = String(f.t);
    el.current.dataset.totalFlips = String(f.totalFlips);
  });
  return (
    <p className="readout">
      <span ref={el} data-testid={`readout-${lane}`} />{' '}
      <span className="muted">
        (<Term id="sweep">sweep</Term>, <Term id="flips">flips</Term>)
      </span>
    </p>
  );
}
