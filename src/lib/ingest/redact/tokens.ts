/** Words of a text with their offsets and the features the person detector looks at. */
import { isCommonWord, isEnglishWord, isFirstName, isLastName, isPersonWord, isPlaceName } from './lexicon.ts';
import { isSentenceStart } from './text.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** "Sam", "O'Brien", "McDonald", "Achterberg-Nwosu" (not "GitHub", not "sam"). */
  titleCase: boolean;
  /** "SAM", "WHITFIELD". */
  allCaps: boolean;
  /** A single capital letter, with or without its full stop ("J.", "D"). */
  initial: boolean;
  /** Common English vocabulary ("will", "mark", "hospital"). */
  english: boolean;
  /** Everyday English; `english` but not `common` means a rare word ("Bowman", "Belle"). */
  common: boolean;
  /** compromise knows it as a given name, family name or famous person. */
  name: boolean;
  place: boolean;
  /** Starts a sentence or a line. */
  sentenceStart: boolean;
  /** The characters between this token and the next one (or the end of the text). */
  after: string;
  /** Followed by a possessive `'s`, which is not part of `text`. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+|-[\p{L}\p{M}]+)*/gu;
const NAME_PREFIX = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/** A particle written small before the capital of a family name: "al-Rashid", "d'Souza", "van-Dijk". */
const SMALL_PARTICLE = /^(?:al|el|ibn|bin|d|de|di|da|del|van|von|ter|ten|le|la)[-'’](?=\p{Lu})/u;

function isTitleCase(word: string): boolean {
  if (SMALL_PARTICLE.test(word)) return isTitleCase(word.replace(SMALL_PARTICLE, ''));
  if (!/^\p{Lu}/u.test(word)) return false;
  // Each hyphen or apostrophe part is Capitalised or lower case; no capitals inside a part
  // ("GitHub", "JavaScript"), except after a name prefix ("McDonald", "DeShawn").
  return word.split(/[-]/u).every((part) => {
    // "McDonald" → "Mconald", "O'Neill" → "Oeill": the prefix's own capital and apostrophe set aside.
    const rest = part.replace(NAME_PREFIX, (m) => m[0] + m.slice(1, -1).replace(/['’]/gu, '').toLowerCase());
    return /^\p{Lu}?[\p{Ll}\p{M}]+(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(rest) || /^\p{Lu}$/u.test(part);
  });
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (/['’]s$/iu.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    let end = start + word.length;
    // "I" is the speaker, not an initial, unless a name follows it ("I. M. Pei").
    const initial = /^\p{Lu}$/u.test(word) && (word !== 'I' || /^\.\s*\p{Lu}/u.test(text.slice(end)));
    if (initial && text.charAt(end) === '.') end += 1;
    const lower = word.toLowerCase();
    const allCaps = word.length >= 2 && word === word.toUpperCase() && word !== lower;
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      lower,
      titleCase: !allCaps && isTitleCase(word),
      allCaps,
      initial,
      english: isEnglishWord(lower) || lower.split('-').every((p) => isEnglishWord(p)) || prefixed(lower),
      common: isCommonWord(lower) || lower.split('-').every((p) => isCommonWord(p)),
      name: isFirstName(lower) || isLastName(lower) || isPersonWord(lower),
      place: isPlaceName(lower),
      sentenceStart: isSentenceStart(text, start),
      after: '',
      possessive,
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t) t.after = text.slice(t.end, tokens[i + 1]?.start ?? text.length);
  }
  return tokens;
}

/**
 * "Pre-pick", "re-slot", "co-own", "de-risk": a word made with a prefix is a word, not a name, however the
 * word lists spell it. No name opens with one of these and a hyphen.
 */
const PREFIX = /^(?:pre|re|co|de|un|non|sub|over|under|mis|multi|self|semi|anti|post|cross|out|up|off)-(?=[\p{Ll}])/u;
const prefixed = (lower: string): boolean =>
  PREFIX.test(lower) &&
  lower
    .replace(PREFIX, '')
    .split('-')
    .every((p) => isEnglishWord(p));
