export * from './pagefind.ts';
export * from './records.ts';
