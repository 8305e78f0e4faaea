import type { Turn } from '../transcript.ts';
import { splitSpeakerLabel } from './speaker.ts';
import { collapse, splitLines } from './text.ts';

/**
 * Reads plain `Name: text` transcripts, one turn per labelled line. Unlabelled lines continue the turn above
 * (wrapped text); after a blank line they start a new turn by the same speaker (a new paragraph).
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
    const labelled = splitSpeakerLabel(line);
    if (labelled || !current || afterBlank) {
      current = { speaker: labelled?.speaker ?? current?.speaker, text: labelled?.text ?? line, line: i + 1 };
      turns.push(current);
    } else {
      current.text = `${current.text} ${line}`;
    }
    afterBlank = false;
  });
  return turns;
}
