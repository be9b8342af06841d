/**
 * A ring around the element a lesson step points at, kept on it while the page scrolls or
 * resizes (a fixed overlay that never takes the pointer). The element scrolls into view once.
 * It is drawn in <body>, outside the app's frame, so the presenter view's zoom does not move it
 * off its target; a hidden target (the presenter's closed controls drawer) gets no ring.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function Highlight({ selector }: { selector: string }) {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let frame = 0;
    let scrolled = false;
    const measure = () => {
      const el = document.querySelector(selector);
      if (!el) return setBox(null);
      if (!scrolled) {
        scrolled = true;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return setBox(null);
      setBox((b) =>
        b && b.top === r.top && b.left === r.left && b.width === r.width && b.height === r.height
          ? b
          : { top: r.top, left: r.left, width: r.width, height: r.height },
      );
    };
    // The target can appear, move or change size at any time (a panel opens, a run starts):
    // follow it each frame while the step is shown; the work is one getBoundingClientRect.
    const loop = () => {
      measure();
      frame = requestAnimationFrame(loop);
    };
    loop();
    return () => cancelAnimationFrame(frame);
  }, [selector]);
  if (!box) return null;
  return createPortal(
    <div
      className="lesson-highlight"
      aria-hidden="true"
      style={{
        top: box.top - 4,
        left: box.left - 4,
        width: box.width + 8,
        height: box.height + 8,
      }}
    />,
    document.body,
  );
}
