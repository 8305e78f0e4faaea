import type { Turn } from '../transcript.ts';
import { splitTimedHeader, splitTimedSpeakerLabel } from './speaker.ts';
import { clockSeconds, collapse, splitLines } from './text.ts';

/**
 * Reads plain `Name: text` transcripts, one turn per labelled line, with the time where the line gives one
 * (`00:00:03 Name: text`, `Name (00:03): text`, or `Name (00:03):` above the text, as Rev writes it).
 * Unlabelled lines continue the turn above (wrapped text); after a blank line they start a new turn by the
 * same speaker (a new paragraph), unless the turn has no text yet.
 */
export function readPlain(text: string): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | undefined;
  let afterBlank = true;
  splitLines(text).forEach((raw, i) => {
    const line = collapse(raw);
    if (!line) {
      afterBlank = true;
      return;
    }
    const header = splitTimedHeader(line);
    if (header) {
      current = { speaker: header.speaker, text: '', start: clockSeconds(header.clock), line: i + 1 };
      turns.push(current);
      afterBlank = false;
      return;
    }
    const labelled = splitTimedSpeakerLabel(line);
    if (current && !current.text && !labelled) {
      current.text = line;
    } else if (labelled || !current || afterBlank) {
      current = { speaker: labelled?.speaker ?? current?.speaker, text: labelled?.text ?? line, line: i + 1 };
      if (labelled?.clock) current.start = clockSeconds(labelled.clock);
      turns.push(current);
    } else {
      current.text = `${current.text} ${line}`;
    }
    afterBlank = false;
  });
  return turns.filter((t) => t.text);
}
