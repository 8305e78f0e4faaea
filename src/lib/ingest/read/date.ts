/**
 * The day a conversation took place, from where people write it: the file name
 * (`2025-03-14-priya.vtt`), or the transcript's header (a WebVTT header or NOTE, Markdown front matter or
 * title: "Recorded 14 March 2025"). Undefined when neither says; the caller then says it guessed.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

const monthNumber = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

/** The first date written in `text`: `2025-03-14`, `14 March 2025`, `March 14, 2025`. */
export function findDate(text: string): string | undefined {
  const iso = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/u.exec(text);
  const dmy = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${month}\s+((?:19|20)\d\d)\b`, 'iu').exec(text);
  const mdy = new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'iu').exec(text);
  const found = [
    iso && { at: iso.index, date: valid(Number(iso[1]), Number(iso[2]), Number(iso[3])) },
    dmy && { at: dmy.index, date: valid(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])) },
    mdy && { at: mdy.index, date: valid(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])) },
  ].filter((f): f is { at: number; date: string } => !!f?.date);
  return found.sort((a, b) => a.at - b.at)[0]?.date;
}

/** Where the date came from, for the report. */
export type DateSource = 'option' | 'file name' | 'transcript' | 'file date';

/** The header of a transcript: what comes before its first cue or turn (at most 20 lines). */
export function transcriptHeader(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 20);
  const firstCue = lines.findIndex((l) => /-->|^\s*\*\*[^*]+:\*\*|^[^:\s][^:]{0,40}:\s+\S/.test(l) && !/^\s*(?:date|recorded|title|NOTE)\b/i.test(l));
  return lines.slice(0, firstCue < 0 ? lines.length : Math.max(1, firstCue)).join('\n');
}

/** The conversation's date and where it came from: the file name, then the transcript's header. */
export function conversationDate(fileName: string, text: string): { date: string; from: DateSource } | undefined {
  const named = findDate(fileName);
  if (named) return { date: named, from: 'file name' };
  const headed = findDate(transcriptHeader(text));
  return headed ? { date: headed, from: 'transcript' } : undefined;
}
