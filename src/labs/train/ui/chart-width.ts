/**
 * The width a lab chart is drawn at: its box's own (within 300 … 640 px), so the SVG's text stays
 * at the page's size instead of shrinking with a viewBox on a narrow screen.
 */
export const chartWidth = (el: HTMLElement): number =>
  Math.max(300, Math.min(640, Math.round(el.clientWidth || 440)));
