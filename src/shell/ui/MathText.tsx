/**
 * Short prose with inline math: paragraphs split at blank lines, $…$ rendered by KaTeX as MathML
 * (no fonts or CSS to ship; Chromium draws MathML itself). KaTeX loads on first use, in its own
 * chunk; until then the TeX source shows.
 */
import { useEffect, useState } from 'react';

type Render = (tex: string) => string;
let render: Render | null = null;
let loading: Promise<Render> | null = null;

function loadKatex(): Promise<Render> {
  loading ??= import('katex').then((m) => {
    const katex = m.default;
    render = (tex) => katex.renderToString(tex, { output: 'mathml', throwOnError: false });
    return render;
  });
  return loading;
}

function useRender(): Render | null {
  const [r, setR] = useState<Render | null>(() => render);
  useEffect(() => {
    if (r) return;
    let live = true;
    void loadKatex().then((f) => live && setR(() => f));
    return () => {
      live = false;
    };
  }, [r]);
  return r;
}

/** Splits "a $x$ b" into text and math pieces (an unpaired $ stays text). */
export function splitMath(text: string): { math: boolean; s: string }[] {
  const out: { math: boolean; s: string }[] = [];
  const re = /\$([^$]+)\$/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ math: false, s: text.slice(at, m.index) });
    out.push({ math: true, s: m[1] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ math: false, s: text.slice(at) });
  return out;
}

export function MathLine({ text }: { text: string }) {
  const r = useRender();
  return (
    <>
      {splitMath(text).map((p, i) =>
        !p.math ? (
          <span key={i}>{p.s}</span>
        ) : r ? (
          <span key={i} className="math" dangerouslySetInnerHTML={{ __html: r(p.s) }} />
        ) : (
          <code key={i}>{p.s}</code>
        ),
      )}
    </>
  );
}

export function MathText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((para, i) => (
        <p key={i}>
          <MathLine text={para.trim()} />
        </p>
      ))}
    </>
  );
}
