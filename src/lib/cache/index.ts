export * from './code.ts';
export * from './store.ts';
export * from './stamp.ts';
