export * from './pagefind.ts';
export * from './records.ts';
export * from './function-words.ts';
export * from './query.ts';
export * from './ranking.ts';
export * from './topics.ts';
export * from './facets.ts';
export * from './shards.ts';
