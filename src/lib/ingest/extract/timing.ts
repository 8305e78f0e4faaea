import type { Turn } from '../transcript.ts';
import type { Passage } from './passages.ts';
import { countWords } from '../../text/index.ts';

/** Conversational pace, for placing words when a transcript gives only one time to measure from. */
const SECONDS_PER_WORD = 1 / 2.5;

/** A moment the transcript states: the word at this position (counting every speaker's words) is said then. */
interface Anchor {
  word: number;
  seconds: number;
  /** A turn's own start time, rather than the end of the one before. */
  start: boolean;
}

/**
 * When each word of a conversation is said, from the times the transcript gives: cue starts and ends,
 * or time marks now and then. A word between two stated times is placed by its position between them,
 * so the local pace of speech (and any pause) is respected; after the last stated time, at the pace the
 * whole transcript keeps. Before the first, nothing is known.
 */
export class Clock {
  readonly #anchors: Anchor[];
  readonly #firstWord = new Map<number, number>();
  readonly #pace: number;

  constructor(turns: readonly Turn[]) {
    const anchors: Anchor[] = [];
    let word = 0;
    for (const t of turns) {
      const n = countWords(t.text);
      if (!this.#firstWord.has(t.line)) this.#firstWord.set(t.line, word);
      if (t.start !== undefined) anchors.push({ word, seconds: t.start, start: true });
      if (t.end !== undefined && n > 0) anchors.push({ word: word + n, seconds: t.end, start: false });
      word += n;
    }
    // Time never runs backwards: a mark earlier than one before it is a typo, and is not used.
    anchors.sort((a, b) => a.word - b.word || a.seconds - b.seconds);
    this.#anchors = [];
    for (const a of anchors) if (!this.#anchors.length || a.seconds >= this.#anchors[this.#anchors.length - 1]!.seconds) this.#anchors.push(a);
    const first = this.#anchors[0];
    const last = this.#anchors[this.#anchors.length - 1];
    const measured = first && last && last.word > first.word ? (last.seconds - first.seconds) / (last.word - first.word) : undefined;
    // A pace outside 1–5 words a second is a transcript with long silences or a bad mark; fall back.
    this.#pace = measured !== undefined && measured >= 0.2 && measured <= 1 ? measured : SECONDS_PER_WORD;
  }

  /** Where the turn on this line starts, counted in words from the start of the conversation. */
  wordOf(line: number): number | undefined {
    return this.#firstWord.get(line);
  }

  /** When the word at this position is said; `exact` when the transcript states that very time. */
  at(word: number): { seconds: number; exact: boolean } | undefined {
    const anchors = this.#anchors;
    const here = anchors.filter((a) => a.word === word);
    // Where one cue ends and the next begins at the same word, the next one's start is when the word is said.
    if (here.length) return { seconds: here[here.length - 1]!.seconds, exact: here.some((a) => a.start) };
    const before = anchors.findLast((a) => a.word < word);
    if (!before) return undefined;
    const after = anchors.find((a) => a.word > word);
    if (!after) return { seconds: before.seconds + (word - before.word) * this.#pace, exact: false };
    return { seconds: before.seconds + ((after.seconds - before.seconds) * (word - before.word)) / (after.word - before.word), exact: false };
  }
}

/**
 * When a passage's first words are said. A passage that starts inside a turn (a long cue split at a
 * sentence, a lesson drawn mid-turn) or in a turn without a time of its own is placed by word position.
 * Approximate unless the words open a turn whose time the transcript states.
 */
export function passageStart(p: Passage, clock: Clock): { seconds: number; approximate: boolean } | undefined {
  const first = p.turns[0];
  const word = first && clock.wordOf(first.line);
  if (word === undefined) return p.start === undefined ? undefined : { seconds: p.start, approximate: true };
  const when = clock.at(word + (first!.offset ?? 0));
  if (!when) return p.start === undefined ? undefined : { seconds: p.start, approximate: true };
  return { seconds: when.seconds, approximate: !when.exact };
}
