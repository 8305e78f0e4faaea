export * from './phrases.ts';
