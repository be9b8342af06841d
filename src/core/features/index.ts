/** The random-feature DAM (DrDAM) core: maps, memories, dynamics, experiment and landscape. */
export * from './feature-maps';
export * from './feature-terms';
export * from './projection';
export * from './hadamard';
export * from './wht';
export * from './chi';
export * from './drdam';
export * from './mrdam';
export * from './descend';
export * from './patterns';
export * from './slope';
export * from './landscape';
export * from './experiment';
export * from './experiment-queries';
export * from './experiment-validate';
export type * from './experiment-types';
