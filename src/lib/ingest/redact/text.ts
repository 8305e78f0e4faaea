/** Small text helpers shared by the detectors. Offsets are UTF-16 code units throughout. */

const SENTENCE_END = /[.!?…:;]/u;

/**
 * Whether `index` starts a sentence: only quotes, brackets, dashes and spaces stand between it and
 * the start of the text, a line break, or sentence-ending punctuation (a colon counts, for speaker
 * labels: "Nicole: Remember me?").
 */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') return true;
    if (/[\s"'“”‘’([*_–—-]/u.test(ch)) {
      i--;
      continue;
    }
    return SENTENCE_END.test(ch);
  }
  return true;
}

/** The word right after `index` (skipping spaces, a comma or a quote on the same line), lower-cased. */
export function nextWord(text: string, index: number): string {
  const m = /^[^\S\n]*[,"'“”‘’]?[^\S\n]*([\p{L}\p{M}'’]+)/u.exec(text.slice(index, index + 60));
  return m?.[1]?.toLowerCase() ?? '';
}

/** Words that make a thing of the word after them ("the Will", "your CV", "my April"), lower-cased. */
export const DETERMINER = /^(?:the|a|an|this|that|his|her|my|your|our|their|its)$/iu;
/** Words that say whose: "my", "your", "her"… ("My April was born"). */
export const POSSESSIVE_DETERMINER = /^(?:my|your|his|her|our|their)$/iu;
/** How anyone may be addressed: "I called him Sir", "she calls everyone Love". Never a name by itself. */
export const FORM_OF_ADDRESS =
  /^(?:sir|madam|ma'am|miss|boss|chief|mate|pal|buddy|love|dear|darling|son|kid|doctor|doc|nurse|sister|brother|captain|skipper|gaffer|guv|guvnor|sarge|officer|professor|coach|teacher)$/u;

/** Titles said before a name, lower-cased ("dr", "nurse", "councillor"). */
export const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lady|lord|rev|reverend|fr|father|sister|brother|aunt|auntie|uncle|madam|mister|captain|capt|coach|judge|senator|officer|detective|nurse|councillor|councilor|alderman|mayor|governor|minister|chancellor|inspector|sergeant|sgt|constable|superintendent|lieutenant|colonel|corporal|admiral|commander|bishop|rabbi|imam|pastor|vicar|chef|matron)$/u;

/** A day or a month: a date where nothing makes it a person ("But January was hard", "on Sunday"). */
export const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** Words before a day or a month that make it a date ("on Sunday", "next April"), not a given name. */
export const DATE_BEFORE =
  /^(?:on|before|after|by|until|till|til|since|from|through|into|in|during|for|next|last|this|that|every|each|a|the|of|early|late|mid|sunny|rainy|busy|quiet|whole|entire|all|one|any|some|following|previous|coming|past)$/u;

/** The word right before `index` on the same line, lower-cased. */
export function previousWord(text: string, index: number): string {
  const m = /([\p{L}\p{M}'’]+)[^\S\n]*[,"'“”‘’]?[^\S\n]*$/u.exec(text.slice(Math.max(0, index - 60), index));
  return m?.[1]?.toLowerCase() ?? '';
}

const IRREGULAR_PAST =
  /^(?:re|over|under|mis|out)?(?:said|told|did|made|took|gave|got|went|came|ran|kept|left|found|built|wrote|sent|brought|taught|caught|thought|knew|saw|put|sold|bought|paid|met|sat|stood|held|led|fought|won|drove|flew|spoke|broke|chose|rang|threw|spent|swore|woke|shut|quit|stuck|struck|lent|began|stepped)$/u;
const REGULAR_PAST = /^\p{L}{2,}(?:[^e\P{L}]ed|ied)$/u;

/**
 * A simple past tense that is no auxiliary ("fixed", "rewrote", "did"; not "was", "had", "need"): after a
 * word that may be a name, a modal ("Will"), a noun or an imperative would not be followed by one.
 */
export const isSimplePast = (lower: string): boolean => IRREGULAR_PAST.test(lower) || REGULAR_PAST.test(lower);
