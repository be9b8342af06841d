/**
 * Just enough DOM to paint a scene chart (src/charts/svg-scene.ts) in Node: createElementNS,
 * attributes, children, text and click listeners; and the queries the chart tests need.
 */
export class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  private readonly listeners: (() => void)[] = [];
  private text = '';

  constructor(
    readonly tagName: string,
    readonly ownerDocument: { createElementNS(ns: string, tag: string): FakeElement },
  ) {}

  setAttribute(k: string, v: string) {
    this.attributes.set(k, String(v));
  }
  getAttribute(k: string): string | null {
    return this.attributes.get(k) ?? null;
  }
  removeAttribute(k: string) {
    this.attributes.delete(k);
  }
  appendChild(c: FakeElement) {
    this.children.push(c);
    return c;
  }
  get lastElementChild(): FakeElement | null {
    return this.children[this.children.length - 1] ?? null;
  }
  removeChild(c: FakeElement) {
    const i = this.children.indexOf(c);
    if (i >= 0) this.children.splice(i, 1);
    return c;
  }
  replaceChildren() {
    this.children.length = 0;
  }
  addEventListener(type: string, fn: () => void) {
    if (type === 'click') this.listeners.push(fn);
  }
  click() {
    for (const fn of this.listeners) fn();
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(t: string) {
    this.text = t;
  }
  /** This element and every one under it, in document order. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all())];
  }
  /** Elements under this one with the tag and (when given) the class among their classes. */
  find(tag: string, cls?: string): FakeElement[] {
    return this.all()
      .slice(1)
      .filter(
        (e) =>
          (tag === '*' || e.tagName === tag) &&
          (!cls || (e.getAttribute('class') ?? '').split(' ').includes(cls)),
      );
  }
  /** 'tag attr="value"' for every attribute of this tree whose value has NaN or undefined. */
  badAttributes(): string[] {
    return this.all().flatMap((e) =>
      [...e.attributes]
        .filter(([, v]) => /NaN|undefined|Infinity/.test(v))
        .map(([k, v]) => `${e.tagName} ${k}="${v}"`),
    );
  }
}

/** A fresh <svg> to paint into, typed as the renderers take it, and its fake for queries. */
export function fakeSvg(): { svg: SVGSVGElement; root: FakeElement } {
  const doc = { createElementNS: (_ns: string, tag: string) => new FakeElement(tag, doc) };
  const root = new FakeElement('svg', doc);
  return { svg: root as unknown as SVGSVGElement, root };
}
