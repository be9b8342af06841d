/** The kernelized Hopfield core (Hu, Wu & Liu 2024; docs/models.md §7): every export. */
export * from './types';
export * from './normalisers';
export * from './feature-map';
export * from './separation';
export * from './optimiser';
export * from './uhop';
export * from './tammes';
export * from './khm';
export * from './basins';
export * from './metastable';
export * from './memories';
