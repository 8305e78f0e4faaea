/**
 * Person names that nobody told us about in advance. Recall matters more than precision here: a
 * missed name is published, a wrong guess only costs a few words of the quote.
 *
 * Evidence, strongest first: an honorific ("Dr. Kyle Kuefer"), a phrase that introduces a person
 * ("my manager Dana", "a guy called Jo", "my name is Siiri"), a speaker label ("Nicole: …"),
 * a name compromise knows, and finally capitalised words that are not English vocabulary
 * ("Krisztián Szöllösy", "Tomomi"). Capitalised runs that read as organisations or places are left
 * to `organizations.ts` and `contact.ts`.
 */
import { compromiseSpans } from './compromise-spans.ts';
import { initialsAlone } from './initials.ts';
import { isNamedThing } from './named-things.ts';
import { nicknamesBeforeRealName } from './nicknames.ts';
import { isTownOrCity } from './places.ts';
import { nlp } from '../../text/nlp.ts';
import { isDemonym, isFirstName, isGivenName, isLastName, isOrgWord } from './lexicon.ts';
import { CALENDAR, DATE_BEFORE, DETERMINER, FORM_OF_ADDRESS, HONORIFIC, isSentenceStart, isSimplePast, POSSESSIVE_DETERMINER, previousWord } from './text.ts';
import { tokenize, type Token } from './tokens.ts';
import { wordNameByGrammar } from './word-names.ts';
import type { Span } from './types.ts';

const PARTICLE = /^(?:van|von|vom|zu|zur|de|der|den|del|della|dei|degli|di|da|du|dos|das|do|la|le|bin|bint|ibn|ben|bat|al|el|ter|ten|af|ap|ab|y|st)$/u;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/u;

