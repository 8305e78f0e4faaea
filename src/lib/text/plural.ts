/** `1 entry`, `3 entries`: a count and its noun, for messages and pages. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
