/** Graph-linked dense associative memory, CDAM (Burns 2024; docs/models.md §10): every export. */
export * from './types';
export * from './graph';
export * from './dynamics';
export * from './memories';
export * from './modes';
export * from './span';
export * from './experiments';
export * from './automaton';
export * from './requests';
