export * from './context.ts';
export * from './gate.ts';
export * from './reasons.ts';
export * from './standing.ts';
export * from './summary.ts';
export * from './pages.ts';
export * from './recordings.ts';
