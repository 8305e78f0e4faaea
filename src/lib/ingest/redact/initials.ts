/**
 * Initials that stand for a person nobody names in full: "Ring AJ on the helpdesk and tell him",
 * "When TM signed off my last one she told me". Capitals alone are usually an abbreviation ("HR",
 * "NHS", "SQL"), so a run of two or three capitals counts only where the sentence treats it as
 * someone: it does what people do ("JD taught me"), or a "he" or "she" picks it up, where it stands
 * as a person would (after "ask", "ring", "with", before a verb), never after "the" or "my".
 */
import { isAbbreviationOnly, isCommonWord, isOrganizationWord, isPlaceName } from './lexicon.ts';
import { isNamedThing } from './named-things.ts';
import { isSimplePast } from './text.ts';
import type { Token } from './tokens.ts';

/** Abbreviations people say as a person's role or a team ("ask HR", "the VP said"): never someone's initials. */
export const ROLE_ABBREVIATION =
  /^(?:AM|PM|HR|QA|PR|IT|US|UK|EU|UN|TV|PC|OK|ID|VP|MD|GP|PA|PO|DM|GM|HQ|ER|ICU|ENT|RN|NP|DBA|SRE|CEO|CTO|CFO|COO|CIO|CPO|CMO|API|SDK|SQL|UX|UI|AI|ML|DB|CI|CD|OKR|KPI|SLA|SOP|ETA|FAQ|PDF|CSV|CRM|ERP|RCA|MRI|CT|ECG|IV|DJ|MC|MBA)$/u;

/** Role abbreviations that are as often someone's initials or nickname: a person where the sentence says so ("DJ said"), never after "the". */
const ALSO_INITIALS = /^(?:DJ|MC)$/u;
/** What someone's is, after initials ("KT's feedback", "JD's team"): said of a person, not of a system or a department. */
const PERSONAL_THING =
  /^(?:feedback|advice|idea|ideas|view|views|opinion|take|comments?|notes?|reply|answer|question|words|team|desk|office|manager|boss|wife|husband|partner|kids|son|daughter|mum|mom|dad|family|birthday|leaving|farewell|retirement|handover|style|approach|mentor|promotion|appraisal|number|car|house|phone|email|e-mail|message|voice|face|name)$/u;

/** Verbs that say a person did something ("JD said", "TM signed off", "AJ taught me"). */
const PERSON_ACT =
  /^(?:said|says|told|tells|taught|teaches|asked|asks|reckons|reckoned|thinks|thought|signed|laughed|smiled|retired|rang|emailed|texted|messaged|showed|mentored|coached|trained|hired|promised|swore|insisted|warned|reviewed|helped|interviewed|promoted|who)$/u;
/** Where only a person stands: "thanks to KP", "worked under PJ", "paired with RK", "shadowed MB". */
const PERSON_SLOT =
  /\b(?:thanks[^\S\n]+to|thank(?:ed)?|shout[- ]?out[^\S\n]+to|(?:worked|working|work)[^\S\n]+(?:under|for|with)|reported[^\S\n]+to|report[^\S\n]+to|paired[^\S\n]+with|pairing[^\S\n]+with|shadowed|shadowing|sat[^\S\n]+down[^\S\n]+with|mentored[^\S\n]+by|trained[^\S\n]+by|hired[^\S\n]+by|managed[^\S\n]+by|me[^\S\n]+and)[^\S\n]+$/iu;
/** Words before a person in the sentence ("ring AJ", "with TM", "AJ and me"). */
const BEFORE_PERSON =
  /^(?:ask|asked|ring|rang|call|called|phone|phoned|email|emailed|ping|pinged|text|texted|message|messaged|tell|told|thank|thanked|meet|met|see|saw|with|from|by|cc|and|like|for)$/u;
