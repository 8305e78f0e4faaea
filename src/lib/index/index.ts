export * from './pagefind.ts';
export * from './records.ts';
export * from './function-words.ts';