/** Words right before a name that say a person follows. Checked on the lower-cased preceding text. */
const INTRODUCER = new RegExp(
  String.raw`(?:\b(?:starring|featuring|directed by|written by|produced by|name is|name's|name was|names are|nicknamed|nickname was|nickname is|(?:he|she) (?:goes|went) by|(?:he|she) was known as|(?:he|she)['’]s known as|` +
    String.raw`(?:my|our|your|his|her|their|the|a|an|new|old|former)\s+(?:manager|boss|colleague|co-?worker|friend|mentor|mentee|supervisor|director|lead|team ?lead|report|direct report|assistant|partner|founder|ceo|cto|cfo|coo|vp|engineer|developer|designer|analyst|intern|hire|recruiter|customer|client|counterpart|peer|teammate|contact|buddy|neighbou?r|guy|man|woman|lady|girl|boy|fellow|chap|bloke|person|people|manager's))` +
    String.raw`,?\s+|\b(?:guy|man|woman|lady|girl|boy|fellow|chap|bloke|person|someone|somebody|one|engineer|manager|colleague)\s+(?:called|named)\s+)$`,
  'u',
);
/** What everyone called someone: "we called him", "everyone calls her". */
const CALLED = /\b(?:call|calls|called|calling)[^\S\n]+(?:him|her)[^\S\n]+["'“‘]?$/u;
/** Weaker cues ("this is X", "thanks X"): they do not make a person of an everyday word ("I'm German"). */
const WEAK_INTRODUCER = /\b(?:i'm|i’m|i am|this is|it's|it’s|meet|met|ask|asked|tell|told|thanks|thank you|hi|hello|hey|dear|cc|signed|regards),?\s+$/u;

/** Words after a single capitalised word that make a person of it ("Will said", "Tomomi is from"). */
const PERSON_VERB =
  /^(?:said|says|told|tells|asked|asks|thinks|thought|wrote|writes|replied|explained|added|wants|wanted|called|emailed|mentioned|suggested|agreed|joined|left|ran|runs|will|would|had|has|was|is|did|does|and|who|spent|lives|lived)$/u;

/** "I met with June and she…", "ask May", "talked to Will": a given name or a month one meets, talks to or asks is a person. */
const spokenTo = (text: string, t: Token): boolean => {
  const before = textBefore(text, t.start);
  // "spoke to Monday's shift": a day's or a month's is when.
  if (!(isGivenName(t.lower) || (CALENDAR.test(t.lower) && !t.possessive))) return false;
  if (MET_WITH.test(before) || ASKED_OR_TOLD.test(before.toLowerCase())) return true;
  // "thanks to June we never ran short": a month thanked for is a person where no noun follows ("thanks to January sales").
  return (
    THANKED.test(before) &&
    (!CALENDAR.test(t.lower) || /^[^\S\n]*(?:[,.;!?]|$|[^\S\n]+(?:we|i|he|she|they|and|for|who|you)\b)/iu.test(text.slice(t.end, t.end + 12)))
  );
};
/**
 * "My April was born that autumn", "our June said…": a given name or a month that someone has, then what
 * only a person does. "My April was busy" stays a month.
 */
const someones = (text: string, t: Token): boolean =>
  t.titleCase &&
  (isGivenName(t.lower) || CALENDAR.test(t.lower)) &&
  POSSESSIVE_DETERMINER.test(previousWord(text, t.start)) &&
  PERSON_AFTER_POSSESSIVE.test(text.slice(t.end, t.end + 40));
const NUMBER_WORD = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const PERSON_AFTER_POSSESSIVE = new RegExp(
  String.raw`^[^\S\n]+(?:(?:was|is|were|got)[^\S\n]+(?:born|married|engaged|christened|baptised|baptized)|(?:is|was|turned|turns|turning)[^\S\n]+${NUMBER_WORD}\b|(?:started|starts|starting|finished|leaves|left)[^\S\n]+(?:school|nursery|college|university|uni|reception)|(?:told|tells|asked|asks|texted|rang|cried|laughed)\b)`,
  'u',
);

/** Whom one thanks or gives the credit to is a person. */
const THANKED = /\b(?:thanks|thank you|thanked|grateful|credit|shout[- ]?out|hats off)[^\S\n]+to[^\S\n]+$/iu;
/** Whom one meets or talks to is a person. Not "worked with": one works with Ruby the language too. */
const MET_WITH =
  /\b(?:met|meet|meets|meeting|talked|talks|talk|talking|spoke|speak|speaks|speaking|chatted|chatting|caught up|catch up|sat down|checked in|check in)[^\S\n]+(?:with|to)[^\S\n]+$/iu;
/** Verbs of telling, said of a person only: after a given name that is also a word ("Will said no", "Hope emailed"). */
const TELLS =
  /^(?:said|says|told|tells|asked|asks|wrote|writes|replied|replies|emailed|emails|texted|messaged|mentioned|suggested|warned|explained|insisted)$/u;

/** What may follow a past tense after a name opening a sentence ("Will fixed the rota", not "Mark completed items"). */
const AFTER_DEED =
  /^(?:the|a|an|it|this|that|these|those|me|us|him|her|them|you|my|our|his|their|your|its|up|out|off|in|on|back|down|over|away|everything|something|nothing|all|so|and|but|to|for|with|about|when|what|how|why|i|we|he|she|they|no|not|never|really|just|once|too|again|there|here|some|every|each|both|everyone|everybody)$/u;

/** Words after a sentence-initial ambiguous word that make it a verb or adverb ("Will you…", "Mark my words"). */
const NOT_A_NAME_NEXT =
  /^(?:you|we|i|they|it|he|she|that|this|these|those|there|the|a|an|my|your|our|his|her|their|me|us|them|someone|anyone|everyone|not|to|of|in|on|at|up|down|out|off|over|for|with|as|if|so|or|but|all|any|some|no|more|most|less)$/u;

/** Phrases after which a capitalised word is a place ("moved here from Kenosha", "flew to Coles"). */
const PLACE_CONTEXT =
  /\b(?:moved|moving|relocated|flew|flying|fly|travel+ed|drove|driving|based|located|born|grew up|originally|headquartered|city|town|village|country|region|province|state|county|here|there|lives|lived|living|live|visit|visited|visiting|returned)(?:\s+(?:here|there|back|out|up|down|over))?(?:\s+(?:to|from|in|at|near|of))?[^\S\n]+$/u;

/** Prepositions that usually put a capitalised word in a place ("in Lisbon", "at Stripe"). */
const PLACE_PREPOSITION = /^(?:in|at|near|across|around|outside|inside|into|via|toward|towards|downtown|between)$/u;

/** "Hm", "Yaay", "Uhh", "Hahaha": capitalised at the start of a sentence, but nobody's name. */
const GREETING = /^(?:hello|hi|hey|thanks|thank|well|yes|no|okay|ok|right|sure|cool|great|wow|sorry|please|doctor|mom|mum|dad)$/u;
const INTERJECTION =
  /^(?:m+-?h+m+|m+-?hm+|uh-?huh|woo+-?hoo+|he+y+|a+w+|anyways?|h+m+|u+h+m*|u+m+|a+h+|o+h+|y+a+y+|w+o+w+|(?:ha)+h?|(?:he)+h?|m+h+m+|e+r+m*|o+k+a*y*|y+e+a+h+|y+e+p+|n+o+p+e+|w+e+l+|s+o+|g+o+s+h+|p+f+t*|s+h+|z+|hiya+|howdy|ta-ra|ta|cheerio|ey-?up)$/u;

/** A day, a month, or a day said relative to today. */
const isCalendar = (lower: string) => CALENDAR.test(lower) || /^(?:today|tomorrow|tonight)$/u.test(lower);

interface Group {
  tokens: Token[];
  honorific: boolean;
}

function isNamePart(t: Token): boolean {
  return t.titleCase || t.allCaps || t.initial;
}

/** The gap between two tokens of one name: spaces (an initial carries its own full stop). */
function joins(gap: string): boolean {
  return /^[^\S\n]{1,3}$/u.test(gap);
}

/** Runs of capitalised words on one line, with particles ("van", "de") and initials inside. */
function capitalisedGroups(tokens: Token[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    // "I" is the speaker: it neither opens a name nor joins one ("the incident commander I worked with").
    if (!first || !(first.titleCase || first.allCaps) || first.text === 'I') {
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next || cur.possessive) break;
      const honorificStop = HONORIFIC.test(cur.lower) && /^\.?[^\S\n]{1,3}$/u.test(cur.after);
      if (!joins(cur.after) && !honorificStop) break;
      if (isNamePart(next) && next.text !== 'I') {
        run.push(next);
        j++;
        if (labelLetter(cur, next)) break;
        continue;
      }
      // A particle counts only between two capitalised words ("Rua do Arenque", "Vincent van Gogh").
      const after = tokens[j + 2];
      if (PARTICLE.test(next.text) && after && joins(next.after) && (after.titleCase || after.allCaps)) {
        run.push(next);
        j++;
        continue;
      }
      break;
    }
    groups.push({ tokens: run, honorific: false });
    i = j + 1;
  }
  return groups;
}

