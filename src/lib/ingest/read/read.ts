import { TranscriptError, type Transcript, type Turn } from '../transcript.ts';
import { decode } from './decode.ts';
import { detectFormat } from './detect.ts';
import { readMarkdown } from './markdown.ts';
import { readOtter } from './otter.ts';
import { readPlain } from './plain.ts';
import { readSrt } from './srt.ts';
import { readWebVtt } from './webvtt.ts';

const READERS: Record<Transcript['format'], (text: string, file: string) => Turn[]> = {
  webvtt: readWebVtt,
  srt: readSrt,
  otter: readOtter,
  plain: readPlain,
  markdown: readMarkdown,
};

const FORMAT_NAMES: Record<Transcript['format'], string> = {
  webvtt: 'WebVTT',
  srt: 'SRT',
  otter: 'Otter',
  plain: 'plain-text',
  markdown: 'Markdown',
};

/**
 * Captions name the speaker when the speaker changes (SRT and Zoom exports, captioners' convention): a
 * cue without a name after a named one is the same person going on. Left unnamed, the mentor's words in
 * it would be taken for the other side's. A file that names no one keeps its turns unnamed.
 */
function carrySpeakers(turns: Turn[]): Turn[] {
  let speaker: string | undefined;
  return turns.map((t) => {
    if (t.speaker !== undefined) speaker = t.speaker;
    return t.speaker === undefined && speaker !== undefined ? { ...t, speaker } : t;
  });
}

/**
 * Reads an uploaded transcript (WebVTT, SRT, Otter, Markdown or plain `Name: text`, in UTF-8, UTF-16 or
 * Windows-1252) into the normalised model. Throws a TranscriptError with the place and a fix when the file is
 * empty, unrecognisable, malformed, or yields no turns.
 */
export function readTranscript(bytes: Uint8Array, file: string): Transcript {
  const { text, encoding } = decode(bytes);
  if (!text.trim()) {
    throw new TranscriptError(file, 1, 1, 'The file is empty. Upload the exported transcript or caption file itself.', 'transcript-empty');
  }
  const format = detectFormat(text, file);
  const turns = carrySpeakers(READERS[format](text, file));
  if (!turns.length) {
    throw new TranscriptError(
      file,
      1,
      1,
      `No captions or speaker turns found in this ${FORMAT_NAMES[format]} file; is this a transcript? Export the conversation again with its captions or text included.`,
      'transcript-no-turns',
    );
  }
  const speakers = [...new Set(turns.flatMap((t) => (t.speaker === undefined ? [] : [t.speaker])))];
  return { format, encoding, speakers, turns };
}
