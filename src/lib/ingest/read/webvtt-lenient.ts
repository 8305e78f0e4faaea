/**
 * Rewrites what real-world exports get slightly wrong into the form the WebVTT spec accepts, keeping every line
 * where it was (so line numbers in errors and turns still point into the uploaded file). Microsoft Teams writes
 * `0:0:3.3 --> 0:0:8.9`; some converters write SRT's `00:00:03,300`; hand-edited files gain blank lines or
 * spaces before `WEBVTT`. A timestamp that is wrong rather than merely short (`00:00:1d.890`, `00:61:00.000`)
 * is left alone, so the strict parser still reports it.
 */
export function lenientVtt(text: string): string {
  return signatureFirst(text.split('\n'))
    .map((line) => {
      const m = /^(\s*)(\S+)(\s*-->\s*)(\S+)(.*)$/.exec(line);
      if (!m) return line;
      const [, lead = '', from = '', arrow = '', to = '', rest = ''] = m;
      return `${lead}${canonical(from)}${arrow}${canonical(to)}${rest}`;
    })
    .join('\n');
}

/** `0:0:3.3` → `00:00:03.300`, `1:05` → `00:01:05.000`; anything else unchanged. */
function canonical(stamp: string): string {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(stamp);
  if (!m) return stamp;
  const [, h = '0', min = '', s = '', frac = ''] = m;
  if (Number(min) > 59 || Number(s) > 59) return stamp;
  // The digits after the separator are a decimal fraction: `3.3` is 3.300 s, not 3.003 s.
  return `${h.padStart(2, '0')}:${min.padStart(2, '0')}:${s.padStart(2, '0')}.${frac.padEnd(3, '0')}`;
}

/** Moves a `WEBVTT` line preceded only by blank lines to the top; the blank lines then follow it, as they may. */
function signatureFirst(lines: string[]): string[] {
  const at = lines.findIndex((l) => l.trim() !== '');
  const signature = lines[at]?.trim();
  if (at < 0 || !signature?.startsWith('WEBVTT')) return lines;
  return [signature, ...lines.slice(0, at), ...lines.slice(at + 1)];
}