function textBefore(text: string, index: number): string {
  return (
    text
      .slice(Math.max(0, index - 80), index)
      .split('\n')
      .pop() ?? ''
  ).toLowerCase();
}

function isNumberNear(text: string, start: number, end: number): boolean {
  return /\d[^\S\n]*$/u.test(text.slice(Math.max(0, start - 8), start)) || /^[^\S\n]*,?[^\S\n]*\d/u.test(text.slice(end, end + 8));
}

/**
 * "Block C. Pat him on the back", "Plan B. Frank Doyle…": a letter after an everyday word labels it, and its
 * full stop may end the sentence; no name runs on through it.
 */
function labelLetter(before: Token, letter: Token): boolean {
  return letter.initial && letter.text.endsWith('.') && before.english && before.common && !isGivenName(before.lower);
}

/** English words that are not names: vocabulary unless they are also a known name. */
function plainWord(t: Token): boolean {
  return t.english && !t.name;
}

interface Candidate {
  start: number;
  end: number;
  rule: string;
}

function classify(text: string, group: Group, allTokens: Token[]): Candidate | undefined {
  let toks = [...group.tokens];
  let honorific = false;
  // Honorifics open the name and are kept outside the span ("Dr. [a colleague]").
  while (toks.length > 1 && toks[0] && HONORIFIC.test(toks[0].lower)) {
    honorific = true;
    toks = toks.slice(1);
  }
  const firstTok = toks[0];
  if (!firstTok) return undefined;
  const before = textBefore(text, firstTok.start);
  const weaklyIntroduced = WEAK_INTRODUCER.test(before) && !toks.every((t) => plainWord(t) || isDemonym(t.text) || t.initial);
  // "Everyone called him Buck", "we called her Tank": a nickname, unless it is a day ("I'll call her
  // Monday") or how anyone is addressed ("called him Sir").
  const nicknamed = CALLED.test(before) && !isCalendar(firstTok.lower) && !FORM_OF_ADDRESS.test(firstTok.lower);
  const introduced = INTRODUCER.test(before) || weaklyIntroduced || nicknamed || HONORIFIC.test(before.trim().replace(/\.$/, '').split(/\s+/u).pop() ?? '');
  if (!honorific && HONORIFIC.test(before.trim().replace(/\.$/u, '').split(/\s+/u).pop() ?? '')) honorific = true;

  // Organisations: a run that ends with an organisation word ("Credit Karma Bank", "Abt Associates").
  const lastTok = toks[toks.length - 1];
  if (lastTok && isOrgWord(lastTok.lower) && toks.length > 1 && !honorific) return undefined;
  if (/^[^\S\n]*(?:,?\s*(?:inc|ltd|llc|llp|plc|corp|corporation|gmbh|co)\b)/iu.test(lastTok?.after ?? '')) return undefined;

  // Speaker labels: "Nicole: Remember me?" at the start of a line.
  const lastOfGroup = toks[toks.length - 1];
  if (
    lastOfGroup &&
    toks.length <= 4 &&
    /(?:^|\n)[^\S\n]*[*_>]*$/u.test(text.slice(0, firstTok.start)) &&
    /^[*_]*:/u.test(lastOfGroup.after) &&
    !toks.every((t) => plainWord(t) || t.initial)
  ) {
    return { start: firstTok.start, end: lastOfGroup.end, rule: 'speaker-label' };
  }

  // Trim ordinary words off both ends ("Producer James Sparks", "Maybe", "Entertainment Weekly").
  // "Will from the platform team said no": a given name, where it works, what it did. A word not listed as a
  // name needs a deed, not "is": "Hope in the team is what keeps it going".
  // A rare word ("Mo", "Belle") counts as a given name here: nobody's name is everyday vocabulary like "Data".
  const placedPerson = (t: Token): boolean =>
    t.english &&
    (((isGivenName(t.lower) || (!t.common && /^\p{Lu}\p{Ll}+$/u.test(t.text))) &&
      ((t.sentenceStart && whereaboutsThenVerb(text, t, t.name)) || tells(t) || did(t))) ||
      spokenTo(text, t) ||
      someones(text, t) ||
      ((isGivenName(t.lower) || t.name || !t.common) && wordNameByGrammar(text, t)));
  // "The Will said…" is a document.
  const tells = (t: Token): boolean => TELLS.test(nextLower(allTokens, t)) && !DETERMINER.test(previousWord(text, t.start));
  // "Will fixed the rota", "what Sunny did for me": a modal, a noun or an imperative is not followed by a simple past.
  const did = (t: Token): boolean => {
    if (t.possessive || !/^[^\S\n]+$/u.test(t.after) || DETERMINER.test(previousWord(text, t.start))) return false;
    // "The Princess Royal arrived": the end of a title or a longer name, which has its own evidence.
    const from = Math.max(0, t.start - 40);
    const before = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*[^\S\n]+$/u.exec(text.slice(from, t.start));
    if (before && !isSentenceStart(text, from + before.index)) return false;
    const m = /^[^\S\n]+(\p{L}+)(?:[^\S\n]+(\p{L}+)|[^\S\n]*(?:[,.!?;:]|$))/u.exec(text.slice(t.end, t.end + 60));
    const verb = m?.[1]?.toLowerCase() ?? '';
    if (!isSimplePast(verb)) return false;
    if (!t.sentenceStart) return true;
    // "Will increased costs slow us down?" asks; "Mark completed items in green" instructs.
    const sentenceEnd = /[.!?]/u.exec(text.slice(t.end, t.end + 300));
    return sentenceEnd?.[0] !== '?' && m?.[2] !== undefined && AFTER_DEED.test(m[2].toLowerCase());
  };
  const ambiguousStart = (t: Token): boolean => t.sentenceStart && t.english && NOT_A_NAME_NEXT.test(nextLower(allTokens, t)) && !placedPerson(t);
  // …but not a first word followed by a middle initial ("Sari J. Paavolainen"), a rare word followed
  // by an unfamiliar one ("Elle Sandström"), or a given name that is also an everyday word, before a
  // family name that is no English word ("Will Hartley", "Paddy O'Rourke", "Wren ap Gruffudd").
  const firstName = (i: number): boolean => {
    const t = toks[i];
    let j = i + 1;
    while (toks[j] && PARTICLE.test(toks[j]!.text) && toks[j + 1]) j++;
    const next = toks[j];
    if (!t || !next || !t.titleCase) return false;
    return (
      // "And Y Combinator…": a word that joins or points opens a sentence, not a name.
      (next.initial && toks.length > j + 1 && !OPENS_NO_NAME.test(t.lower)) ||
      (!t.common && !t.sentenceStart && (next.name || !next.english)) ||
      ((isGivenName(t.lower) || (CALENDAR.test(t.lower) && !DATE_BEFORE.test(previousWord(text, t.start)))) &&
        !next.english &&
        !next.place &&
        !next.initial &&
        next.titleCase)
    );
  };
  while (
    toks.length > 0 &&
    toks[0] &&
    !introduced &&
    !honorific &&
    !firstName(0) &&
    !placedPerson(toks[0]) &&
    (plainWord(toks[0]) || isDemonym(toks[0].text) || ambiguousStart(toks[0]))
  ) {
    toks = toks.slice(1);
  }
  // After a given name or an unfamiliar word, a capitalised everyday word is a family name
  // ("Zoe Young", "Moira Pagan"); elsewhere it is just a word ("Kubernetes Cluster").
  const anchored = toks[0] !== undefined && (toks[0].name || !toks[0].english) && !toks[0].initial;
  while (toks.length > 0 && !((introduced || honorific) && toks.length === 1)) {
    const last = toks[toks.length - 1];
    if (!last || !(plainWord(last) || last.initial || PARTICLE.test(last.text) || isDemonym(last.text)) || placedPerson(last)) break;
    if (anchored && toks.length > 1 && (last.titleCase || last.allCaps) && !last.initial && !isDemonym(last.text)) break;
    if (last.initial && last.text.endsWith('.') && toks.length > 1) break; // "Smith J."
    toks = toks.slice(0, -1);
  }
  // "Mr P", "Dr K.": after an honorific, initials alone are the person, however short.
  if (honorific && toks.length > 0 && toks.every((t) => t.initial)) return { start: toks[0]!.start, end: toks[toks.length - 1]!.end, rule: 'honorific' };
  while (toks.length > 0 && toks[0] && (toks[0].initial || PARTICLE.test(toks[0].text)) && !(toks[0].initial && toks.length > 1)) {
    toks = toks.slice(1);
  }
  const head = toks[0];
  const tail = toks[toks.length - 1];
  if (!head || !tail) return undefined;
  const words = toks.filter((t) => !t.initial && !PARTICLE.test(t.text) && !SUFFIX.test(t.lower));
  if (words.length === 0) return undefined;
  const span = { start: head.start, end: tail.end };

  if (honorific) return { ...span, rule: 'honorific' };
  // "my colleague April" is a person; "this is March" is not.
  if (introduced && !(words.length === 1 && isCalendar(head.lower) && !INTRODUCER.test(before)))
    return { ...span, rule: nicknamed ? 'nickname' : 'introduced' };

  const capsOnly = words.every((t) => t.allCaps);
  const known = words.filter((t) => t.name);
  const unknown = words.filter((t) => !t.english && !t.name && !t.place && !isDemonym(t.text));
  const nearNumber = isNumberNear(text, span.start, span.end);
  const prev = before.trim().split(/\s+/u).pop() ?? '';

  if (capsOnly) {
    // "DANA WHITFIELD" is a name; "LONDON", "NASA", "LAPPEENRANTA" are not.
    if (known.some((t) => !t.english && !t.place) && !nearNumber) return { ...span, rule: 'caps-name' };
    return undefined;
  }
  // A place's name, unless someone who does something ("through Barnsley, who was hiring"); a
  // possessive stays the place's ("London's traffic").
  const someoneAfter = whoFollows(text, span.end);
  if (words.every((t) => t.place && !t.name) && !someoneAfter) return undefined;
  if (nearNumber && known.length === 0) return undefined; // street names: "28245 Puruntie 82"

  if (words.length >= 2) {
    if (known.length === 0 && PLACE_CONTEXT.test(before)) return undefined;
    if (known.length > 0 || unknown.length > 0) return { ...span, rule: known.length > 0 ? 'lexicon-name' : 'unknown-words' };
    return undefined;
  }
  // One word.
  const only = words[0];
  if (!only) return undefined;
  const next = nextLower(allTokens, only);
  if (spokenTo(text, only) || someones(text, only)) return { ...span, rule: 'spoken-to' };
  if (only.name && !only.english) {
    // "based in Florence's old office": a possessive is someone's, wherever it stands.
    if ((PLACE_PREPOSITION.test(prev) || PLACE_CONTEXT.test(before)) && only.place && !only.possessive) return undefined;
    return { ...span, rule: 'lexicon-name' };
  }
  if (only.name && only.english) {
    // "Mark", "Grace", "Will": a name when capitalised inside a sentence, or followed by "said".
    if (!only.sentenceStart) return { ...span, rule: 'lexicon-name' };
    if (PERSON_VERB.test(next) && !NOT_A_NAME_NEXT.test(next)) return { ...span, rule: 'lexicon-name' };
    if (placedPerson(only)) return { ...span, rule: 'lexicon-name' };
    return undefined;
  }
  // "Will from the platform team said no", "Yesterday Will told me": a given name too common a word to be listed as a name.
  if (placedPerson(only)) return { ...span, rule: 'lexicon-name' };
  if (unknown.length === 1) {
    if ((PLACE_PREPOSITION.test(prev) || PLACE_CONTEXT.test(before)) && !only.possessive) return undefined;
    if (INTERJECTION.test(only.lower)) return undefined;
    return { ...span, rule: 'unknown-word' };
  }
  if (only.place && someoneAfter) return { ...span, rule: 'unknown-word' };
  return undefined;
}