/** Words after a person: a verb, or where a sentence goes on ("AJ on the helpdesk", "AJ, who…"). */
const AFTER_PERSON =
  /^(?:is|was|has|had|will|would|can|could|did|does|do|knows|knew|wants|wanted|gets|got|keeps|kept|runs|ran|on|at|in|from|who|and|about|over|isn't|wasn't|doesn't|didn't|won't)$/u;
const DETERMINER = /^(?:a|an|the|my|our|your|his|her|their|this|that|these|those|every|each|no|any|some|which|what)$/u;
/** A singular "he" or "she" referring back. */
const PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b/iu;

/** Initials a sentence treats as a person, among `tokens` of `text`. */
export function initialsAlone(text: string, tokens: readonly Token[]): { start: number; end: number; rule: string }[] {
  const out: { start: number; end: number; rule: string }[] = [];
  tokens.forEach((t, i) => {
    if (!t.allCaps || !/^\p{Lu}{2,3}$/u.test(t.text) || (ROLE_ABBREVIATION.test(t.text) && !ALSO_INITIALS.test(t.text))) return;
    if (
      (isCommonWord(t.lower) && !isAbbreviationOnly(t.lower) && !ALSO_INITIALS.test(t.text)) ||
      isPlaceName(t.lower) ||
      isOrganizationWord(t.lower) ||
      isNamedThing(t.text)
    )
      return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // One capitalised word beside another ("AJ Smith", "NHS Trust", "BBC News") is some other name's business.
    // A sentence's first word ("Ring AJ…", "When TM…") and "I" are not names' parts.
    const capital = (w: Token | undefined, gap: string | undefined) =>
      w !== undefined && (w.allCaps || w.titleCase) && w.text !== 'I' && !(w.sentenceStart && w.english) && /^[^\S\n]+$/u.test(gap ?? '');
    if (capital(prev, prev?.after) || capital(next, t.after)) return;
    const before = prev && !/[.!?\n]/u.test(prev.after) ? prev.lower : '';
    const prev2 = tokens[i - 2];
    // "talk to KT", "went to TM": "to" after talking or going, not "moved to LA".
    const talkedTo =
      before === 'to' && /^(?:talk|talked|speak|spoke|chat|chatted|write|wrote|listen|listened|go|went|turn|turned|ran|run)$/u.test(prev2?.lower ?? '');
    if (DETERMINER.test(before)) return;
    // "the DJ", "ask the MC": the role; "DJ said" or "DJ and MC ran": someone.
    const role = ROLE_ABBREVIATION.test(t.text);
    const after = next && !/[.!?\n]/u.test(t.after) && !t.possessive ? next.lower : '';
    const rest = twoSentences(text, t.end);
    const acts = PERSON_ACT.test(after) && t.text.length === 2;
    const slot = PERSON_SLOT.test(text.slice(Math.max(0, t.start - 40), t.start)) && t.text.length === 2;
    // "KT, she runs…", "AJ, who…": a person named and at once described.
    const described = /^,[^\S\n]*$/u.test(t.after) && /^(?:he|she|who)$/u.test(next?.lower ?? '');
    const pickedUp = PRONOUN.test(rest) && (BEFORE_PERSON.test(before) || talkedTo || AFTER_PERSON.test(after) || PERSON_ACT.test(after) || t.possessive);
    // "KT's feedback on my appraisal": what only a person has.
    const owns = t.possessive && t.text.length === 2 && PERSONAL_THING.test(next?.lower ?? '');
    // "DJ and MC ran the weekend shifts": two sets of initials doing something together.
    const together = pairedInitials(tokens, i);
    if (role ? acts || together : acts || slot || described || pickedUp || owns || together) out.push({ start: t.start, end: t.end, rule: 'initials-alone' });
  });
  return out;
}

/** Whether the initials at `i` and others joined to them by "and" are, together, the subject of a past tense. */
function pairedInitials(tokens: readonly Token[], i: number): boolean {
  const initials = (t: Token | undefined) =>
    t?.allCaps === true && /^\p{Lu}{2}$/u.test(t.text) && (!ROLE_ABBREVIATION.test(t.text) || ALSO_INITIALS.test(t.text)) && !isNamedThing(t.text);
  const joined = (a: Token | undefined, and: Token | undefined) =>
    a !== undefined && and?.lower === 'and' && /^[^\S\n]+$/u.test(a.after) && /^[^\S\n]+$/u.test(and.after);
  const first = joined(tokens[i], tokens[i + 1]) ? i : joined(tokens[i - 2], tokens[i - 1]) ? i - 2 : -1;
  if (first < 0 || !initials(tokens[first]) || !initials(tokens[first + 2])) return false;
  const second = tokens[first + 2]!;
  const verb = tokens[first + 3];
  return verb !== undefined && /^[^\S\n]+$/u.test(second.after) && (isSimplePast(verb.lower) || PERSON_ACT.test(verb.lower));
}

/** The rest of the sentence from `from`, and the sentence after it. */
function twoSentences(text: string, from: number): string {
  let end = from;
  for (let k = 0; k < 2; k++) {
    const m = /[.!?](?:\s|$)/u.exec(text.slice(end));
    if (!m) return text.slice(from, from + 400);
    end += m.index + 1;
  }
  return text.slice(from, end);
}
