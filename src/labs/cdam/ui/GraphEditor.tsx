/**
 * The memory graph as an editor: the graph scene (charts/graph-view.ts) painted into an SVG that
 * scales to its column, with one transparent button over each node (focusable with a roving
 * tabindex, arrow keys move between them), so mouse, touch, pen and keyboard all edit the same
 * way: press a node to select it, press a second one to add or remove the link from the selected
 * node to it, drag from one node to another for the same, press a link to remove it, Escape
 * clears the selection. A plain form under the graph does the same with two lists.
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { Select } from '../../../components/controls/Select';
import { paintScene } from '../../../charts/svg-scene';
import { hasEdge } from '../../../core/cdam/graph';
import type { CdamGraph } from '../../../core/cdam/types';
import { graphScene, layoutGraph, nodeRadius } from './charts/graph-view';
import './cdam-graph.css';

export interface GraphEditorProps {
  graph: CdamGraph;
  labels: string[];
  /** Image URLs drawn inside the nodes. */
  thumbs?: string[];
  /** Per-node correlation with the state (−1 … 1): the node colours. */
  values?: ArrayLike<number>;
  selected: number | null;
  onSelect(i: number | null): void;
  onToggleEdge(i: number, j: number): void;
  onDirected(directed: boolean): void;
  /** Design width in SVG units (default 480); the picture scales to its column. */
  width?: number;
}

interface Drag {
  from: number;
  id: number;
  sx: number;
  sy: number;
  moved: boolean;
}

const parseEdges = (key: string): Array<[number, number]> =>
  key ? key.split(',').map((e) => e.split('-').map(Number) as [number, number]) : [];

