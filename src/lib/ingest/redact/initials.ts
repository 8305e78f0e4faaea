/**
 * Initials that stand for a person nobody names in full: "Ring AJ on the helpdesk and tell him",
 * "When TM signed off my last one she told me". Capitals alone are usually an abbreviation ("HR",
 * "NHS", "SQL"), so a run of two or three capitals counts only where the sentence treats it as
 * someone: it does what people do ("JD taught me"), or a "he" or "she" picks it up, where it stands
 * as a person would (after "ask", "ring", "with", before a verb), never after "the" or "my".
 */
import { isAbbreviationOnly, isCommonWord, isOrganizationWord, isPlaceName } from './lexicon.ts';
import { isNamedThing } from './named-things.ts';
import type { Token } from './tokens.ts';

/** Abbreviations people say as a person's role or a team ("ask HR", "the VP said"): never someone's initials. */
export const ROLE_ABBREVIATION =
  /^(?:AM|PM|HR|QA|PR|IT|US|UK|EU|UN|TV|PC|OK|ID|VP|MD|GP|PA|PO|DM|GM|HQ|ER|ICU|ENT|RN|NP|DBA|SRE|CEO|CTO|CFO|COO|CIO|CPO|CMO|API|SDK|SQL|UX|UI|AI|ML|DB|CI|CD|OKR|KPI|SLA|SOP|ETA|FAQ|PDF|CSV|CRM|ERP|RCA|MRI|CT|ECG|IV|DJ|MC|MBA)$/u;

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
    if (!t.allCaps || !/^\p{Lu}{2,3}$/u.test(t.text) || ROLE_ABBREVIATION.test(t.text)) return;
    if ((isCommonWord(t.lower) && !isAbbreviationOnly(t.lower)) || isPlaceName(t.lower) || isOrganizationWord(t.lower) || isNamedThing(t.text)) return;
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
    const after = next && !/[.!?\n]/u.test(t.after) && !t.possessive ? next.lower : '';
    const rest = twoSentences(text, t.end);
    const acts = PERSON_ACT.test(after) && t.text.length === 2;
    const slot = PERSON_SLOT.test(text.slice(Math.max(0, t.start - 40), t.start)) && t.text.length === 2;
    // "KT, she runs…", "AJ, who…": a person named and at once described.
    const described = /^,[^\S\n]*$/u.test(t.after) && /^(?:he|she|who)$/u.test(next?.lower ?? '');
    const pickedUp = PRONOUN.test(rest) && (BEFORE_PERSON.test(before) || talkedTo || AFTER_PERSON.test(after) || PERSON_ACT.test(after) || t.possessive);
    if (acts || slot || described || pickedUp) out.push({ start: t.start, end: t.end, rule: 'initials-alone' });
  });
  return out;
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
