export * from './primitives.ts';
export * from './entry.ts';
export * from './person.ts';
export * from './consent.ts';
export * from './taxonomy.ts';
export * from './site.ts';
export * from './tombstone.ts';
