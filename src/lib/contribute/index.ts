export * from './ask.ts';
export * from './catalog.ts';
export * from './draft.ts';
export * from './errors.ts';
export * from './resolve.ts';
export * from './write.ts';
