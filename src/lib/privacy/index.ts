export * from './mentor.ts';
export * from './strings.ts';
