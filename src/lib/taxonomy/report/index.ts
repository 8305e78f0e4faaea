export * from './closest.ts';
export * from './format.ts';
export * from './usage.ts';
