/**
 * The CDAM lab's outside input (Burns 2024; docs/models.md §10): the worker room's requests
 * (src/labs/cdam/worker/api.ts, whose shapes are restated here structurally: schema may not
 * import a lab), the adjacency import / export of the graph editor, and the config of
 * `dam cdam --config`. Unknown keys and out-of-range values are errors naming the field
 * (`setup.graph.edges[3]: …`); every size is capped before anything is allocated:
 *  - P ≤ 60 memories, N 2 … 4096 neurons, a and h in [−10, 10], β in [0.001, 1000],
 *    η in [0.001, 1], noise ≤ 10;
 *  - a graph has P nodes (= memories.P), edges [i, j] with 0 ≤ i, j < P, none twice (for an
 *    undirected graph [i, j] and [j, i] are the same edge), at most P² of them; self-loops are
 *    allowed (the automaton's people drive themselves). A config or request may name a preset
 *    instead, {"preset": "ring"}, expanded by core/cdam/graph.ts presetGraph with memories.P
 *    and memories.seed;
 *  - the work of each call, in multiply-adds, with N_eff the memories' real size (uniform: N,
 *    letters: side², MNIST: 784, bank: counted as 4096, the studio's largest):
 *      range of recall  P³·N (each start's span set-up) + pairs·(steps·P³ + 2·P²·N)
 *                       ≤ CDAM_RANGE_WORK_MAX;
 *      sequence         pairs·steps·P·N_eff ≤ CDAM_SEQUENCE_WORK_MAX;
 *      phase map        R²·steps·P² ≤ CDAM_PHASE_WORK_MAX;
 *      automaton        every·inputs ≤ 5000 steps (16 memories, N ≤ 4096).
 */
export {
  CDAM_CONFIG_BYTES,
  CDAM_CSV_BYTES,
  CDAM_LIMITS,
  CDAM_PHASE_WORK_MAX,
  CDAM_RANGE_WORK_MAX,
  CDAM_SEQUENCE_WORK_MAX,
  type CdamAdvance,
  type CdamCue,
  type CdamMemoriesSpec,
  type CdamSetup,
  type CdamSource,
  type PhaseRequest,
  type SequenceRequest,
} from './cdam-base';
export {
  effectiveN,
  parseCdamAdvance,
  parseCdamCue,
  parseCdamGraph,
  parseCdamMemoriesSpec,
  parseCdamParams,
  parseCdamSetup,
} from './cdam-setup';
export {
  parseAutomatonSpec,
  parsePhaseRequest,
  parseRangeOfRecallSpec,
  parseSequenceRequest,
  rangeOfRecallWork,
} from './cdam-experiments';
export { adjacencyCsv, parseAdjacencyCsv } from './cdam-csv';
export * from './cdam-config';
