export * from './interview.ts';
