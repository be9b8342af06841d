/** The bounds of the hidden-neuron set-up: one table for the schema, the sliders and the tests. */
export const HIDDEN_LIMITS = {
  n: { min: 2, max: 60 },
  /** Six decades. */
  beta: { min: 0.01, max: 10_000 },
  tauF: { min: 0.01, max: 10 },
  tauH: { min: 0.001, max: 1 },
  /** Model B's update is exact at dt = τ_f and overshoots beyond 2τ_f: the range shows both. */
  dt: { min: 0.001, max: 4 },
  steps: { min: 1, max: 5000 },
  K: { min: 2, max: 50 },
  sample: { max: 99 },
  gain: { min: 0, max: 5 },
} as const;
