export * from './gaps.ts';
