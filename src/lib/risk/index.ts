export * from './assess.ts';
export * from './chart.ts';
export * from './format.ts';
export * from './site.ts';
export * from './types.ts';
