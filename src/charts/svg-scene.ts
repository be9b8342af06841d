/**
 * A chart as plain data: a tree of SVG nodes that a layout function returns and `paint` draws into
 * an existing <svg>, replacing whatever was there (so a redraw is full and idempotent). The layout
 * stays pure (d3 scales, shapes and ticks, no DOM), and the painter needs only createElementNS,
 * setAttribute, appendChild and addEventListener, so a chart is tested in Node with a tiny fake.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

export type AttrValue = string | number | null | undefined;
export type Attrs = Record<string, AttrValue>;

export interface SceneNode {
  tag: string;
  attrs: Attrs;
  /** Text content (text and title nodes). */
  text?: string;
  children: SceneNode[];
  /** Called on a click on the node (the node is rebuilt, with its listener, on each paint). */
  onClick?: () => void;
}

/** A node: `h('rect', { x: 1 })`, `h('text', { x: 1 }, 'label')`, `h('g', {}, [child])`. */
export function h(tag: string, attrs: Attrs = {}, content: SceneNode[] | string = []): SceneNode {
  return typeof content === 'string'
    ? { tag, attrs, text: content, children: [] }
    : { tag, attrs, children: content };
}

/**
 * An attribute's text: numbers to 2 decimals (small DOM, stable snapshots). NaN stays 'NaN' so
 * the tests see it.
 */
export function attrText(v: string | number): string {
  if (typeof v === 'string') return v;
  return String(Math.round(v * 100) / 100);
}

/** One node as an element (for a chart that updates a part of itself in place). */
export function build(doc: Document, node: SceneNode): Element {
  const el = doc.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs))
    if (v !== null && v !== undefined) el.setAttribute(k, attrText(v));
  if (node.text !== undefined) el.textContent = node.text;
  for (const child of node.children) el.appendChild(build(doc, child));
  const click = node.onClick;
  if (click) el.addEventListener('click', () => click());
  return el;
}

/** A whole chart: the root's attributes and its content. */
export interface Scene {
  attrs: Attrs;
  children: SceneNode[];
}

/** Draws a scene into `svg`, replacing what was there. */
export const paintScene = (svg: SVGSVGElement, scene: Scene): void =>
  paint(svg, scene.attrs, scene.children);

/**
 * Draws `children` into `svg`, replacing its content, and sets the root's attributes (a null
 * value removes one).
 */
export function paint(svg: SVGSVGElement, attrs: Attrs, children: readonly SceneNode[]): void {
  svg.replaceChildren();
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) svg.removeAttribute(k);
    else svg.setAttribute(k, attrText(v));
  }
  const doc = svg.ownerDocument;
  for (const child of children) svg.appendChild(build(doc, child));
}
