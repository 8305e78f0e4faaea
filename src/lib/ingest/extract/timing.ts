import type { Turn } from '../transcript.ts';
import type { Passage } from './passages.ts';

/** Words a minute in conversation: to place words between sparse time marks. */
const WORDS_PER_SECOND = 2.5;

const countWords = (s: string) => (s.match(/\S+/g) ?? []).length;

/** When each turn starts, by its line: its own time, or an estimate from the last time mark and the words since. */
export function turnTimes(turns: readonly Turn[]): Map<number, { start: number; end?: number | undefined; exact: boolean; words: number }> {
  const out = new Map<number, { start: number; end?: number | undefined; exact: boolean; words: number }>();
  let mark: number | undefined;
  let since = 0;
  for (const t of turns) {
    const words = countWords(t.text);
    if (t.start !== undefined) {
      mark = t.start;
      since = 0;
      out.set(t.line, { start: t.start, end: t.end, exact: true, words });
    } else if (mark !== undefined) {
      out.set(t.line, { start: mark + since / WORDS_PER_SECOND, exact: false, words });
    }
    since += words;
  }
  return out;
}

/**
 * When a passage's first words are said. A passage that starts inside a turn (a long cue split at a
 * sentence, a lesson drawn mid-turn) is placed by word position: across the cue when it has an end, at
 * conversational pace when it has not. Approximate unless the words open a timed turn.
 */
export function passageStart(p: Passage, times: ReturnType<typeof turnTimes>): { seconds: number; approximate: boolean } | undefined {
  const first = p.turns[0];
  if (!first) return undefined;
  const t = times.get(first.line);
  if (!t) return p.start === undefined ? undefined : { seconds: p.start, approximate: true };
  const offset = first.offset ?? 0;
  if (offset === 0) return { seconds: t.start, approximate: !t.exact };
  const seconds = t.end !== undefined && t.words > 0 ? t.start + ((t.end - t.start) * offset) / t.words : t.start + offset / WORDS_PER_SECOND;
  return { seconds, approximate: true };
}
