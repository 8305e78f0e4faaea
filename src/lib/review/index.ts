export * from './format.ts';
export * from './months.ts';
export * from './overdue.ts';
export * from './scope.ts';
export * from './stale.ts';
export * from './stewards.ts';
export * from './reminders.ts';