/** Words that open a sentence and never a name: conjunctions, determiners, pronouns. */
const OPENS_NO_NAME =
  /^(?:and|but|or|so|then|the|a|an|this|that|these|those|my|our|your|his|her|their|its|we|they|it|i|if|when|because|at|in|on|of|to|for|with)$/u;

/**
 * "Pat in the document control team keeps the register", "Grace at the front desk knows", "Mark in legal
 * reviewed it": a given name opening a sentence, then where that person works, then the verb they are
 * the subject of. An imperative ("Turn in the form", "Mark in red the risky items") has no verb after its place.
 */
function whereaboutsThenVerb(text: string, t: Token, copula = true): boolean {
  if (!/^[^\S\n]+(?:in|from|at|on|over|down)\b/iu.test(text.slice(t.end, t.end + 12))) return false;
  const sentence = text.slice(t.start, t.start + 160).split(/[.!?\n]/u)[0] ?? '';
  const m = nlp(sentence).match('^[.] (in|from|at|on|over|down) (the|our|a)? (#Adjective|#Noun)+ #Adverb? (#PastTense|#PresentTense|#Copula)');
  if (!copula && m.terms().last().has('#Copula')) return false;
  // "Will in practice be slower": a modal's infinitive, not what a person did.
  const verb = m.terms().last();
  return m.found && !(verb.has('#Infinitive') && !verb.has('#PastTense'));
}

