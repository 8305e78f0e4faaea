export * from './allowlist.ts';
export * from './guard.ts';
