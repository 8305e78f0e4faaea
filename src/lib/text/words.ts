/** Words as ingest counts them: runs of non-space characters, so `don't` and `U.S.` are one word each. */
export const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;
