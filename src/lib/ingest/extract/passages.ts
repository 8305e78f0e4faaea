import type { Turn } from '../transcript.ts';
import { countWords } from '../../text/index.ts';

/** A run of the mentor's own words that may become one entry. */
export interface Passage {
  /** The mentor's turns in this passage, verbatim. */
  turns: Turn[];
  /** The mentor's words joined with blank lines between turns. */
  text: string;
  /** Seconds from the start of the recording, from the first timed turn. */
  start?: number | undefined;
  /** 1-based line of the first turn in the transcript. */
  line: number;
  /** The other speaker's last substantial turn before the passage (a question, usually); context only. */
  prompt?: string | undefined;
  /** The passage this one draws its lesson from (a story, then "so my advice is…"). */
  drawnFrom?: Passage | undefined;
}

const backchannel =
  /^(?:(?:right|yeah|yes|yep|mm+-?hm+|uh-huh|okay|ok|sure|wow|interesting|exactly|got it|i see|true|totally|absolutely|ha(?:ha)*|oh|nice|cool|huh|mhm|go on|makes sense|that makes sense)[\s,.!?]*)+$/i;

/** A short reply from the other side ("right", "mm-hm") that does not interrupt the mentor. */
export const isBackchannel = (text: string): boolean => backchannel.test(text.trim()) || text.trim().split(/\s+/).length <= 2;

/**
 * A remark of up to 25 words from the other side that asks nothing ("That's a great point, I've seen that too."): the
 * mentor carries on with the same thought, so the passage does not end there.
 */
const isAside = (text: string): boolean => countWords(text) <= 25 && !text.includes('?');

export interface PassageOptions {
  /** Turns longer than this many words are split at sentence boundaries. */
  maxWords: number;
  /** Passages shorter than this are dropped as too slight to stand alone. */
  minWords: number;
}

export const defaultPassageOptions: PassageOptions = { maxWords: 700, minWords: 25 };

/**
 * Groups the mentor's turns into runs, merging across interjections from the other side, then splits runs
 * into passages of at most `maxWords` at turn or sentence boundaries. Which passages survive, and as what
 * kind, is decided later.
 */
export function findPassages(turns: readonly Turn[], isMentor: (t: Turn) => boolean, options = defaultPassageOptions): Passage[] {
  const runs: { turns: Turn[]; prompt?: string | undefined; before?: number | undefined }[] = [];
  let current: Turn[] = [];
  let prompt: string | undefined;
  // Formats like podcast Markdown mark the time only now and then; a passage without a mark of its own
  // starts at or after the last one seen.
  let lastStart: number | undefined;
  let runBefore: number | undefined;
  const close = () => {
    if (current.length) runs.push({ turns: current, prompt, before: runBefore });
    current = [];
  };
  for (const turn of turns) {
    if (isMentor(turn)) {
      if (!current.length) runBefore = lastStart;
      current.push(turn);
    } else if (current.length && (isBackchannel(turn.text) || isAside(turn.text))) continue;
    else {
      close();
      prompt = turn.text;
    }
    if (turn.start !== undefined) lastStart = turn.start;
  }
  close();

  const passages: Passage[] = [];
  for (const run of runs) {
    let before = run.before;
    for (const chunk of chunkTurns(run.turns, options.maxWords)) {
      const text = chunk.map((t) => t.text).join('\n\n');
      const start = chunk.find((t) => t.start !== undefined)?.start ?? before;
      before = chunk.findLast((t) => t.start !== undefined)?.start ?? start;
      if (countWords(text) < options.minWords) continue;
      passages.push({
        turns: chunk,
        text,
        start,
        line: chunk[0]!.line,
        prompt: chunk[0] === run.turns[0] ? run.prompt : undefined,
      });
    }
  }
  return passages;
}

/** Splits a run into chunks of whole turns; a single turn over the limit is split at sentence ends. */
function chunkTurns(turns: readonly Turn[], maxWords: number): Turn[][] {
  const pieces = turns.flatMap((t) => (countWords(t.text) > maxWords ? splitTurn(t, maxWords) : [t]));
  const chunks: Turn[][] = [];
  let chunk: Turn[] = [];
  let size = 0;
  for (const piece of pieces) {
    const n = countWords(piece.text);
    if (chunk.length && size + n > maxWords) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(piece);
    size += n;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** Splits one long turn into roughly equal parts at sentence ends; each part keeps the turn's time and line. */
function splitTurn(turn: Turn, maxWords: number): Turn[] {
  const sentences = turn.text.match(/[^.!?]+(?:[.!?]+["”’)\]]*|$)\s*/g) ?? [turn.text];
  const total = countWords(turn.text);
  const parts = Math.ceil(total / maxWords);
  const target = total / parts;
  const out: Turn[] = [];
  let buffer = '';
  let before = turn.offset ?? 0;
  for (const s of sentences) {
    buffer += s;
    if (countWords(buffer) >= target && out.length < parts - 1) {
      out.push({ ...turn, text: buffer.trim(), offset: before });
      before += countWords(buffer);
      buffer = '';
    }
  }
  if (buffer.trim()) out.push({ ...turn, text: buffer.trim(), offset: before });
  // Later parts keep the turn's start: the nearest time the transcript gives at or before their words.
  return out;
}
