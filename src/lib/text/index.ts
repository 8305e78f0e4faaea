export { scores } from './metrics.ts';
export { displayPath } from './path.ts';
export { plural } from './plural.ts';
export { quoteList } from './quote.ts';
export { textTable } from './table.ts';
export { countWords } from './words.ts';
export { median } from './median.ts';
