/** Whitespace runs (including NBSP and line breaks) become one space; ends trimmed. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text lines of a file; `lines[i]` is line `i + 1`. */
export const splitLines = (text: string): string[] => text.split('\n');

export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/**
 * Seconds from a clock reading `m:ss`, `mm:ss`, `h:mm:ss` or `hh:mm:ss`, with an optional `.fraction`
 * (podcast markers write hundredths: `01:04:11.06`). Undefined unless minutes and seconds are below 60.
 */
export function clockSeconds(clock: string): number | undefined {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:\.(\d+))?$/.exec(clock);
  if (!m) return undefined;
  const [, h, min, s, frac] = m;
  if (Number(min) > 59 || Number(s) > 59) return undefined;
  return Number(h ?? 0) * 3600 + Number(min) * 60 + Number(s) + (frac ? Number(`0.${frac}`) : 0);
}
