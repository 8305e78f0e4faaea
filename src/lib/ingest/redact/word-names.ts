/**
 * A given name that is also a word ("Will", "Hope", "Holly", "Bill") is a person where the sentence's
 * grammar makes one of it: it is spoken to, it has what only a person has, it goes with "I", it is what
 * only a person is, or it does what a modal cannot. Each rule is said with the words it must leave alone.
 */
import { nlp } from '../../text/nlp.ts';
import { CALENDAR, DETERMINER, FORM_OF_ADDRESS, nextWord } from './text.ts';
import type { Token } from './tokens.ts';

/** Words set off by commas that open or close a remark ("Well, …", "…, honestly"): nobody's name. */
const DISCOURSE = /^(?:guys|folks|everyone|honestly|well|yes|no|okay|right|sure|sorry|please|thanks|again|now|then|so|still|look|listen|anyway|obviously)$/u;
/** Seasons and times of day: "Summer's heat", "Dawn's light" are no one's. */
const TIME_OF_YEAR = /^(?:spring|summer|autumn|fall|winter|dawn|dusk|christmas|easter|eve)$/u;
/** What only a person is: "Ivy was my first hire", "Hope is our best planner". */
const PERSON_NOUN =
  /^(?:hire|boss|deputy|friend|mentor|mentee|manager|colleague|lead|supervisor|nurse|engineer|planner|driver|apprentice|trainee|intern|sister|brother|mother|father|mum|mom|dad|daughter|son|wife|husband|partner|neighbour|neighbor|cousin|aunt|uncle|grandmother|grandfather|gran|grandad|teacher|director|officer|clerk|foreman|forewoman|chef|porter|cleaner|steward|buyer)s?$/u;

/** Whether the given-name word `t` is a person by the grammar around it. */
export function wordNameByGrammar(text: string, t: Token): boolean {
  if (!t.titleCase || CALENDAR.test(t.lower)) return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const after = text.slice(t.end, t.end + 60);
  return (
    addressed(t, before, after) ||
    hasWhatAPersonHas(text, t, after) ||
    withMe(t, before, after) ||
    askedFor(before) ||
    personNoun(t, after) ||
    notAModal(t, after)
  );
}

/** "Honestly, Hope, you were right", "You were right, Will.": set off by commas, and spoken to. */
function addressed(t: Token, before: string, after: string): boolean {
  if (t.possessive || FORM_OF_ADDRESS.test(t.lower) || DISCOURSE.test(t.lower)) return false;
  // Not at a sentence's start: "Patience, you'll get there" is advice.
  const setOff = /,[^\S\n]*$/u.test(before);
  if (setOff && /^,[^\S\n]*(?:you|you're|you’re|your|i|i'm|i’m|we)\b/iu.test(after)) return true;
  return (
    /,[^\S\n]*$/u.test(before) && /^[^\S\n]*[!?]|^[^\S\n]*\.(?:[^\S\n]|$)/u.test(after) && /\byou\b/iu.test(before.slice(0, -1).split(/[.!?]/u).pop() ?? '')
  );
}

/** "Bill's van broke down": a possessive opening a sentence, before a thing, is someone's ("Summer's heat" stays). */
function hasWhatAPersonHas(text: string, t: Token, after: string): boolean {
  if (!t.possessive || !t.sentenceStart || TIME_OF_YEAR.test(t.lower)) return false;
  // "Will's going to…", "Summer's here": a contraction of "is", not a possessive.
  const next = nextWord(text, t.end + 2);
  if (!next || /^(?:here|there|gone|coming|going|over|back|not|been|got|a|an|the|so|very|too|just|really|always|never|still|done)$/u.test(next)) return false;
  const term = nlp(after.replace(/^['’]s/u, '').split(/[.,;!?]/u)[0] ?? '')
    .terms()
    .first();
  return term.has('#Noun') && !term.has('#Pronoun');
}

/** "Sunny and I drove to Hull", "me and Will": one who goes with "I" is a person. */
function withMe(t: Token, before: string, after: string): boolean {
  return !t.possessive && (/^[^\S\n]+and[^\S\n]+(?:I|me|myself)\b/u.test(after) || /\b(?:me|myself)[^\S\n]+and[^\S\n]+$/iu.test(before));
}

/** "Ask for Patience at the desk": whom one asks for is a person. */
function askedFor(before: string): boolean {
  return /\b(?:ask|asked|asking|asks)[^\S\n]+for[^\S\n]+$/iu.test(before);
}

/** "Ivy was my first hire", "Hope is our best planner": what only a person is. */
function personNoun(t: Token, after: string): boolean {
  if (t.possessive) return false;
  const m = /^[^\S\n]+(?:is|was|became|becomes)[^\S\n]+(\p{L}+)[^\S\n]+([\p{L}-]+(?:[^\S\n]+[\p{L}-]+){0,2})/u.exec(after);
  return (
    m !== null &&
    DETERMINER.test(m[1]!) &&
    m[2]!
      .toLowerCase()
      .split(/[^\S\n]+/u)
      .some((w) => PERSON_NOUN.test(w))
  );
}

/** What only a person does, said now: "Holly knows the system", "Rose reckons it's fine". */
const MINDS =
  /^[^\S\n]+(?:knows|thinks|believes|reckons|remembers|insists|agrees|disagrees|complains|prefers|worries|hates|swears|jokes|laughs|says|tells|asks)\b/u;

/**
 * "Will runs the night shift": a modal is followed by a bare verb, never by one ending in -s; and any
 * given name that knows, thinks or says is someone.
 */
function notAModal(t: Token, after: string): boolean {
  if (t.possessive) return false;
  if (MINDS.test(after)) return true;
  if (!/^(?:will|may)$/u.test(t.lower)) return false;
  const m = /^[^\S\n]+(\p{Ll}+s)[^\S\n]+(\p{L}+)/u.exec(after);
  if (!m) return false;
  // "Will costs rise?": a noun after the modal, and a question.
  const sentence = after.split(/[.!?]/u)[0] ?? '';
  if (/\?/u.test(after.slice(sentence.length, sentence.length + 1))) return false;
  return nlp(`she ${m[1]} ${m[2]}`).terms().eq(1).has('#PresentTense');
}
