export * from './code.ts';
export * from './store.ts';
