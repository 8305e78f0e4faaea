/**
 * How far a draft's time can be from when its words are said, measured where the truth is known: every
 * turn whose start the transcript states is hidden in turn, placed from the rest as a draft starting
 * there would be, and compared with the stated time.
 */
import { Clock } from '../extract/timing.ts';
import type { Turn } from '../transcript.ts';

/** Seconds between the placed and the stated start of each timed turn (after the first), in order. */
export function timingErrors(turns: readonly Turn[]): number[] {
  const errors: number[] = [];
  const timed = turns.map((t, i) => (t.start === undefined ? -1 : i)).filter((i) => i >= 0);
  // The first stated time has nothing before it to be placed from.
  for (const i of timed.slice(1)) {
    const hidden = turns.map((t, k) => (k === i ? { ...t, start: undefined } : t));
    const clock = new Clock(hidden);
    const word = clock.wordOf(turns[i]!.line);
    const when = word === undefined ? undefined : clock.at(word);
    if (when) errors.push(Math.abs(when.seconds - turns[i]!.start!));
  }
  return errors;
}

/** The median, and the share within `within` seconds, of a list of errors. */
export function summariseErrors(errors: readonly number[], within = 2): { turns: number; medianSeconds: number; withinShare: number } {
  const sorted = [...errors].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = !sorted.length ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { turns: sorted.length, medianSeconds: median, withinShare: sorted.length ? sorted.filter((e) => e <= within).length / sorted.length : 0 };
}

/** Words a minute assumed where a transcript states too little time to measure its own pace. */
const assumedPace = 150;

/**
 * Minutes of one side's talk: its words at the pace the transcript itself keeps between its first and last
 * stated times (podcast speech runs 155–205 words a minute, so a fixed 150 would make the talk look longer
 * than it was and drafts per hour look fewer), or at 150 a minute when it states less than a minute.
 */
export function talkMinutes(turns: readonly Turn[], speaks: (turn: Turn) => boolean): number {
  const words = (t: Turn) => t.text.split(/\s+/).filter(Boolean).length;
  const said = turns.filter(speaks).reduce((n, t) => n + words(t), 0);
  const timed = turns.map((t, i) => (t.start === undefined ? -1 : i)).filter((i) => i >= 0);
  const first = timed[0];
  const last = timed.at(-1);
  if (first === undefined || last === undefined) return said / assumedPace;
  const seconds = turns[last]!.start! - turns[first]!.start!;
  const between = turns.slice(first, last).reduce((n, t) => n + words(t), 0);
  return seconds >= 60 && between > 0 ? said / (between / (seconds / 60)) : said / assumedPace;
}