/**
 * A town or city where the sentence puts a place ("retired to Rotorua"), unless something made a person
 * of it. A town that is also someone's name ("Sydney", "Austin", "Bradford") is kept only where nobody
 * could be meant, where someone lives, was born or flew ("grew up in Sydney", "flew to Austin"): "in",
 * "into", "through" and "went to" are as often said of people ("confided in Victoria", "got the job
 * through Austin", "went to Florence for advice").
 */
function townWhereOneGoes(text: string, c: Candidate): boolean {
  if (['introduced', 'honorific', 'speaker-label', 'nickname'].includes(c.rule)) return false;
  const word = text.slice(c.start, c.end);
  const before = textBefore(text, c.start);
  const prev = before.trim().split(/\s+/u).pop() ?? '';
  const first = word.split(/\s+/u)[0]!;
  const someones = word.includes(' ') ? isGivenName(first) : isGivenName(word) || isLastName(word) || isFirstName(word);
  // The sentence first: most candidates stand where no place does, and the town list is loaded only when one might.
  if (!(someones ? HOME_OR_JOURNEY.test(before) : inPlaceSlot(text, c.start, prev, before))) return false;
  // "Austin's office" is someone's; a "she", "who" or "said" later in the sentence may be this person.
  const rest = text.slice(c.end, c.end + 300).split(/[.!?\n]/u)[0] ?? '';
  if (/['’]s$/u.test(word) || /^['’]s\b/u.test(rest) || /\b(?:she|he|her|him|his|who|whom|said|says|told|asked)\b/iu.test(rest)) return false;
  return isTownOrCity(word);
}

/**
 * "Conway's law", "Occam's razor", "the Pareto principle", "the Dunning-Kruger effect": an idea named after
 * its author is no third party in the story. The possessive form needs a family name, not a given name
 * ("Dave's law" is a colleague's joke, and stays redacted); "the … effect" is said of no colleague. A name
 * the conversation also uses for a person is still redacted there, since it spreads as a known name.
 */
