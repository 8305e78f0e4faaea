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
  const turns = READERS[format](text, file);
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
