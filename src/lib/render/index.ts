export * from './html.ts';
export * from './text.ts';
