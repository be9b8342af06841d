/**
 * The CDAM lab's runtime: the run (start from the cue, play / pause / step / reset at a chosen
 * speed, with a, h, β and η read live at every step), the memories' thumbnails, and the
 * experiments as jobs of the shell's job runner (range of recall, sequence replay, the
 * automaton, the (a, h) phase map filled row by row). The page holds the run's state and sends it
 * with each call, so the worker's room is a cache that can be rebuilt. Made per lab start; no
 * module state.
 */
import type { PhaseCell } from '../../../core/cdam/experiments';
import { presetGraph, toggleEdge, type GraphPreset } from '../../../core/cdam/graph';
import type { CdamGraph } from '../../../core/cdam/types';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { adjacencyCsv, parseAdjacencyCsv } from '../../../schema/cdam';
import { createJobs } from '../../../shell/jobs';
import { lessonEvent } from '../../../shell/lessons/events';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import { CDAM_ROOM, type CdamCue, type CdamRoomApi, type PhaseRequest } from '../worker/api';
import { AUTOMATON_REQUEST, rangeSpec, SEQUENCE_REQUEST } from './experiments';
import { presetById } from './presets';
import { createCdamResults, type CdamResultsCache } from './results';
import { graphForP, memoryCue, roomSetup, runKey, setupProblem, type CdamLabSetup } from './setup';
import { CDAM_JOBS, type CdamJobName } from './slice';

export interface CdamRuntime {
  results: CdamResultsCache;
  /** Builds the start state from the cue (or `state`, a drawn one) and clears the trace. */
  reset(state?: Float64Array): Promise<void>;
  /**
   * Resets unless the run shown (or the one being built) already belongs to the set-up and cue:
   * the one way edits, presets and links (the lab's view) restart the run.
   */
  ensure(): Promise<void>;
  /** Plays to the set-up's step count (from the start again once done). */
  play(): Promise<void>;
  pause(): void;
  /** One step (pauses a playing run first). */
  step(): Promise<void>;
  /** Loads the memories' thumbnails for the set-up (cached). */
  loadMemories(): Promise<void>;
  /** Edits the set-up; a change of memories, graph, coupling or cue starts the run again. */
  edit(patch: Partial<CdamLabSetup>): void;
  /** P changes the graph too (its preset redrawn, or an edited graph cut to the new nodes). */
  setP(P: number): void;
  setGraphPreset(preset: GraphPreset): void;
  toggleEdge(i: number, j: number): void;
  setDirected(directed: boolean): void;
  /** Replaces the graph (an imported adjacency). */
  setGraph(graph: CdamGraph): void;
  /** Reads an adjacency CSV into the graph; the error sentence, or null when it was loaded. */
  importAdjacency(text: string): string | null;
  /** The graph as an adjacency CSV. */
  adjacencyText(): string;
  applyPreset(id: string): boolean;
  range(): Promise<void>;
  sequence(): Promise<void>;
  automaton(): Promise<void>;
  phase(): Promise<void>;
  cancel(job: CdamJobName): void;
  /** The lab is hidden: a playing run pauses and jobs stop. */
  hide(): void;
}

/** The next frame on the page (a task in Node, where tests run the runtime). */
const nextFrame = () =>
  new Promise<void>((go) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => go())
      : setTimeout(go, 0),
  );

