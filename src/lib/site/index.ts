export * from './attribution.ts';
export * from './custody.ts';
export * from './kinds.ts';
export * from './load.ts';
export * from './model.ts';
export * from './options.ts';
export * from './topics.ts';
export * from './cache.ts';
