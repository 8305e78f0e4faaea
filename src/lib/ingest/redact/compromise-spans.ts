/** Offsets of compromise's named-entity selections (people, organisations) in the original text. */
import { nlp, type Doc } from '../../text/nlp.ts';

export interface RawSpan {
  start: number;
  end: number;
}

interface OffsetJson {
  text: string;
  offset?: { start: number; length: number };
}

const TRIM_START = /^[\s"'“”‘’([{*_,;:.!?-]+/u;
const TRIM_END = /[\s"'“”‘’)\]}*_,;:.!?-]+$/u;

/** Trim punctuation and a possessive `'s` off both ends of a span. */
export function trimSpan(text: string, span: RawSpan): RawSpan | undefined {
  let { start, end } = span;
  start += TRIM_START.exec(text.slice(start, end))?.[0].length ?? 0;
  end -= TRIM_END.exec(text.slice(start, end))?.[0].length ?? 0;
  if (/\p{L}['’]s$/u.test(text.slice(start, end))) end -= 2;
  // An initial keeps its full stop ("Smith J.").
  if (/(?:^|\s)\p{Lu}$/u.test(text.slice(start, end)) && text.charAt(end) === '.') end += 1;
  return end > start ? { start, end } : undefined;
}

let lastText: string | undefined;
let lastDoc: Doc | undefined;

/** Where compromise's `people()`, `organizations()` or `places()` selections are in `text`. */
export function compromiseSpans(text: string, kind: 'people' | 'organizations' | 'places'): RawSpan[] {
  // people(), places() and organizations() are asked of the same text in turn: parse it once.
  if (lastText !== text || !lastDoc) {
    lastDoc = nlp(text);
    lastText = text;
  }
  const doc = lastDoc;
  const view = kind === 'people' ? doc.people() : kind === 'places' ? doc.places() : doc.organizations();
  const found = view.json({ offset: true }) as OffsetJson[];
  const spans: RawSpan[] = [];
  let searchFrom = 0;
  for (const item of found) {
    let start = item.offset?.start ?? -1;
    let length = item.offset?.length ?? 0;
    // compromise's offsets are JS string offsets; fall back to a search if they ever disagree.
    if (start < 0 || text.slice(start, start + length).trim() !== item.text.trim()) {
      const at = text.indexOf(item.text.trim(), searchFrom);
      if (at < 0) continue;
      start = at;
      length = item.text.trim().length;
    }
    searchFrom = start + 1;
    const trimmed = trimSpan(text, { start, end: start + length });
    if (trimmed) spans.push(trimmed);
  }
  return spans;
}
