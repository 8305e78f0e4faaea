export * from './html.ts';
export * from './text.ts';
export * from './unlink.ts';
export * from './escape.ts';
