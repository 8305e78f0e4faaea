import webvtt, { type VttCue, type VttError, type VttResult } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { TranscriptError, type Turn } from '../transcript.ts';
import { type VoiceSpan, voiceSpans, withZoomSpeaker } from './cue-text.ts';
import { dropRolledLines } from './rolling.ts';
import { splitLines } from './text.ts';
import { clip, fatalVttError } from './webvtt-errors.ts';
import { lenientVtt } from './webvtt-lenient.ts';

/** A cue as the WebVTT spec's parsing algorithm yields it. */
export interface WebVttCue {
  id: string;
  /** Seconds. */
  startTime: number;
  endTime: number;
  /** The cue text as written: tags, entities and line breaks kept. */
  text: string;
}

/**
 * Parses WebVTT exactly as the W3C parsing algorithm does (no leniency), as checked against the
 * web-platform-tests cases. Use `readWebVtt` for uploaded transcripts.
 */
export function parseWebVtt(text: string): { cues: WebVttCue[]; errors: VttError[] } {
  const { cues, errors } = strict(text);
  return { cues: cues.map(({ id, startTime, endTime, text: t }) => ({ id, startTime, endTime, text: t })), errors };
}

// 'metadata' mode: cue text is parsed into a tree without reporting markup errors, which do not lose words.
// The full HTML entity table: the parser's default knows six names and turns `&amp;` into `&;`.
const strict = (text: string): VttResult => new webvtt.WebVTTParser(entities).parse(text, 'metadata');

/**
 * Reads an uploaded WebVTT file into turns, one per cue (or per voice inside a cue), in time order. When the
 * strict parse reports errors it is retried on a leniently repaired copy (Teams/SRT-style timestamps written out
 * in full, a misplaced `WEBVTT` line), so leniency never changes how a conforming file reads. Errors that would
 * lose captions throw a TranscriptError.
 */
export function readWebVtt(text: string, file: string): Turn[] {
  let source = text;
  let result = strict(source);
  if (result.errors.length) {
    source = lenientVtt(text);
    result = strict(source);
  }
  const lines = splitLines(source);
  const fatal = fatalVttError(result.errors, lines, file);
  if (fatal) throw fatal;

  const located = locate(result.cues, lines);
  for (const { cue, line } of located) checkCue(cue, line, lines, file);

  const voiced = located.map(({ cue }) => voiceSpans(cue.tree.children));
  // Word timestamps mark automatic captions, which roll; repeated lines in human-made captions are left alone.
  const spans: VoiceSpan[][] = located.some(({ cue }) => /<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/.test(cue.text))
    ? dropRolledLines(voiced.map((s) => s.flatMap((span) => span.lines))).map((lines) => [{ lines }])
    : voiced;
  return located.flatMap(({ cue, line }, i) =>
    (spans[i] ?? [])
      .map(withZoomSpeaker)
      .filter((span) => span.lines.length > 0)
      .map((span): Turn => ({ speaker: span.speaker, text: span.lines.join(' '), start: cue.startTime, end: cue.endTime, line })),
  );
}

/** Pairs each cue with the 1-based line of its timing line; the parser keeps no positions. */
function locate(cues: readonly VttCue[], lines: readonly string[]): { cue: VttCue; line: number }[] {
  const byTimes = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (!l.includes('-->')) return;
    const t = { startTime: 0, endTime: 0 };
    if (!new webvtt.WebVTTCueTimingsAndSettingsParser(l, () => {}).parse(t, 0)) return;
    const key = `${t.startTime}|${t.endTime}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), i + 1]);
  });
  // The parser sorts cues by time; a stable sort keeps equal-time cues in file order, as the queues are.
  return cues.map((cue) => ({ cue, line: byTimes.get(`${cue.startTime}|${cue.endTime}`)?.shift() ?? 1 }));
}

function checkCue(cue: VttCue, line: number, lines: readonly string[], file: string): void {
  const timing = clip(lines[line - 1] ?? '');
  if (cue.endTime < cue.startTime) {
    throw new TranscriptError(
      file,
      line,
      1,
      `The cue \`${timing}\` ends before it starts. Correct the timestamps so the second is later than the first.`,
      'vtt-timing-order',
    );
  }
  if (cue.text !== '') return;
  const next = lines[line] ?? '';
  if (next.includes('-->')) {
    throw new TranscriptError(
      file,
      line + 1,
      1,
      `A second timing line \`${clip(next)}\` follows the timing line \`${timing}\` on line ${line}, so the cue on line ${line} has no text. Delete the duplicate timing line, or put the caption text between the two.`,
      'vtt-empty-cue',
    );
  }
  throw new TranscriptError(
    file,
    line,
    1,
    `The cue \`${timing}\` has no text. Write the caption text on the line below the timing line, or delete the cue.`,
    'vtt-empty-cue',
  );
}