function eponym(text: string, c: Candidate): boolean {
  if (['introduced', 'honorific', 'speaker-label', 'nickname', 'spoken-to'].includes(c.rule)) return false;
  const after = text.slice(c.end, c.end + 30);
  const words = text.slice(c.start, c.end).split(/[\s-]+/u);
  if (/^['’]s?[^\S\n]+(?:law|principle|razor|paradox|theorem|fallacy|conjecture|dilemma|wager|hierarchy|pyramid|lemma)s?\b/iu.test(after))
    return !words.some((w) => isFirstName(w.toLowerCase()));
  return /\bthe[^\S\n]+$/iu.test(textBefore(text, c.start)) && /^[^\S\n]+(?:law|principle|effect|paradox|razor|theorem|fallacy|curve|test)s?\b/iu.test(after);
}

/** Where someone lives, was born or flew: said of a place, hardly of a person ("moved to Charlotte" may be a team's new manager). */
const HOME_OR_JOURNEY =
  /\b(?:(?:born|grew up|growing up|raised|based|lives|lived|living|headquartered)[^\S\n]+in|(?:relocated|relocating|emigrated|emigrating|flew|flying)[^\S\n]+to)[^\S\n]+$/u;

/**
 * Where a sentence puts a town: after "in", "at", "through" ("came up through Houston"), after a
 * journey's verb and "to" ("came to Bradford", "retired to Rotorua"), or joined to a place so put ("in
 * Leeds and Bradford"). Not after "from" alone: a message "from Sydney" may be from a person.
 */
function inPlaceSlot(text: string, start: number, prev: string, before: string): boolean {
  if (PLACE_PREPOSITION.test(prev) || /^(?:through|throughout|outside|beyond)$/u.test(prev) || PLACE_CONTEXT.test(before)) return true;
  if (
    /\b(?:came|come|comes|coming|went|go|goes|going|retired|retiring|emigrated|commuted|commute|transferred|posted|sent|drove|flew|moved|back)[^\S\n]+to[^\S\n]+$/u.test(
      before,
    )
  )
    return true;
  const joined =
    /(?:^|[^\p{L}])(in|at|near|through|around|outside|across|from|to)[^\S\n]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*)?),?[^\S\n]+(?:and|or)[^\S\n]+$/u.exec(
      text.slice(Math.max(0, start - 60), start),
    );
  return joined !== null && isTownOrCity(joined[2]!);
}

function nextLower(tokens: Token[], t: Token): string {
  const i = tokens.indexOf(t);
  const next = tokens[i + 1];
  if (!next || /\n/u.test(t.after) || /[.!?]/u.test(t.after)) return '';
  return next.lower;
}

const COORDINATION = /^[^\S\n]*(?:,[^\S\n]*(?:and|&|or)?|and|&|or)[^\S\n]*$/u;
const AND = /^[^\S\n]*,?[^\S\n]*(?:and|&|or)[^\S\n]*$/u;
const COMMA = /^[^\S\n]*,[^\S\n]*$/u;

/**
 * A capitalised word inside a sentence, listed with a name ("Usamov and Bowers", "Šušulić, Bowman
 * and White"), is a name too; so is a given name opening a list of names ("Dawn, Summer and Joy were
 * the planners").
 */
function coordinated(text: string, rejected: Token[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let changed = true;
  const all = [...found];
  // Everyday words too ("Dale and White were engineers"), but not places, days or languages.
  const left = rejected.filter(
    (t) =>
      t.titleCase &&
      !t.initial &&
      t.text.length > 2 &&
      (!t.sentenceStart || isGivenName(t.lower)) &&
      !t.place &&
      !isCalendar(t.lower) &&
      !isDemonym(t.text) &&
      !INTERJECTION.test(t.lower) &&
      !GREETING.test(t.lower),
  );
  const after = (c: { end: number }, gap: RegExp) => all.find((d) => d.start >= c.end && gap.test(text.slice(c.end, d.start)));
  // A list that ends "…, Y and Z": each name after the first joined by a comma, the last by "and".
  const listFrom = (c: { end: number }, depth = 0): boolean => {
    if (after(c, AND)) return true;
    const next = after(c, COMMA);
    return next !== undefined && depth < 6 && listFrom(next, depth + 1);
  };
  while (changed) {
    changed = false;
    for (const t of [...left]) {
      // An everyday word needs "and" or "&" next to it ("Dale and White"), not just a comma ("Sam, Well…"), and
      // no comma before the "and" unless a list runs on ("in Access, and Jean-Baptiste moved it" joins two clauses).
      const plain = t.common || t.sentenceStart;
      const joined = (gap: string): boolean => COORDINATION.test(gap) && (!plain || /^[^\S\n]*(?:and|&)[^\S\n]*$/u.test(gap));
      const opensList = plain && listFrom(t) && after(t, COMMA) !== undefined;
      const next = opensList || all.some((c) => c.start >= t.end && joined(text.slice(t.end, c.start)));
      const prev = !t.sentenceStart && all.some((c) => c.end <= t.start && joined(text.slice(c.end, t.start)));
      if (next || prev) {
        const c = { start: t.start, end: t.end, rule: 'coordinated' };
        out.push(c);
        all.push(c);
        left.splice(left.indexOf(t), 1);
        changed = true;
      }
    }
  }
  return out;
}

/**
 * Whether the line at `index` was written by a tool that writes no capitals. Only if none of the text's
 * lines has one: a caption cue continuing a sentence ("and a comp with no reason on it") has none either.
 */
function isCaselessLine(text: string, index: number): boolean {
  const from = text.lastIndexOf('\n', index) + 1;
  const to = text.indexOf('\n', index);
  const line = text.slice(from, to < 0 ? text.length : to);
  // A line opening in a script without capitals ("김민준 said the rota was wrong") lacks them for that reason.
  return (
    !/\p{Lu}/u.test(text) &&
    !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u.test(
      line,
    ) &&
    (line.match(/\p{L}+/gu) ?? []).length >= 3
  );
}

/** Lower-case names: "follow up with patricia desrosiers", "my name is rubija". */
function lowercaseNames(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.titleCase || t.allCaps || t.initial) continue;
    const introduced = /(?:\bname is|\bname's|\bcalled|\bnamed|\bi'm|\bi am)\s+$/u.test(textBefore(text, t.start));
    const givenName = t.name && !t.english && !t.place;
    // A line with no capital letters at all (some captioning tools write them so): any word that is
    // neither English nor a place may be a name.
    const before = textBefore(text, t.start);
    const placeContext = PLACE_PREPOSITION.test(before.trim().split(/\s+/u).pop() ?? '') || PLACE_CONTEXT.test(before);
    const caseless = !t.english && !t.place && !placeContext && t.lower.length >= 3 && isCaselessLine(text, t.start);
    // "Ask joon-ho on Monday": someone one asks or rings, written small, in a word that is no English and
    // sounds like a name, not a command or a host ("kubectl", "prod-db").
    const asked =
      (ASKED_OR_TOLD.test(before) || /\b(?:ring|rang|email|emailed|thank|thanked)[^\S\n]+$/u.test(before)) &&
      !t.english &&
      !t.place &&
      t.lower.length >= 3 &&
      !isNamedThing(t.text) &&
      sayable(t.lower);
    // "tell heath door 12 jammed": a message typed small, where only a person can be told; modals stay
    // ("she asked will it rain").
    const toldGiven =
      ASKED_OR_TOLD.test(before) && t.english && isFirstName(t.lower) && !/^(?:will|may|might|can|must|shall|june|april|august)$/u.test(t.lower);
    // "I shadowed dawn on the van", "paired with rose for a month": a given name written small, where only
    // a person is shadowed or sat with, and nothing after it makes it a noun ("hired summer interns").
    const accompanied =
      ACCOMPANIED.test(before) &&
      t.english &&
      isFirstName(t.lower) &&
      !/^(?:will|may|might|can|must|shall)$/u.test(t.lower) &&
      /^(?:[^\S\n]*(?:[,.;!?]|$)|[^\S\n]+(?:on|in|at|for|about|to|from|when|while|who|because|every|each|last|yesterday|today|this|that)\b)/u.test(
        text.slice(t.end, t.end + 16),
      );
    if (!givenName && !caseless && !asked && !toldGiven && !accompanied && !(introduced && !t.english)) continue;
    let end = t.end;
    // The family name, and a middle initial before it: "patricia desrosiers", "emidio p lombardo".
    let j = i + 1;
    let next = tokens[j];
    if (next && next.lower.length === 1 && !next.titleCase && joins(t.after) && tokens[j + 1] && /^\.?[^\S\n]{1,3}$/u.test(next.after)) {
      j++;
      next = tokens[j];
    }
    const gapOk = j === i + 1 ? joins(t.after) : true;
    if (next && gapOk && !t.possessive && !next.titleCase && (!next.english || (next.name && givenName)) && next.lower.length > 1) {
      end = next.end;
      i = j;
    }
    out.push({ start: t.start, end, rule: introduced ? 'introduced' : givenName || asked || toldGiven || accompanied ? 'lowercase-name' : 'caseless-unknown' });
  }
  return out;
}

