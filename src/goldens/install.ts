/**
 * With ?e2e=1, main.tsx loads this module by dynamic import (never in the production bundle)
 * and exposes `window.__damGoldens`: render(name) draws one chart from fixed data (charts.ts)
 * into a fixed-size stage above the app, with a fixed font and no transitions, for the chart
 * goldens in e2e/chart-goldens.spec.ts.
 */
import { CHARTS } from './charts';

declare global {
  interface Window {
    __damGoldens?: { names: () => string[]; render: (name: string) => string };
  }
}

const STAGE_ID = 'golden-stage';

function stage(): HTMLElement {
  document.getElementById(STAGE_ID)?.remove();
  // The app underneath stays out of the picture (nothing of it can show through or on top).
  // A stage of fractional height rounds up to a row of the page background: make it white too.
  document.body.style.setProperty('background', '#ffffff');
  for (const child of document.body.children) {
    if (child instanceof HTMLElement) child.style.setProperty('visibility', 'hidden');
  }
  const el = document.createElement('div');
  el.id = STAGE_ID;
  Object.assign(el.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    zIndex: '2147483647',
    width: '520px',
    minHeight: '40px',
    padding: '8px',
    boxSizing: 'border-box',
    background: '#ffffff',
    font: '12px "DejaVu Sans", sans-serif',
    transition: 'none',
    animation: 'none',
  });
  document.body.appendChild(el);
  return el;
}

export function installGoldens(): void {
  window.__damGoldens = {
    names: () => Object.keys(CHARTS),
    /** Renders `name` afresh; returns the stage's id for the test to screenshot. */
    render(name) {
      const draw = CHARTS[name];
      if (!draw) throw new Error(`no chart golden named ${name}`);
      draw(stage());
      return STAGE_ID;
    },
  };
}
