/** Sentences with their offsets: split after . ! ? … (and at line breaks), keeping abbreviations whole. */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION = /\b(?:mr|mrs|ms|dr|prof|st|jr|sr|vs|e\.g|i\.e|approx|dept|fig|mt|apt)\.$/iu;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  const boundary = /([.!?…]+["'”’)\]]*)(?=\s)|\n/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      const upTo = text.slice(Math.max(0, m.index - 12), end);
      if (ABBREVIATION.test(upTo) || /(?:^|\s)\p{Lu}\.$/u.test(upTo)) continue; // "Dr.", "J."
    }
    push(m[0] === '\n' ? m.index : end);
    start = end;
  }
  push(text.length);
  return out;
}