/** Whom one shadows, pairs or sits with is a person; not "worked with", said of a language too ("worked with ruby"). */
const ACCOMPANIED =
  /\b(?:shadow|shadowed|shadowing|shadows|paired with|pairing with|paired up with|sat with|sitting with|sat down with|met with|meeting with|went round with|went out with|thank|thanked)[^\S\n]+$/u;

/** Verbs whose object is a person ("ask joon-ho", "tell heath"): a word written small after them may be a name. */
const ASKED_OR_TOLD = /\b(?:tell|told|ask|asked|ping|pinged|cc|text|texted|message|messaged)[^\S\n]+$/u;

/** "Barnsley, who was hiring": a "who" right after a name makes someone of it, even of a place's name. */
const whoFollows = (text: string, end: number) => /^,?[^\S\n]*who\b/iu.test(text.slice(end, end + 8));

/** Letters in syllables a name could have: each part has a vowel, and no three consonants run together. */
const sayable = (word: string) =>
  /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) &&
  word.split('-').every((part) => /[aeiouy]/u.test(part)) &&
  !/[^aeiouy\W]{3}/u.test(word.replace(/ch|sh|th|ph|ng/gu, 'c'));

/** compromise's people(), minus selections that are only ordinary words ("Sir bot", "Aunt"). */
function compromisePeople(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of compromiseSpans(text, 'people').flatMap((s) => splitAtLabels(s, tokens))) {
    const inside = tokens.filter((t) => t.start >= s.start && t.end <= s.end && !t.initial);
    const words = inside.filter((t) => !HONORIFIC.test(t.lower));
    if (words.length === 0 || words.every((t) => plainWord(t) || t.place || isDemonym(t.text))) continue;
    if (!words.some((t) => t.titleCase || t.allCaps || (t.name && !t.english))) continue;
    if (isNumberNear(text, s.start, s.end) && !words.some((t) => t.name && !t.english)) continue;
    // compromise sometimes takes a sentence word along ("If Fred", "And Y Combinator").
    const dropAtStart = (t: Token): boolean => !isNamePart(t) || (plainWord(t) && t.sentenceStart);
    while (words.length > 1 && words[0] && dropAtStart(words[0])) words.shift();
    const dropAtEnd = (t: Token): boolean => !isNamePart(t) || t.sentenceStart;
    while (words.length > 1 && words[words.length - 1] && dropAtEnd(words[words.length - 1] as Token)) words.pop();
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    // What was left after a label letter, "Pat him on the back": compromise read it as part of a longer name.
    if (
      s.afterLabel &&
      words.length === 1 &&
      first.english &&
      /^(?:him|her|them|me|us|it|you|the|a|an|this|that|my|your|his|their|our)$/u.test(nextLower(tokens, first))
    )
      continue;
    if (words.length === 1 && instructs(tokens, first)) continue;
    out.push({ start: first.start, end: last.end, rule: 'compromise' });
  }
  return out;
}

