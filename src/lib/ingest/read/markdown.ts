import type { Turn } from '../transcript.ts';
import { clockSeconds, collapse, isBlank, splitLines } from './text.ts';

/** `**Name:** text` or `**Name**: text` at the start of a line. */
export const MARKDOWN_LABEL = /^\*\*([^*\n]+?)(?::\*\*|\*\*[ \t]*:)[ \t]*/;
/** A time marker, escaped as the Changelog writes it (`\[12:05\]`, `\[01:04:11.06\]`) or not (`[12:05]`). */
const MARKER = /\\?\[((?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?)\\?\]/g;

interface Paragraph {
  line: number;
  text: string;
}

/**
 * Reads podcast-style Markdown transcripts: every paragraph is a turn, `**Name:**` starts a speaker's turn and
 * unlabelled paragraphs continue the same speaker. A turn starts at the first time marker inside it; turns
 * without one have no start rather than a guessed one (a label alone on its line, with its marker, passes both
 * to the paragraph below it). `**Break:** \[23:04\]` is no speaker: after it, nobody is assumed to be speaking.
 */
export function readMarkdown(text: string): Turn[] {
  const turns: Turn[] = [];
  let speaker: string | undefined;
  let pendingStart: number | undefined;
  for (const p of paragraphs(text)) {
    const label = MARKDOWN_LABEL.exec(p.text);
    const rest = label ? p.text.slice(label[0].length) : p.text;
    const marker = [...rest.matchAll(MARKER)][0];
    const words = plain(rest.replace(MARKER, ' '));
    if (label) speaker = collapse(label[1] ?? '');
    const start = marker ? clockSeconds(marker[1] ?? '') : undefined;
    if (!words) {
      if (label && /^break$/i.test(speaker ?? '')) {
        // The break's time is when the break starts; the talk after it starts later, at a time nobody wrote.
        speaker = undefined;
        pendingStart = undefined;
      } else pendingStart = start ?? pendingStart;
      continue;
    }
    turns.push({ speaker, text: words, start: start ?? pendingStart, line: p.line });
    pendingStart = undefined;
  }
  return turns;
}

/** Paragraphs of talk: split at blank lines and at labelled lines; front matter, headings and rules skipped. */
function paragraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, j) => j > 0 && l.trim() === '---');
    if (close > 0) i = close + 1;
  }
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line) || /^\s*(#{1,6}\s|([-*_])\s*\2\s*\2[-*_\s]*$|<!--)/.test(line)) {
      current = undefined;
      continue;
    }
    if (!current || MARKDOWN_LABEL.test(line)) {
      current = { line: i + 1, text: line.trim() };
      out.push(current);
    } else current.text += `\n${line.trim()}`;
  }
  return out;
}

/** Markdown to the words it displays: links keep their text, emphasis and escapes go. */
function plain(md: string): string {
  return collapse(
    md
      .replace(/(?<!\\)!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1'),
  );
}