export function createCdam(
  shell: Shell,
  room: RoomClient<CdamRoomApi> = shell.compute.room<CdamRoomApi>(CDAM_ROOM),
): CdamRuntime {
  const results = createCdamResults();
  const store = () => useDamStore.getState();
  const jobs = createJobs<CdamJobName>({
    names: CDAM_JOBS,
    status: (name) => store().cdamJobs[name].status,
    set: (name, patch) => store().setCdamJob(name, patch),
    ready: () => shell.compute.whenReady(),
  });
  const setRun = (patch: Parameters<ReturnType<typeof store>['setCdamRun']>[0]) =>
    store().setCdamRun(patch);
  let runAbort = new AbortController();
  /** Rises with every reset, so an old play loop stops. */
  let generation = 0;
  let drawn: Float64Array | null = null;
  /** The key of the run being built or shown (runKey), so a second ensure() does nothing. */
  let target: string | null = null;

  async function needs(s: CdamLabSetup): Promise<void> {
    await shell.compute.whenReady().catch(() => undefined);
    if (s.memories.source === 'mnist') await shell.compute.ensureMnist();
    if (s.memories.source === 'bank') await shell.compute.ensureMemories();
  }

  const bankCount = () => store().bank.items.length;

  /** The latest reset: ensure() for the same set-up waits on it rather than starting another. */
  let pending: Promise<void> = Promise.resolve();
  const reset = (state?: Float64Array): Promise<void> => (pending = build(state));

  async function build(state?: Float64Array): Promise<void> {
    runAbort.abort();
    runAbort = new AbortController();
    const { signal } = runAbort;
    const mine = ++generation;
    if (state) drawn = state;
    const s = store().cdam;
    const problem = setupProblem(s, bankCount());
    if (problem) {
      target = null;
      results.set({ ...results.get(), run: null });
      return setRun({ status: 'error', t: 0, error: `The set-up: ${problem}` });
    }
    const cue: CdamCue = state ? { kind: 'state', x: Float64Array.from(state) } : memoryCue(s);
    target = runKey(s, cue.kind);
    try {
      await needs(s);
      const { x, m } = await room.call('cue', [roomSetup(s), cue], { signal });
      if (signal.aborted || mine !== generation) return;
      results.set({
        ...results.get(),
        run: { key: runKey(s, cue.kind), P: m.length, x, rows: [m] },
      });
      setRun({ status: 'ready', t: 0, error: undefined });
      void loadMemories();
    } catch (err) {
      if (signal.aborted || isAbortError(err)) return;
      setRun({ status: 'error', t: 0, error: errorMessage(err) });
    }
  }

  /** Advances the run by k steps with the live parameters; false when it could not. */
  async function advance(k: number, mine: number): Promise<boolean> {
    const run = results.get().run;
    if (!run) return false;
    const s = store().cdam;
    const { signal } = runAbort;
    try {
      const f = await room.call('advance', [roomSetup(s), run.x, s.params, k], { signal });
      if (signal.aborted || mine !== generation) return false;
      const rows = [...run.rows];
      for (let t = 0; t < f.steps; t++) rows.push(f.m.slice(t * run.P, (t + 1) * run.P));
      results.set({ ...results.get(), run: { ...run, x: f.x, rows } });
      setRun({ t: rows.length - 1 });
      return true;
    } catch (err) {
      if (signal.aborted || isAbortError(err)) return false;
      setRun({ status: 'error', error: errorMessage(err) });
      return false;
    }
  }

  async function play(): Promise<void> {
    const status = store().cdamRun.status;
    if (status === 'playing') return;
    if (status === 'empty' || status === 'error' || status === 'done' || !results.get().run)
      await reset(drawn ?? undefined);
    if (!results.get().run) return;
    const mine = generation;
    setRun({ status: 'playing' });
    lessonEvent('cdam:played');
    while (mine === generation && store().cdamRun.status === 'playing') {
      const { steps, speed } = store().cdam;
      const t = store().cdamRun.t;
      if (t >= steps) {
        setRun({ status: 'done' });
        lessonEvent('cdam:done');
        return;
      }
      if (!(await advance(Math.min(speed, steps - t), mine))) return;
      await nextFrame();
    }
  }

  async function loadMemories(): Promise<void> {
    const s = store().cdam;
    const key = JSON.stringify(s.memories);
    if (results.get().memories?.key === key) return;
    try {
      await needs(s);
      const value = await room.call('memories', [s.memories], {});
      if (JSON.stringify(store().cdam.memories) !== key) return;
      results.set({ ...results.get(), memories: { key, value } });
    } catch {
      // The run's own call reports what is wrong with the set-up.
    }
  }

  const structural = (p: Partial<CdamLabSetup>) =>
    'memories' in p || 'graph' in p || 'coupling' in p || 'cue' in p;

  function edit(patch: Partial<CdamLabSetup>): void {
    store().setCdam({ ...patch, preset: null });
    if (structural(patch)) {
      // A drawn cue belongs to the memories it was drawn for.
      if ('memories' in patch || 'cue' in patch) drawn = null;
      void ensure();
    }
  }

  /** See CdamRuntime.ensure. */
  function ensure(): Promise<void> {
    const s = store().cdam;
    const want = drawn ? runKey(s, 'state') : runKey(s, 'memory');
    if (target === want && store().cdamRun.status !== 'error') return pending;
    return reset(drawn ?? undefined);
  }

  const problemLine = (p: string | null) => p && `The set-up: ${p}`;

  async function phase(): Promise<void> {
    const s = store().cdam;
    const req: PhaseRequest = {
      setup: roomSetup(s),
      cue: drawn ? { kind: 'state', x: Float64Array.from(drawn) } : memoryCue(s),
      spec: { ...s.phase, beta: s.params.beta, eta: s.params.eta },
    };
    const rows: (PhaseCell[] | undefined)[] = new Array(req.spec.R).fill(undefined);
    return jobs.run(
      'phase',
      async (signal) => {
        await needs(s);
        results.set({ ...results.get(), phase: { req, rows } });
        const onRow = (row: number, cells: PhaseCell[]) => {
          if (signal.aborted || results.get().phase?.req !== req) return;
          rows[row] = cells;
          results.touch();
          store().setCdamJob('phase', { done: rows.filter(Boolean).length, total: req.spec.R });
        };
        const all = await room.call('phaseMap', [req, onRow], { signal, background: true });
        if (signal.aborted) return;
        results.set({ ...results.get(), phase: { req, rows: all } });
        lessonEvent('cdam:phase');
      },
      problemLine(setupProblem(s, bankCount())),
    );
  }

  return {
    results,
    reset: (state) => reset(state),
    ensure,
    play,
    pause() {
      if (store().cdamRun.status === 'playing') setRun({ status: 'paused' });
    },
    async step() {
      if (store().cdamRun.status === 'playing') setRun({ status: 'paused' });
      if (!results.get().run || store().cdamRun.status === 'error') await reset(drawn ?? undefined);
      if (!results.get().run) return;
      if (await advance(1, generation)) {
        const done = store().cdamRun.t >= store().cdam.steps;
        setRun({ status: done ? 'done' : 'paused' });
      }
    },
    loadMemories,
    edit,
    setP(P) {
      const s = store().cdam;
      const graph = graphForP(s, P);
      edit({
        memories: { ...s.memories, P: graph.P },
        graph,
        cue: { ...s.cue, start: Math.min(s.cue.start, graph.P - 1) },
      });
    },
    setGraphPreset(preset) {
      const s = store().cdam;
      const P = preset === 'karate' ? 34 : s.memories.P;
      const graph = presetGraph(preset, P, s.memories.seed);
      const memories = { ...s.memories, P };
      store().setCdam({ graphPreset: preset });
      edit({ memories, graph, cue: { ...s.cue, start: Math.min(s.cue.start, P - 1) } });
      store().setCdam({ graphPreset: preset });
    },
    toggleEdge(i, j) {
      const s = store().cdam;
      edit({ graph: toggleEdge(s.graph, i, j), graphPreset: null });
    },
    setDirected(directed) {
      const s = store().cdam;
      edit({ graph: { ...s.graph, directed }, graphPreset: null });
    },
    setGraph(graph) {
      const s = store().cdam;
      if (graph.P === s.memories.P) return edit({ graph, graphPreset: null });
      edit({
        graph,
        graphPreset: null,
        memories: { ...s.memories, P: graph.P },
        cue: { ...s.cue, start: Math.min(s.cue.start, graph.P - 1) },
      });
    },
    importAdjacency(text) {
      try {
        this.setGraph(parseAdjacencyCsv(text));
        return null;
      } catch (err) {
        return `The adjacency file: ${errorMessage(err)}`;
      }
    },
    adjacencyText: () => adjacencyCsv(store().cdam.graph),
    applyPreset(id) {
      const p = presetById(id);
      if (!p) return false;
      drawn = null;
      store().setCdam(p.setup);
      void ensure();
      return true;
    },
    range() {
      const spec = rangeSpec(store().cdam.params);
      return jobs.run('range', async (signal) => {
        const rows = await room.call('rangeOfRecall', [spec, jobs.progress('range', signal)], {
          signal,
          background: true,
        });
        if (signal.aborted) return;
        results.set({ ...results.get(), range: { spec, rows } });
        lessonEvent('cdam:range');
      });
    },
    sequence() {
      return jobs.run('sequence', async (signal) => {
        await shell.compute.ensureMnist();
        const [runs, mem] = await Promise.all([
          room.call('sequence', [SEQUENCE_REQUEST], { signal, background: true }),
          room.call('memories', [SEQUENCE_REQUEST.setup.memories], { signal }),
        ]);
        if (signal.aborted) return;
        results.set({ ...results.get(), sequence: { runs, labels: mem.labels } });
        lessonEvent('cdam:sequence');
      });
    },
    automaton() {
      return jobs.run('automaton', async (signal) => {
        const r = await room.call('automaton', [AUTOMATON_REQUEST], { signal, background: true });
        if (signal.aborted) return;
        results.set({ ...results.get(), automaton: r });
        lessonEvent('cdam:automaton');
      });
    },
    phase,
    cancel: (job) => jobs.cancel(job),
    hide() {
      if (store().cdamRun.status === 'playing') setRun({ status: 'paused' });
      jobs.cancelAll();
    },
  };
}
