import type { VttError } from 'webvtt-parser';
import { TranscriptError } from '../transcript.ts';

const TIMING_EXAMPLE = '`00:01:02.500 --> 00:01:05.000`';

// What the parser's terse timestamp messages mean, in words a person fixing the file can act on.
const TIMESTAMP_PROBLEMS: Record<string, string> = {
  'No timestamp found.': 'a timestamp is missing',
  'Timestamp must start with a character in the range 0-9.': 'a timestamp must start with a digit',
  'No time unit separator found.': 'hours, minutes and seconds must be separated by `:`',
  'Must be exactly two digits.': 'minutes and seconds need exactly two digits',
  'No seconds found or minutes is greater than 59.': 'the minutes are above 59 or the seconds are missing',
  'No decimal separator (".") found.': 'the seconds need a `.` and three digits of milliseconds',
  'Milliseconds must be given in three digits.': 'milliseconds need exactly three digits',
  'You cannot have more than 59 minutes.': 'the minutes are above 59',
  'You cannot have more than 59 seconds.': 'the seconds are above 59',
  'No valid timestamp separator found.': 'the two timestamps must be separated by ` --> `',
};

/**
 * The first parser error that loses or garbles captions, as a TranscriptError; undefined when every error is one
 * a reader can live with (header lines without a blank line after them, unknown cue settings, cues out of order,
 * a missing blank line between cues that both have text).
 */
export function fatalVttError(errors: readonly VttError[], lines: readonly string[], file: string): TranscriptError | undefined {
  for (const e of [...errors].sort((a, b) => a.line - b.line)) {
    const found = explain(e, lines, file);
    if (found) return found;
  }
  return undefined;
}

function explain(e: VttError, lines: readonly string[], file: string): TranscriptError | undefined {
  const at = (n: number) => lines[n - 1] ?? '';
  if (e.message.startsWith('No valid signature')) {
    const first = at(1);
    return new TranscriptError(
      file,
      1,
      1,
      `${first.trim() ? `The first line is \`${clip(first)}\`, but a` : 'A'} WebVTT file must start with the line \`WEBVTT\`. Add \`WEBVTT\` and a blank line at the top, or export the captions again.`,
      'vtt-signature',
    );
  }
  const problem = TIMESTAMP_PROBLEMS[e.message];
  if (problem !== undefined) {
    const line = at(e.line);
    const col = e.col ?? 1;
    const stamp = tokenAt(line, col - 1);
    return new TranscriptError(
      file,
      e.line,
      col,
      `Bad timing line \`${clip(line)}\`: ${problem}${stamp && stamp !== '-->' ? ` (at \`${stamp}\`)` : ''}. Write it as \`hh:mm:ss.mmm --> hh:mm:ss.mmm\`, for example ${TIMING_EXAMPLE}.`,
      'vtt-timing',
    );
  }
  if (e.message === 'Cue identifier cannot be standalone.') {
    // Reported on the line after the orphan, which the parser took for a cue id.
    return new TranscriptError(
      file,
      e.line - 1,
      1,
      `\`${clip(at(e.line - 1))}\` has no timing line, so it belongs to no cue. Add a timing line such as ${TIMING_EXAMPLE} above it, or delete it.`,
      'vtt-missing-timing',
    );
  }
  if (e.message === 'Cue identifier needs to be followed by timestamp.') {
    return new TranscriptError(
      file,
      e.line - 1,
      1,
      `\`${clip(at(e.line - 1))}\` is followed by \`${clip(at(e.line))}\` instead of a timing line. Each cue is an optional id line, a timing line such as ${TIMING_EXAMPLE}, then its text; add the timing line or a blank line.`,
      'vtt-missing-timing',
    );
  }
  if (e.message === 'Cannot have timestamp in a comment.' || e.message === 'Cannot have timestamp in a style block.') {
    const block = e.message.includes('comment') ? 'a `NOTE` comment' : 'a `STYLE` block';
    return new TranscriptError(
      file,
      e.line,
      1,
      `The timing line \`${clip(at(e.line))}\` is inside ${block}, so its cue is lost. Put a blank line between the ${block.slice(2)} and the cue.`,
      'vtt-block',
    );
  }
  return undefined;
}

/** The whitespace-separated word of `line` that covers index `i` (or ends just before it). */
function tokenAt(line: string, i: number): string {
  const start = line.lastIndexOf(' ', Math.max(0, i - 1)) + 1;
  const end = line.indexOf(' ', i);
  return line.slice(start, end === -1 ? undefined : end).trim();
}

export const clip = (s: string, max = 80): string => {
  const t = s.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
