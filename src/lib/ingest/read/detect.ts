import { TranscriptError, type Transcript } from '../transcript.ts';
import { MARKDOWN_LABEL } from './markdown.ts';
import { OTTER_HEADER } from './otter.ts';
import { splitTimedHeader, splitTimedSpeakerLabel } from './speaker.ts';
import { isBlank, splitLines } from './text.ts';

const SRT_TIMING = /^\s*\d{1,3}:\d{2}:\d{2},\d{3}\s*-->/;
const ANY_TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?\s*-->/;

/**
 * The format of a transcript, judged from its content. The file extension only decides when the content is
 * too broken to recognise, so that a damaged `.srt` gets the SRT reader's precise error instead of a vague one.
 */
export function detectFormat(text: string, file: string): Transcript['format'] {
  const lines = splitLines(text);
  const first = lines.find((l) => !isBlank(l)) ?? '';
  if (/^WEBVTT(?:[ \t]|$)/.test(first.trim())) return 'webvtt';
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (lines.some((l) => SRT_TIMING.test(l)) || lines.some((l, i) => /^\s*\d+\s*$/.test(l) && ANY_TIMING.test(lines[i + 1] ?? ''))) return 'srt';
  // Cues with `.` milliseconds but no `WEBVTT` line: WebVTT that lost its header, unless the name says SRT.
  if (lines.some((l) => ANY_TIMING.test(l))) return ext === 'srt' ? 'srt' : 'webvtt';

  const count = (test: (line: string, i: number) => boolean) => lines.filter(test).length;
  const markdown = count((l) => MARKDOWN_LABEL.test(l));
  const otter = count((l, i) => OTTER_HEADER.test(l) && !isBlank(lines[i + 1]) && !OTTER_HEADER.test(lines[i + 1] ?? ''));
  if (markdown || otter) return markdown >= otter ? 'markdown' : 'otter';
  const labelled = count((l) => splitTimedSpeakerLabel(l) !== undefined || splitTimedHeader(l) !== undefined);
  const nonBlank = count((l) => !isBlank(l));
  if (labelled >= 2 || (labelled === 1 && nonBlank === 1)) return 'plain';

  if (ext === 'srt') return 'srt';
  if (ext === 'vtt') return 'webvtt';
  const line = lines.indexOf(first) + 1;
  throw new TranscriptError(
    file,
    line,
    1,
    `Cannot tell what kind of transcript this is (it starts \`${first.trim().slice(0, 60)}\`). Upload a WebVTT file (first line \`WEBVTT\`), SRT cues (\`1\`, then \`00:00:01,000 --> 00:00:04,000\`, then text), an Otter export (\`Name  0:09\` above each paragraph), Markdown with \`**Name:** text\` paragraphs, or plain text with one \`Name: text\` line per turn, with or without its time (\`00:00:03 Name: text\`, Rev's \`Name (00:03):\`).`,
    'transcript-format',
  );
}