export function GraphEditor(props: GraphEditorProps) {
  const { graph, labels, thumbs, values, selected, onSelect, onToggleEdge, onDirected } = props;
  const P = graph.P;
  const W = Math.max(280, Math.round(props.width ?? 480));
  const H = Math.round(W * 0.75);
  const edgesKey = graph.edges.map((e) => e.join('-')).join(',');
  // The layout follows the nodes and links only, not the colours or the selection.
  const pos = useMemo(
    () => layoutGraph({ P, directed: false, edges: parseEdges(edgesKey) }, { width: W, height: H }),
    [P, edgesKey, W, H],
  );
  const scene = useMemo(
    () => graphScene({ graph, pos, values, selected, labels, thumbs, width: W, height: H }),
    [graph, pos, values, selected, labels, thumbs, W, H],
  );
  const total = Number(scene.attrs.height) || H;
  const r = nodeRadius(P, W, H);

  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (svg.current) paintScene(svg.current, scene);
  }, [scene]);
  const box = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const drag = useRef<Drag | null>(null);
  const suppressUntil = useRef(0);
  const [dragTo, setDragTo] = useState<{ from: number; x: number; y: number } | null>(null);
  const [focus, setFocus] = useState(0);
  const [message, setMessage] = useState('');
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);

  const name = (i: number) => `memory ${i} (${labels[i] ?? i})`;
  const arrow = graph.directed ? '→' : '–';
  const toggle = (i: number, j: number) => {
    const had = hasEdge(graph, i, j);
    onToggleEdge(i, j);
    setMessage(`Link ${name(i)} ${arrow} ${name(j)} ${had ? 'removed' : 'added'}.`);
  };
  const select = (i: number | null) => {
    onSelect(i);
    setFrom(null);
    setMessage(i === null ? 'Selection cleared.' : `${name(i)} selected.`);
  };
  const activate = (i: number) => {
    setFocus(i);
    if (selected === null || selected >= P) select(i);
    else if (selected === i) select(null);
    else toggle(selected, i);
  };

  /** A pointer's place in design units. */
  const toDesign = (e: PointerEvent): { x: number; y: number } => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: 0, y: 0 };
    return {
      x: ((e.clientX - rect.left) / rect.width) * W,
      y: ((e.clientY - rect.top) / rect.height) * total,
    };
  };
  const nodeAt = (p: { x: number; y: number }): number | null => {
    let best: number | null = null;
    let bestD = (r + 8) ** 2;
    for (let i = 0; i < P; i++) {
      const d = (pos[2 * i] - p.x) ** 2 + (pos[2 * i + 1] - p.y) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    }
    return best;
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, i: number) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { from: i, id: e.pointerId, sx: e.clientX, sy: e.clientY, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    if (!d.moved && Math.hypot(e.clientX - d.sx, e.clientY - d.sy) > 6) d.moved = true;
    if (d.moved) setDragTo({ from: d.from, ...toDesign(e) });
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    setDragTo(null);
    if (!d || d.id !== e.pointerId || !d.moved) return;
    // The click that follows the drag is not a press.
    suppressUntil.current = e.timeStamp + 500;
    const j = nodeAt(toDesign(e));
    if (j !== null && j !== d.from) toggle(d.from, j);
  };
  const onPointerCancel = () => {
    drag.current = null;
    setDragTo(null);
  };

  const moveFocus = (k: number) => {
    const i = (k + P) % P;
    setFocus(i);
    buttons.current[i]?.focus();
  };
  const onNodeKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
    };
    if (e.key in step) moveFocus(i + step[e.key]);
    else if (e.key === 'Home') moveFocus(0);
    else if (e.key === 'End') moveFocus(P - 1);
    else return;
    e.preventDefault();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && selected !== null) {
      e.preventDefault();
      select(null);
    }
  };
  const onSvgClick = (e: MouseEvent<SVGSVGElement>) => {
    const edge = (e.target as Element).closest?.('[data-edge]');
    if (edge) {
      const [i, j] = (edge.getAttribute('data-edge') ?? '').split('-').map(Number);
      if (Number.isInteger(i) && Number.isInteger(j)) toggle(i, j);
    } else if (selected !== null) select(null);
  };

  const clamp = (i: number) => Math.max(0, Math.min(P - 1, i));
  const fromV = clamp(from ?? selected ?? 0);
  const toV = clamp(to ?? (P > 1 ? (fromV + 1) % P : 0));
  const exists = P > 0 && hasEdge(graph, fromV, toV);
  const tabStop = clamp(focus);
  const options = Array.from({ length: P }, (_, k) => ({
    value: String(k),
    label: `${k}: ${labels[k] ?? k}`,
  }));
  const pct = (v: number, of: number) => `${(100 * v) / of}%`;
  const hit = Math.max(2 * r + 6, 20);
  const corr = (i: number) => {
    const v = values?.[i];
    return v !== undefined && Number.isFinite(v) ? `, correlation ${v.toFixed(2)}` : '';
  };

  return (
    <div className="cdam-graph-editor" onKeyDown={onKey}>
      <div ref={box} className="cdam-graph-box">
        <svg ref={svg} className="cdam-graph-svg" onClick={onSvgClick} />
        <div className="cdam-graph-nodes" role="group" aria-label="Memories of the graph">
          {Array.from({ length: P }, (_, i) => (
            <button
              key={i}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className="cdam-graph-node"
              data-node={i}
              tabIndex={i === tabStop ? 0 : -1}
              aria-pressed={selected === i}
              aria-label={`memory ${i}: ${labels[i] ?? i}${corr(i)}`}
              style={{
                left: pct(pos[2 * i], W),
                top: pct(pos[2 * i + 1], total),
                width: pct(hit, W),
                height: pct(hit, total),
              }}
              onClick={(e) => {
                if (e.detail !== 0 && e.timeStamp < suppressUntil.current) return;
                activate(i);
              }}
              onPointerDown={(e) => onPointerDown(e, i)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerCancel}
              onKeyDown={(e) => onNodeKey(e, i)}
              onFocus={() => setFocus(i)}
            />
          ))}
        </div>
        {dragTo && (
          <svg className="cdam-graph-drag" viewBox={`0 0 ${W} ${total}`} aria-hidden="true">
            <line
              x1={pos[2 * dragTo.from]}
              y1={pos[2 * dragTo.from + 1]}
              x2={dragTo.x}
              y2={dragTo.y}
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray="4 3"
            />
          </svg>
        )}
      </div>
      <p className="cdam-graph-status" role="status" aria-live="polite">
        {message}
      </p>
      <p className="note cdam-graph-help">
        Press a memory to select it, then another to add or remove the link{' '}
        {graph.directed ? 'from' : 'between'} {graph.directed ? 'the first to the second' : 'them'};
        or drag from one to another. Press a link to remove it. Escape clears the selection.
      </p>
      {P > 0 && (
        <div className="cdam-graph-form">
          <Select
            label="From"
            value={String(fromV)}
            options={options}
            onChange={(v) => setFrom(Number(v))}
          />
          <Select
            label="To"
            value={String(toV)}
            options={options}
            onChange={(v) => setTo(Number(v))}
          />
          <button
            type="button"
            className="cdam-graph-edge-button"
            onClick={() => toggle(fromV, toV)}
          >
            {exists ? 'Remove edge' : 'Add edge'}
          </button>
          <label className="control checkbox cdam-graph-directed">
            <input
              type="checkbox"
              checked={graph.directed}
              onChange={(e) => onDirected(e.currentTarget.checked)}
            />
            <span>Directed</span>
          </label>
        </div>
      )}
    </div>
  );
}
