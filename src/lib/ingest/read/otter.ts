import type { Turn } from '../transcript.ts';
import { clockSeconds, collapse, splitLines } from './text.ts';

/** An Otter.ai speaker header: the name, two or more spaces, the time (`Sam Okafor  0:09`, `Priya  1:02:03`). */
export const OTTER_HEADER = /^(\S.{0,60}?)\s{2,}((?:\d{1,2}:)?\d{1,2}:\d{2})\s*$/;

/**
 * Reads an Otter.ai text export: each header starts a turn whose text is the lines below it. Lines before the
 * first header (a title) become a turn without speaker rather than vanish; Otter's own footer is dropped.
 */
export function readOtter(text: string): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | undefined;
  splitLines(text).forEach((raw, i) => {
    const header = OTTER_HEADER.exec(raw);
    if (header) {
      const [, speaker = '', clock = ''] = header;
      current = { speaker: speaker.trim(), text: '', start: clockSeconds(clock), line: i + 1 };
      turns.push(current);
      return;
    }
    const line = collapse(raw);
    if (!line || /^Transcribed by https?:\/\/otter\.ai/i.test(line)) return;
    if (!current) {
      current = { text: '', line: i + 1 };
      turns.push(current);
    }
    current.text = current.text ? `${current.text} ${line}` : line;
  });
  // A header with nothing under it (Otter writes these for inaudible stretches) is no turn.
  return turns.filter((t) => t.text);
}
