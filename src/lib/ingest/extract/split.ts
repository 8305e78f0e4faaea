import type { Turn } from '../transcript.ts';
import { partsOf, type Passage } from './passages.ts';
import { countWords } from '../../text/index.ts';

/**
 * A sentence that turns what came before into advice or a lesson: "So my advice is…", "The lesson:", "So
 * what I'd say is, …", "What you can do is…", "And I think my lessons from that are…", "So now the very first
 * thing you do…".
 */
const DRAWS_A_LESSON =
  /^(?:(?:so|and|but|anyway)[,\s]+)?(?:i think[,\s]+)?(?:(?:my|the) (?:advice|lessons?|takeaways?|moral|tips?)\b|what i (?:learned|learnt|took away|tell people|would tell|['’]d tell)\b|(?:now[,\s]+)?the (?:very )?first thing (?:you do|to do|you want to do|you should do|i['’]d do)\b|what (?:i['’]d|i would) (?:say|suggest|recommend) is\b|what you (?:can|could|should|want to|need to|have to|['’]ve got to) do is\b|the one thing i['’]d (?:tell|say)\b|if i (?:had to|could) (?:give|offer) (?:one|some) (?:piece of )?advice\b|here['’]?s (?:my|the) (?:advice|lesson)\b)/iu;

const sentencesOf = (text: string) => text.match(/[^.!?]+(?:[.!?]+["”’)\]]*|$)\s*/g) ?? [text];

/**
 * Splits a passage where it turns from what happened to what to do: a story, then "so my advice is…", is
 * two pieces of knowledge, and each should be a draft of its own. The split is made at the sentence that
 * draws the lesson, when what comes before it has at least `minWords` words. (Splitting wherever the
 * classifier's kind changed between turns was tried and measured: it cut more pieces than it freed.)
 */
export function splitByKind(passage: Passage, minWords: number): Passage[] {
  const segments: { turn: Turn; marked: boolean }[] = [];
  for (const turn of passage.turns) {
    let buffer = '';
    let marked = false;
    let before = turn.offset ?? 0;
    const flush = () => {
      if (buffer.trim()) segments.push({ turn: { ...turn, text: buffer.trim(), offset: before }, marked });
      before += countWords(buffer);
      buffer = '';
    };
    for (const s of sentencesOf(turn.text)) {
      // From the sentence that draws the lesson to the end of the turn is the lesson.
      if (!marked && DRAWS_A_LESSON.test(s.trim())) {
        flush();
        marked = true;
      }
      buffer += s;
    }
    flush();
  }
  if (segments.length < 2) return [passage];

  const groups: Turn[][] = [];
  for (const seg of segments) {
    const group = groups[groups.length - 1];
    if (!group || (seg.marked && countWords(group.map((t) => t.text).join(' ')) >= minWords)) groups.push([seg.turn]);
    else group.push(seg.turn);
  }
  // A last part too short to stand alone goes back to the one before it.
  const lastGroup = groups[groups.length - 1]!;
  if (groups.length > 1 && countWords(lastGroup.map((t) => t.text).join(' ')) < minWords) groups[groups.length - 2]!.push(...groups.pop()!);
  if (groups.length < 2) return [passage];
  const parts = partsOf(passage, groups);
  // Each lesson is drawn from what came before it, so its draft can name that one as related.
  for (let i = 1; i < parts.length; i++) parts[i]!.drawnFrom = parts[i - 1];
  return parts;
}