/** Words that open an instruction's object and never follow a name: "every", "each", "all"… */
const QUANTIFIER = /^(?:every|each|all|any|both|those|these)$/u;
const VERB_PARTICLE = /^(?:up|down|out|off|in|over|back|through)$/u;
/**
 * "Buddy every agency picker with one of ours", "Buddy up each new starter": a word that is also a word,
 * opening a sentence with a quantified object straight after it, is the verb of an instruction.
 */
function instructs(tokens: Token[], t: Token): boolean {
  if (!t.sentenceStart || !t.english || !/^[^\S\n]+$/u.test(t.after)) return false;
  const i = tokens.indexOf(t);
  const [next, then] = [tokens[i + 1], tokens[i + 2]];
  if (!next) return false;
  if (QUANTIFIER.test(next.lower)) return true;
  return VERB_PARTICLE.test(next.lower) && /^[^\S\n]+$/u.test(next.after) && then !== undefined && (QUANTIFIER.test(then.lower) || DETERMINER.test(then.lower));
}

/** A span cut after each label letter inside it ("Plan B." | "Frank Doyle"). */
function splitAtLabels(s: { start: number; end: number }, tokens: Token[]): { start: number; end: number; afterLabel?: boolean }[] {
  const inside = tokens.filter((t) => t.start >= s.start && t.end <= s.end);
  const parts: { start: number; end: number; afterLabel?: boolean }[] = [];
  let from = s.start;
  for (let i = 1; i < inside.length; i++) {
    if (!labelLetter(inside[i - 1]!, inside[i]!)) continue;
    parts.push({ start: from, end: inside[i]!.end });
    from = inside[i + 1]?.start ?? s.end;
  }
  if (from < s.end) parts.push(parts.length ? { start: from, end: s.end, afterLabel: true } : { start: from, end: s.end });
  return parts;
}

/** Capital letters joined by hyphens: a word spelled out ("S-I-O-B-H-A-N", "J-I, hyphen, W-O-O"). */
const SPELLED = /(?<![\p{L}\p{N}])\p{Lu}(?:[-‐]\p{Lu})+(?![\p{L}\p{N}]|[-‐]\p{L})/gu;

/**
 * Words spelled out letter by letter, as someone does to be sure a name is written right. Three letters
 * or more; two ("J-I") beside a longer one, as in a name spelled in parts. "A-Z" and "Q-and-A" stay.
 */
function spelledOut(text: string): Candidate[] {
  const runs = [...text.matchAll(SPELLED)].map((m) => ({ start: m.index, end: m.index + m[0].length, letters: (m[0].length + 1) / 2 }));
  const near = (a: (typeof runs)[number]) => runs.some((b) => b !== a && b.letters >= 3 && Math.min(Math.abs(b.start - a.end), Math.abs(a.start - b.end)) < 40);
  return runs.filter((r) => r.letters >= 3 || near(r)).map((r) => ({ start: r.start, end: r.end, rule: 'spelled' }));
}

/**
 * "王芳 was the lead", "김민준 said": a name written in a script without capitals, inside talk written in
 * Latin letters, has nothing else to tell it by; two to four characters is a name's length.
 */
function namesInOtherScripts(text: string): Candidate[] {
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return [];
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const other = (text.match(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  if (latin < 4 * other) return [];
  return [
    ...text.matchAll(
      /(?<![\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])[\p{Script=Han}\p{Script=Hangul}]{2,4}(?![\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])/gu,
    ),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    rule: 'other-script',
  }));
}

/** Person names found in `text` without knowing them in advance. Spans may overlap. */
export function detectPeople(text: string): Span[] {
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  const rejected: Token[] = [];
  // Places compromise recognises as a whole ("San Francisco", "Santa Barbara", "moved to Austin").
  const places = compromiseSpans(text, 'places');
  for (const group of capitalisedGroups(tokens)) {
    const c = classify(text, group, tokens);
    // …unless it opens with a given name ("Fletcher Hill" is a person, "Santa Barbara" a place).
    const opensWithGivenName = c !== undefined && tokens.some((t) => t.start === c.start && isFirstName(t.lower) && !t.place);
    const place = c && !opensWithGivenName && places.some((p) => p.start <= c.start && c.end <= p.end);
    // …unless it is someone's, or someone who does something ("through Barnsley, who was hiring").
    const someone = c !== undefined && whoFollows(text, c.end);
    if (c && place && !someone && !['honorific', 'introduced', 'speaker-label'].includes(c.rule)) continue;
    if (c) candidates.push(c);
    else if (group.tokens.length === 1 && group.tokens[0]) rejected.push(group.tokens[0]);
  }
  candidates.push(...coordinated(text, rejected, candidates));
  candidates.push(
    ...lowercaseNames(text, tokens),
    ...compromisePeople(text, tokens),
    ...spelledOut(text),
    ...initialsAlone(text, tokens),
    ...nicknamesBeforeRealName(text),
    ...namesInOtherScripts(text),
  );
  return candidates
    .filter((c) => !townWhereOneGoes(text, c) && !eponym(text, c))
    .map((c) => {
      const spanText = text.slice(c.start, c.end);
      return {
        start: c.start,
        end: c.end,
        type: 'person' as const,
        text: spanText,
        key: spanText.toLowerCase().replace(/\s+/gu, ' '),
        rule: c.rule,
      };
    });
}
