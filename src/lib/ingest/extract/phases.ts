/**
 * The parts of a recorded conversation around its knowledge: the opening (hellos, "okay if I record?",
 * the traffic, the tea) before the other side asks its first real question, and the closing chat after it
 * thanks the mentor for the whole conversation (the family, the leaving do, the holiday). What the mentor
 * says there is small talk, however it is worded.
 */
import type { Turn } from '../transcript.ts';
import { countWords } from '../../text/index.ts';
import { notKnowledgeShares, sentences } from './smalltalk.ts';

/** Questions about the call or the day, not the work: "Is it okay if I record this?", "Did you get in all right?". */
const aboutTheCall =
  /\b(?:record(?:ing)?|hear me|see me|see my screen|ready|shall we (?:start|begin|get going|make a start)|good to go|get in (?:all right|alright|ok(?:ay)?)|find (?:us|the place|the room)|(?:your|the) (?:weekend|trip|journey|drive|commute|holiday|flight|traffic)|coffee|tea|sit (?:down|wherever))\b/iu;

/** A sentence that asks, and asks about the work: not a pleasantry or a question about the call. */
const asksAboutTheWork = (sentence: string): boolean => {
  if (!sentence.includes('?')) return false;
  if (aboutTheCall.test(sentence)) return false;
  const shares = notKnowledgeShares(sentence);
  return shares['small-talk'] === 0 && shares.logistics === 0;
};

/** The other side asks its first real question: a question about the work, or a request ("Talk me through…"). */
const opensTheConversation = (text: string, request: RegExp): boolean => request.test(text) || sentences(text).some(asksAboutTheWork);

/** Thanks for the whole conversation: "This has been more useful than the whole handover pack", "Thank you for your time". */
const thanksForAll =
  /\b(?:this|that|today|it)(?: has been| was| is|['’]s)(?: (?:really|so|very|incredibly|super|honestly|genuinely|all|just|such))* (?:(?:so much |a lot |far |way )?more |a )?(?:helpful|useful|valuable|brilliant|great|amazing|illuminating|insightful|gold|goldmine|treasure)\b|\bthank(?:s| you)(?: (?:so|very) much)? for (?:your time|the time|today|this|doing this|all (?:of )?(?:this|that|your time)|everything|sharing (?:all|so much))\b|\b(?:that's|those are|that is) (?:all|everything) (?:i had|my questions|from me|i wanted to ask)\b/iu;

/** The mentor asking to be asked: "Go on then, ask me things", "Where do you want to start?", "Fire away". */
const invites =
  /\b(?:ask me (?:things|anything|away|whatever)|fire away|(?:where|what) (?:do|shall|should|would) (?:you|we) (?:want to |like to )?start|what (?:do|would) you (?:want|like) to (?:know|ask|talk about|start with|cover)|what['’]s (?:first|on your list)|what have you got for me|go ahead(?:,| and)? ask)\b/iu;
/** Fewer words than this after the invitation are still hellos ("Ha, okay."). */
const substantialAsk = 8;

/** Conversations whose closing comes in their last part only: "This is really helpful" halfway through is a remark. */
const closingShare = 0.75;
/** An opening longer than a few sentences is the mentor already telling something. */
const openingWords = 150;

export interface Phases {
  /** Index of the other side's first real question; the mentor's turns before it are the opening. */
  opened: number;
  /** The first real ask answered the mentor's invitation to ask: everything the mentor said before it was hellos. */
  invited: boolean;
  /** Index of the other side's thanks for the whole conversation; the mentor's turns after it are the closing. */
  closed: number;
}

/** Where the opening ends and the closing starts. A conversation with no other side has neither. */
export function phasesOf(turns: readonly Turn[], isMentor: (t: Turn) => boolean, request: RegExp): Phases {
  const other = turns.map((t, i) => ({ t, i })).filter(({ t }) => !isMentor(t) && t.speaker !== undefined);
  const asked = other.find(({ t }) => opensTheConversation(t.text, request));
  // "Go on then, ask me things.": after the mentor invites it, the other side's next turn of substance is
  // the first real ask, question mark or not ("I suppose the thing that scares me is the big incidents").
  const invite = turns.findIndex((t, i) => isMentor(t) && invites.test(t.text) && (!asked || i < asked.i));
  const answer = invite < 0 ? undefined : other.find(({ t, i }) => i > invite && countWords(t.text) >= substantialAsk);
  const first = answer && (!asked || answer.i < asked.i) ? answer : asked;
  // Where each turn starts, in words from the start of the conversation.
  const at: number[] = [];
  let total = 0;
  for (const t of turns) {
    at.push(total);
    total += countWords(t.text);
  }
  const last = other.findLast(({ t, i }) => at[i]! >= closingShare * total && thanksForAll.test(t.text));
  return { opened: first ? first.i : -1, invited: first !== undefined && first === answer, closed: last ? last.i : turns.length };
}

/**
 * Whether a run of the mentor's turns, starting at turn `index` with `words` words, is in the opening or
 * the closing. In the closing, a question that opens a new thread (`newThread`: "One last thing: how do you
 * handle…?") starts knowledge again.
 */
export function inPhase(phases: Phases, index: number, words: number, newThread: boolean): 'opening' | 'closing' | undefined {
  if (index < phases.opened && words <= openingWords) return 'opening';
  if (index > phases.closed && !newThread) return 'closing';
  return undefined;
}
