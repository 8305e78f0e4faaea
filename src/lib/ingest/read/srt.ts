import { TranscriptError, type Turn } from '../transcript.ts';
import { splitSpeakerLabel } from './speaker.ts';
import { collapse, isBlank, splitLines } from './text.ts';
import { clip } from './webvtt-errors.ts';

const EXAMPLE = '`00:01:02,500 --> 00:01:05,000`';
const INDEX = /^\s*\d+\s*$/;
const TIMING = /^(\s*)(\S+)\s*-->\s*(\S+)/;

/**
 * Reads SubRip: blocks of a cue number, a timing line `hh:mm:ss,mmm --> hh:mm:ss,mmm` and text lines, separated
 * by blank lines. Tolerates extra blank lines, no blank line at the end, a missing blank line before the next
 * cue, `.` for `,`, and a missing cue number. Anything else is an error naming the line and the fix, because a
 * silently skipped cue would drop what someone said.
 */
export function readSrt(text: string, file: string): Turn[] {
  const lines = splitLines(text);
  const fail = (line: number, column: number, message: string, rule: string): never => {
    throw new TranscriptError(file, line, column, message, rule);
  };
  const turns: Turn[] = [];
  let i = 0;
  for (;;) {
    while (i < lines.length && isBlank(lines[i])) i++;
    if (i >= lines.length) return turns;
    const first = lines[i] ?? '';
    if (INDEX.test(first)) {
      const next = lines[i + 1];
      if (isBlank(next))
        fail(i + 1, 1, `Cue \`${first.trim()}\` has no timing line. Add one such as ${EXAMPLE} on the line after the cue number.`, 'srt-missing-timing');
      if (!next?.includes('-->'))
        fail(
          i + 2,
          1,
          `Expected the timing line of cue \`${first.trim()}\`, found \`${clip(next ?? '')}\`. Add a timing line such as ${EXAMPLE} between the cue number and the text.`,
          'srt-missing-timing',
        );
      i++;
    } else if (!first.includes('-->')) {
      fail(
        i + 1,
        1,
        `Expected a cue number or a timing line, found \`${clip(first)}\`. Start each cue with its number and a timing line, e.g. \`1\` then \`00:00:01,000 --> 00:00:04,000\`, followed by the text and a blank line.`,
        'srt-structure',
      );
    }
    const timingLine = i + 1;
    const { start, end } = timing(lines[i] ?? '', timingLine, fail);
    i++;
    const body: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !startsCue(lines, i)) body.push(lines[i++] ?? '');
    if (!body.length) {
      fail(
        timingLine,
        1,
        `The cue \`${clip(lines[timingLine - 1] ?? '')}\` has no text. Write the caption text on the line below the timing line, or delete the cue.`,
        'srt-empty-cue',
      );
    }
    const words = collapse(body.map(stripMarkup).join('\n'));
    if (!words) continue;
    const labelled = splitSpeakerLabel(words);
    turns.push({ speaker: labelled?.speaker, text: labelled?.text ?? words, start, end, line: timingLine });
  }
}

/** A timing line (or a cue number followed by one) where text was expected: the blank line before it is missing. */
function startsCue(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (INDEX.test(line)) return TIMING.test(lines[i + 1] ?? '');
  return TIMING.test(line) && /\d\s*-->\s*\d/.test(line);
}

type Fail = (line: number, column: number, message: string, rule: string) => never;

function timing(line: string, lineNo: number, fail: Fail): { start: number; end: number } {
  const m = TIMING.exec(line);
  if (!m) return fail(lineNo, 1, `Bad timing line \`${clip(line)}\`. Write it as \`hh:mm:ss,mmm --> hh:mm:ss,mmm\`, for example ${EXAMPLE}.`, 'srt-timing');
  const [, lead = '', from = '', to = ''] = m;
  const toColumn = line.indexOf(to, lead.length + from.length) + 1;
  const start = stamp(from, lineNo, lead.length + 1, fail);
  const end = stamp(to, lineNo, toColumn, fail);
  const separators = new Set([from, to].map((s) => s.replace(/^.*\d([,.])\d+$/, '$1')));
  if (separators.size > 1) {
    fail(
      lineNo,
      toColumn,
      `The timing line \`${clip(line)}\` mixes \`,\` and \`.\` before the milliseconds. Use \`,\` in both timestamps, for example \`${from.replace('.', ',')} --> ${to.replace('.', ',')}\`.`,
      'srt-timing',
    );
  }
  if (end < start) {
    fail(
      lineNo,
      toColumn,
      `The cue ends at \`${to}\`, before it starts at \`${from}\`. Correct the timing line so the end is later than the start.`,
      'srt-timing-order',
    );
  }
  return { start, end };
}

/** Seconds from `hh:mm:ss,mmm`; `.` is accepted for `,` as many tools write it. */
function stamp(s: string, lineNo: number, column: number, fail: Fail): number {
  const m = /^(\d{1,3}):(\d{2}):(\d{2})[,.](\d{3})$/.exec(s);
  const [, h, min, sec, ms] = m ?? [];
  if (!m || Number(min) > 59 || Number(sec) > 59) {
    return fail(
      lineNo,
      column,
      `\`${clip(s, 30)}\` is not an SRT timestamp. Write it as \`hh:mm:ss,mmm\` with minutes and seconds below 60, for example \`00:01:02,500\`.`,
      'srt-timing',
    );
  }
  return Number(h) * 3600 + Number(min) * 60 + Number(sec) + Number(ms) / 1000;
}

/** SRT allows HTML-like `<i>`/`<font>` tags and ASS overrides such as `{\an8}`; neither is spoken. */
const stripMarkup = (line: string): string => line.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '');
