/**
 * Contact details and identifiers: e-mail addresses, phone numbers, street addresses and employee
 * ids. Pattern-based, so they work the same on every transcript format.
 */
import { isCommonWord, isEnglishWord } from './lexicon.ts';
import type { Span, SpanType } from './types.ts';

function span(text: string, start: number, end: number, type: SpanType, rule: string): Span {
  return { start, end, type, text: text.slice(start, end), rule };
}

// ---------------------------------------------------------------------------------------------
// E-mail

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
/** Spoken forms from captions: "sam dot okafor at example dot com". */
const SPOKEN_EMAIL =
  /\b[\p{L}\p{N}]+(?:\s+dot\s+[\p{L}\p{N}]+)*\s+at\s+[\p{L}\p{N}-]+(?:\s+dot\s+[\p{L}\p{N}-]+)*\s+dot\s+(?:com|org|net|io|co|uk|de|edu|gov)\b/giu;

export function detectEmails(text: string): Span[] {
  const out: Span[] = [];
  // Most text has neither an `@` nor a spoken "dot"; the full patterns are costly on long prose.
  const written = text.includes('@');
  const spoken = /\sdot\s/i.test(text);
  if (!written && !spoken) return out;
  for (const m of written ? text.matchAll(EMAIL) : []) {
    const end = m.index + m[0].length;
    out.push(span(text, m.index, end, 'email', 'email'));
  }
  for (const m of spoken ? text.matchAll(SPOKEN_EMAIL) : []) out.push(span(text, m.index, m.index + m[0].length, 'email', 'spoken-email'));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * Digit groups joined by single spaces, dots or hyphens, optionally with a `+country` prefix, a
 * bracketed area code ("(555) 123-4567", "+46 (0)8 928 571 38") and an extension ("x4587").
 */
const SEP = String.raw`(?:[^\S\n]|[.\-‐–])`;
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+/:.-])(?:\+[^\S\n]?\d{1,3}${SEP}?|00\d{1,3}${SEP})?(?:\(\d{1,5}\)${SEP}?)?\d{1,12}(?:${SEP}\(?\d{1,8}\)?)*(?:[^\S\n]?(?:x|ext\.?|extension)[^\S\n]?\d{1,6})?(?![\p{L}\p{N}]|[.,:/-]\d)`,
  'gu',
);
const PHONE_CONTEXT = /(?:phone|tel|telephone|mobile|cell|fax|desk|office|call|ring|text|whatsapp|number|reach|dial|contact|on|at)\W{0,4}$/iu;

function digits(s: string): number {
  return s.replace(/\D/gu, '').length;
}

function isDateOrNumber(s: string): boolean {
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/u.test(s)) return true; // 2019-03-14
  if (/^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/u.test(s)) return true; // 14.03.2019
  if (/^(?:19|20)\d\d[^\S\n]?[-–][^\S\n]?(?:19|20)?\d\d$/u.test(s)) return true; // 1990-2000
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(s) && s.split('.').every((n) => Number(n) <= 255)) return true; // an IP address
  if (/^(?:(?:19|20)\d\d[^\S\n]+)+(?:19|20)\d\d$/u.test(s)) return true; // 1998 2004: years said side by side
  return false;
}

/** One spoken digit or group: "seven", "oh", "double-oh", "triple five", "hundred" (as in "seven seven hundred"). */
const SPOKEN_DIGIT = String.raw`(?:(?:double|triple)[\s-]+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)|hundred|thousand`;
/** Seven of them or more in a row: a phone number read out ("double-oh four four, seven seven double-oh…"). */
const SPOKEN_NUMBER = new RegExp(
  String.raw`\b(?:(?:${SPOKEN_DIGIT})[\s,-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|hundred|thousand)\b`,
  'giu',
);

/**
 * An internal extension said on its own ("his extension is 2214", "ext. 4471", "on extension 30 12"): three
 * to six digits reach one person's desk, so the label is enough. "An extension of 30 days" is a deadline.
 */
const EXTENSION =
  /\b(?:extension|ext\.?)(?:[^\S\n]+(?:number|no\.?))?(?:['’]s|[^\S\n]+(?:is|was))?[^\S\n]*:?[^\S\n]*(\d(?:[^\S\n-]?\d){2,5})(?![\p{L}\p{N}]|[.,]\d|[^\S\n]*(?:%|per|days?|weeks?|months?|years?|hours?|minutes?|pages?|more)\b)/giu;

export function detectPhones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of /\bext/iu.test(text) ? text.matchAll(EXTENSION) : []) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push(span(text, start, start + m[1]!.length, 'phone', 'extension'));
  }
  for (const m of /\d/.test(text) ? text.matchAll(PHONE) : []) {
    let raw = m[0];
    // Trailing separators are not part of the number.
    raw = raw.replace(/[^\d)]+$/u, '');
    if (raw.length === 0) continue;
    const n = digits(raw.replace(/(?:x|ext\.?|extension)[^\S\n]?\d+$/iu, ''));
    const groups = raw.split(/[^\d]+/u).filter((g) => g.length > 0);
    const international = /^\s*(?:\+|00)/u.test(raw);
    const bracketed = raw.includes('(');
    if (n < 7 || n > 15) continue;
    if (isDateOrNumber(raw)) continue;
    const context = PHONE_CONTEXT.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (groups.length === 1 && !international && !(context && n >= 7) && n < 10) continue;
    if (groups.length === 1 && n >= 10 && !context && !international) continue; // an account or card number
    // Space-separated groups are common in prose ("in 1977 25 people"); require a phone-like shape.
    if (!international && !bracketed && !/[.-]/u.test(raw) && groups.length > 1) {
      const plausible = groups.every((g) => g.length >= 2) || context;
      if (!plausible) continue;
    }
    out.push(span(text, m.index, m.index + raw.length, 'phone', 'phone'));
  }
  // "five five five, oh one four two": spoken digits in captions. Six number words in a row need at least
  // two of them adjacent, which a cheap test finds first.
  const spokenRun = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double)[\s,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i.test(
    text,
  );
  for (const m of spokenRun ? text.matchAll(SPOKEN_NUMBER) : []) {
    out.push(span(text, m.index, m.index + m[0].length, 'phone', 'spoken-phone'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Employee ids

const EMPLOYEE_CODE = /(?<![\p{L}\p{N}-])(?:EMP|EE|EID|E|S|ID)[-_#]?\d{4,9}(?![\p{L}\p{N}])/gu;
const EMPLOYEE_WORDS = String.raw`employee|staff|badge|personnel|payroll|worker|member|personal|pers\.?`;
/**
 * "Employee number 4471", "badge: 7734", and, once the label says "number" or "id", a few words between
 * ("Mari's employee number, that's 3318"): said that way, even four digits are the id, not a year.
 */
const EMPLOYEE_PHRASE = new RegExp(
  String.raw`\b(?:${EMPLOYEE_WORDS})(?:[^\S\n]+(?:id|i\.d\.|number|no\.?|num|code|#)(?:[^\S\n]*[,:–—-]?[^\S\n]*(?:that['’]s|that is|it['’]s|it is|which is|is|was|#|=))?|(?:[^\S\n]*(?:is|was|:|#|=))?)[^\S\n]*((?:[A-Z]{1,4}[-_ ]?)?\d{3,10}(?:-[A-Z0-9]{1,4})?)(?![\p{L}\p{N}])`,
  'giu',
);

export function detectEmployeeIds(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(EMPLOYEE_CODE)) out.push(span(text, m.index, m.index + m[0].length, 'employee-id', 'employee-code'));
  for (const m of text.matchAll(EMPLOYEE_PHRASE)) {
    const id = m[1] ?? '';
    const start = m.index + m[0].length - id.length;
    out.push(span(text, start, start + id.length, 'employee-id', 'employee-phrase'));
  }
  addUnseen(out, numbersAfterLabel(text, EMPLOYEE_LABEL, 'employee-id'));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers said a little after their label

/**
 * A label that names an identifier: "employee number", "account id", "reference code". "Account" alone is
 * also a verb ("account for 20000 users"), so the label says "number", "id" or "code".
 */
const label = (words: string) => new RegExp(String.raw`\b(?:${words})[^\S\n]+(?:id|number|no\.?|num|code|#)(?![\p{L}])`, 'giu');
/** A run of digits, with the letters a payroll or staff number may open with ("P0042317", "EMP-20931"). */
const LATER_NUMBER = /(?<![\p{L}\p{N},.£$€¥])(?:\p{Lu}{1,3}[-_]?)?\d(?:[\d -]{3,22}\d)(?![\p{L}\p{N}%]|[.,]\d)/gu;

/** What a count is of ("12000000 dollars", "250000 users"): a number said with its noun is an amount. */
const COUNTED =
  /[^\S\n]+(?:dollars|euros|pounds|yen|usd|gbp|eur|bucks|users|people|customers|clients|rows|records|lines|requests|views|downloads|times|words|bytes|items|units|copies|visitors|subscribers|followers|employees|members|miles|km|kilometres|kilometers|metres|meters|years|hours|minutes|seconds)\b/iy;
/** Whether the words right after `end` say what the number before them counts. */
function counted(text: string, end: number): boolean {
  COUNTED.lastIndex = end;
  return COUNTED.test(text);
}

/** Adds the spans that start where none of `out` does: a number right after its label is found twice. */
function addUnseen(out: Span[], spans: readonly Span[]): void {
  const seen = new Set(out.map((o) => o.start));
  out.push(...spans.filter((s) => !seen.has(s.start)));
}

/**
 * A number said a little after what it identifies: "you'll need a sponsor's employee number. Use mine,
 * it's 20418736." The label names the number's kind; the number is any run of five digits or more in the
 * next 60 characters (four would be a year) that is not a count.
 */
function numbersAfterLabel(text: string, labels: RegExp, type: SpanType): Span[] {
  const out: Span[] = [];
  if (!/\d/.test(text)) return out;
  for (const l of text.matchAll(labels)) {
    const from = l.index + l[0].length;
    // Up to two sentences on, the number said as what it is: "…so use Bethan's, she's said it's fine. It's 30917."
    const reach = text.slice(from, from + laterReach).search(/\n\s*\n/u);
    for (const m of text.slice(from, from + (reach < 0 ? laterReach : reach)).matchAll(LATER_NUMBER)) {
      const [start, end] = [from + m.index, from + m.index + m[0].length];
      if (m.index >= 60 && !SAID_AS_IT.test(text.slice(Math.max(from, start - 20), start))) continue;
      if (m[0].replace(/\D/gu, '').length >= 5 && !isDateOrNumber(m[0]) && !counted(text, end)) out.push(span(text, start, end, type, 'number-after-label'));
    }
  }
  return out;
}
/** How far after its label a number said as the thing labelled ("It's 30917") may come. */
const laterReach = 180;
/** The number said as the thing labelled: "it's 30917", "use 30917", "mine is 30917". */
const SAID_AS_IT = /(?:\b(?:it|that|mine|hers|his|theirs|ours)(?:['’]s|[^\S\n]+is)|\buse|\bquote)[^\S\n]*:?[^\S\n]*$/iu;

// ---------------------------------------------------------------------------------------------
// Street addresses

const STREET_WORDS =
  'street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|square|sq|terrace|terr|close|crescent|cres|parkway|pkwy|highway|hwy|circle|cir|trail|trl|row|mews|grove|gardens|gdns|walk|plaza|alley|loop|pass|union|extension|extensions|squares|streets|fort|harbor|harbour|port|crossing|xing|hill|hills|park|ridge|view|point|pike|run|path|bypass|causeway|center|centre|common|corner|creek|estate|estates|expressway|field|fields|flat|flats|ford|forest|freeway|gateway|glen|green|heights|hollow|island|junction|key|knoll|lake|lakes|landing|light|lock|lodge|manor|meadow|meadows|mill|mills|motorway|mount|mountain|orchard|oval|overpass|plain|plains|prairie|ranch|rest|river|route|shoal|shore|shores|spring|springs|spur|station|stravenue|stream|summit|throughway|trace|track|turnpike|underpass|valley|village|ville|vista|wall|well|wells|camp|cape|bridge|brook|burg|bluff|bluffs|bottom|branch|bend|beach|via|rua|calle|avenida|strasse|straße|str|gasse|weg|vej|gade|katu|tie|kuja|tér|utca|u|ul|ulica|rue|viale|piazza|carrer|rambla|laan|straat|gata|gatan|vegur|stræti|strasse';

const NUMBER = String.raw`\d{1,6}[A-Za-z]?`;
const NAME_WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*`;
const UNIT = String.raw`(?:,?[^\S\n]*(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|#)\.?[^\S\n]*#?\d+[A-Za-z]?)`;

/** "42 Wallaby Way", "1737 Cheriton Dr", "14 Crown Street Kishiev Squares", "2450 Crown St". */
const US_STYLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NUMBER}(?:[^\S\n]+\d{1,5})?[^\S\n]+(?:${NAME_WORD}[^\S\n]+){0,4}(?:${STREET_WORDS})\.?(?:[^\S\n]+(?:${NAME_WORD}[^\S\n]+)?(?:${STREET_WORDS})\.?)?(?![\p{L}\p{N}])${UNIT}?`,
  'giu',
);
const STREET_TAIL_WORD = String.raw`(?:\p{Lu}${NAME_WORD}|de|del|della|do|da|dos|das|di|du|la|le|van|von|der|u\.|ul\.|tér|utca|út|kapu|sor|körút|rkp\.|str\.?|gade|vej|(?:${STREET_WORDS})\.?)`;
/** "28245 Puruntie 82", "450 Præstevænget 15", "86036 Rua do Arenque 1634", "233 Erzsébet tér 19." */
const EUROPEAN_STYLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUMBER}[^\S\n]+)?\p{Lu}${NAME_WORD}(?:[^\S\n]+${STREET_TAIL_WORD}){0,3}[^\S\n]+\d{1,5}[A-Za-z]?\.?(?![\p{L}\p{N}])${UNIT}?`,
  'gu',
);
/** "Rua João Pessoa 1636 street", "Via dei Fiorentini 17 street": the kind of road after the number. */
const ROAD_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}${NAME_WORD}(?:[^\S\n]+${STREET_TAIL_WORD}){0,3}[^\S\n]+\d{1,5}[A-Za-z]?(?=[^\S\n]+(?:street|road|avenue|lane|st\.?)(?![\p{L}]))`,
  'gu',
);
/** The same after a cue, in any case: "drops you off at 74678 midtvollen 130". */
const CUED_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUMBER}[^\S\n]+)?${NAME_WORD}(?:[^\S\n]+${NAME_WORD}){0,3}[^\S\n]+\d{1,5}[A-Za-z]?\.?(?![\p{L}\p{N}])${UNIT}?`,
  'gu',
);
const MILITARY = /(?<![\p{L}\p{N}])(?:USS|USNS|USNV|USCGC)[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*\s*(?:FPO|APO|DPO)[^\S\n]+(?:AA|AE|AP)[^\S\n]+\d{5}/gu;
const PO_BOX =
  /(?<![\p{L}\p{N}])(?:\d{1,6}[^\S\n]+)?(?:p\.?\s?o\.?\s?box|post office box|psc|unit|box)[^\S\n]*\d{1,6}(?:,?[^\S\n]*box[^\S\n]*\d{1,6})?(?:\s*(?:apo|fpo|dpo)[^\S\n]+(?:aa|ae|ap)[^\S\n]+\d{5})?/giu;
const UNIT_ONLY = /(?<![\p{L}\p{N}])(?:apt|apartment|suite|ste)\.?[^\S\n]*#?\d+[A-Za-z]?(?![\p{L}\p{N}])/giu;
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[^\S\n]?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
const NOT_A_STREET =
  /^(?:chapter|section|version|windows|page|level|room|season|episode|iphone|python|java|node|phase|step|day|week|year|part|volume|vol|no|number|top|ios|android|office|table|figure|fig|item|question|grade|class|team|group|gate|terminal|platform|line|route|series|model|world|war|game|act|scene|verse|psalm|bay|stage|tier|round|pixel|galaxy)\b/iu;

/** An address said after a cue: "lives at 10252 Μεγάλη Άμμος 184", "address is …". */
const ADDRESS_CUE =
  /\b(?:lives? (?:at|on)|living (?:at|on)|(?:located|situated|station is|office is|house is|flat is|shop is) on|side of|(?:my|his|her|their|your|our|the|new|old|home|office|billing|shipping|delivery|street|mailing|postal|following)\s+address(?:es)?(?:\s+(?:is|was|are|were)|:)|address(?:es)?\b[^.?!\n]{0,40}:|located at|office is at|offices are at|meet (?:you|me) at|moved to|ship (?:it )?to|send (?:it|them|a new one)? ?to|drops? you off at|corner of)[^\S\n]*$/iu;

/**
 * After a street line, the lines that finish the address: a city, a region code, a country, a
 * postcode ("Artilleros\n, CO\n Uruguay 64677"). Stops at anything that reads as a sentence.
 */
const TAIL_LINE =
  /^(?:[^\S\n]*,?[^\S\n]*\n?[^\S\n]*>?[^\S\n]*)(?:(?:\p{Lu}[\p{L}\p{M}'’.()-]*|[A-Z]{2}|nan)(?:[^\S\n]+(?:\p{Lu}[\p{L}\p{M}'’.()-]*|[A-Z]{2}|\([^)\n]{1,30}\)|de|del|do|da|am|an|der|la|le|sur|upon))*(?:[^\S\n]*,?[^\S\n]*(?:[A-Z]{2,3}|\d{3,6}(?:-\d{3,4})?))*|\d{4,6}(?:-\d{3,4})?)(?=[^\S\n]*(?:,|\n|$|\.(?:\s|$)))/u;

function extendTail(text: string, end: number): number {
  let cur = end;
  for (let lines = 0; lines < 5; lines++) {
    const rest = text.slice(cur, cur + 120);
    const m = TAIL_LINE.exec(rest);
    if (!m || m[0].trim().length === 0) {
      // In prose: "42 Wallaby Way, Sydney back then".
      const town = lines === 0 ? /^,[^\S\n]*(\p{Lu}[\p{L}\p{M}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/u.exec(rest) : null;
      if (town?.[1] && !town[1].split(/\s+/u).every((w) => isCommonWord(w))) cur += town[0].length;
      break;
    }
    // The next piece must be on a following line or after a comma.
    if (!/^[^\S\n]*[,\n]/u.test(rest) && !/^\s*\d/u.test(rest.trimStart())) break;
    cur += m[0].length;
  }
  return cur;
}

function isCaseless(text: string, index: number): boolean {
  const from = text.lastIndexOf('\n', index) + 1;
  const to = text.indexOf('\n', index);
  return !/\p{Lu}/u.test(text.slice(from, to < 0 ? text.length : to));
}

/**
 * The span's text without trailing spaces and commas, and without a full stop that ends the
 * sentence ("at 42 Wallaby Way." keeps its full stop outside; "St. Louis" keeps it inside).
 */
export function withoutSentenceStop(text: string, start: number, end: number): string {
  let s = text.slice(start, end).replace(/[\s,]+$/u, '');
  if (s.endsWith('.') && /^(?:\s*$|\s+[\p{Lu}"'“‘([])/u.test(text.slice(start + s.length))) s = s.slice(0, -1);
  return s;
}

/** Spans that touch or overlap (a street, then its postcode) merged into one, so none is cut in two. */
function mergeAdjacent(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start < last.end || (s.start <= last.end + 2 && /^[\s,]*$/u.test(text.slice(last.end, s.start))))) {
      if (s.end > last.end) out[out.length - 1] = span(text, last.start, s.end, 'address', last.rule ?? 'street');
    } else out.push(s);
  }
  return out;
}

export function detectAddresses(text: string): Span[] {
  return mergeAdjacent(text, addressSpans(text));
}

function addressSpans(text: string): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number, rule: string, tail: boolean): void => {
    const stop = tail ? extendTail(text, end) : end;
    const finalEnd = start + withoutSentenceStop(text, start, stop).length;
    if (finalEnd > start) out.push(span(text, start, finalEnd, 'address', rule));
  };
  for (const m of text.matchAll(US_STYLE)) {
    // "2019 being so close" is not on Close Road: in lower case, only a street with a foreign word
    // ("26 rue des lieutemants") counts, unless the whole line is lower case (as some captions are).
    const plainEnglish = (m[0].match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).every((w) => isEnglishWord(w));
    if (!/\p{Lu}/u.test(m[0]) && plainEnglish && !isCaseless(text, m.index)) continue;
    add(m.index, m.index + m[0].length, 'street', true);
  }
  for (const m of text.matchAll(EUROPEAN_STYLE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const numberFirst = /^\d+/u.exec(m[0])?.[0];
    const cue = ADDRESS_CUE.test(before);
    const ownLine = /(?:^|\n)[^\S\n]*>?[^\S\n]*$/u.test(before) && /^[^\S\n]*(?:,|\n|$)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (!(numberFirst || cue || ownLine)) continue;
    // "in 2019 Sam turned 30": a year is not a house number.
    if (numberFirst && !cue && /^(?:19|20)\d\d$/u.test(numberFirst)) continue;
    // "Chapter 11", "Windows 10", "version 2" are not addresses without a house number first.
    if (!numberFirst && !cue && NOT_A_STREET.test(m[0])) continue;
    // "5 Musicians Of The 70s", "During 2017": a street name has a word that is not everyday English.
    if (!cue && (m[0].match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).every((w) => isEnglishWord(w) || /^(?:apt|suite|ste|unit)$/iu.test(w))) continue;
    add(m.index, m.index + m[0].length, 'street', true);
  }
  for (const m of text.matchAll(ROAD_AFTER)) add(m.index, m.index + m[0].length, 'street', false);
  for (const m of text.matchAll(CUED_STREET)) {
    if (ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) add(m.index, m.index + m[0].length, 'cued-street', true);
  }
  for (const m of text.matchAll(PO_BOX)) {
    if (/^(?:unit|box)/iu.test(m[0]) && !/box/iu.test(m[0].slice(3))) continue;
    add(m.index, m.index + m[0].length, 'po-box', true);
  }
  for (const m of text.matchAll(MILITARY)) add(m.index, m.index + m[0].length, 'military', false);
  for (const m of text.matchAll(UNIT_ONLY)) add(m.index, m.index + m[0].length, 'unit', true);
  for (const m of text.matchAll(UK_POSTCODE)) add(addressBefore(text, m.index), m.index + m[0].length, 'postcode', false);
  return out;
}

/** Small words inside a street or place name ("Heol y Rhosyn", "Stratford upon Avon"). */
const ADDRESS_PARTICLE = 'y|yr|de|la|le|du|of|the|upon|on|in';

/**
 * One part of an address said before its postcode, with the comma after it: "Unit 9, ", "27 Cardigan
 * Road, ", "Heol y Rhosyn, ", "Pontyclun, ".
 */
const ADDRESS_PART = new RegExp(
  String.raw`(?:(?:[Uu]nit|[Ff]lat|[Ss]uite|[Aa]partment|[Aa]pt|[Ff]loor|[Bb]lock|[Bb]uilding)\.?[^\S\n]+\d{1,5}[A-Za-z]?|(?:\d{1,5}[A-Za-z]?[^\S\n]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|${ADDRESS_PARTICLE}))*)[^\S\n]*,[^\S\n]*$`,
  'u',
);
const PARTICLE_ONLY = new RegExp(`^(?:${ADDRESS_PARTICLE})$`, 'iu');

/**
 * Where an address that ends in a postcode begins: up to three parts before it, each with a number or a
 * word that is no everyday English ("Unit 9, Heol y Rhosyn, CF72 8XZ"); "So, LS6 3AG" keeps its "So".
 */
function addressBefore(text: string, postcode: number): number {
  let start = postcode;
  for (let parts = 0; parts < 3; parts++) {
    const m = ADDRESS_PART.exec(text.slice(Math.max(0, start - 60), start));
    if (!m) break;
    const part = m[0].replace(/[\s,]+$/u, '');
    const words = part.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? [];
    if (!/\d/u.test(part) && words.every((w) => isCommonWord(w) || PARTICLE_ONLY.test(w))) break;
    start -= m[0].length;
  }
  return start;
}

// ---------------------------------------------------------------------------------------------
// Account numbers, links to people and handles

const ACCOUNT_WORDS = 'account|acct|customer|membership|member|policy|card|iban|sort code|routing|reference|ref';
const ACCOUNT_PHRASE = new RegExp(
  String.raw`\b(?:${ACCOUNT_WORDS})(?:[^\S\n]+(?:number|no\.?|num|#|id|code))?(?:[^\S\n]*(?:is|was|:|#|=))?[^\S\n]*((?:[A-Z]{2}\d{2}[A-Z0-9 ]{8,30}|\d[\d -]{4,24}\d))(?![\p{L}\p{N}])`,
  'giu',
);
const EMPLOYEE_LABEL = label('employee|staff|badge|personnel|payroll');
const ACCOUNT_LABEL = label(`${ACCOUNT_WORDS}|pin|passport|licen[cs]e|national insurance|social security`);

/**
 * A long bare run of digits, eight or more with at most single spaces or dashes between groups: an
 * account, card or reference number. Counts are not said that way ("250,000", "a quarter of a million").
 * One that opens with 0 is a phone number (detectPhones leaves a lone run of ten digits or more alone).
 */
const BARE_NUMBER = /(?<![\p{L}\p{N},.£$€¥#+-])\d{4,}(?:[ -]\d{3,})*(?![\p{L}\p{N}%]|[.,]\d|[^\S\n]*(?:%|percent|per cent))/gu;

/**
 * A reference in capitals and digits, in parts ("WC-2291-4471-B", "PX/00412/C"): a claim, policy or case
 * number, said without its label as often as with it. Five digits or more, so "COVID-19" and "SDE-3" stay.
 */
const REFERENCE = /(?<![\p{L}\p{N}/-])[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?![\p{L}\p{N}]|[-/][\p{L}\p{N}])/gu;

/**
 * A booking or confirmation code, capitals and digits mixed in one word ("ZK7Q9M"): letters and digits
 * alternate at least three times, which model names ("RTX4090", "A380", "MP3") do not.
 */
const BOOKING_CODE = /(?<![\p{L}\p{N}-])[A-Z0-9]{5,10}(?![\p{L}\p{N}-])/gu;

/**
 * A UK National Insurance number, "QQ 12 34 56 C", spaced or not: its letters identify as much as its
 * digits, so the whole goes. Any two letters open it: "QQ", which no real number has, is the example people read out.
 */
const NATIONAL_INSURANCE = /(?<![\p{L}\p{N}])[A-Z]{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?[A-D](?![\p{L}\p{N}])/gu;

export function detectAccounts(text: string): Span[] {
  const out: Span[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(NATIONAL_INSURANCE)) out.push(span(text, m.index, m.index + m[0].length, 'account', 'national-insurance'));
  for (const m of text.matchAll(ACCOUNT_PHRASE)) {
    const id = (m[1] ?? '').trimEnd();
    const start = m.index + m[0].indexOf(id, m[0].length - (m[1] ?? '').length);
    out.push(span(text, start, start + id.length, 'account', 'account-phrase'));
  }
  addUnseen(out, numbersAfterLabel(text, ACCOUNT_LABEL, 'account'));
  for (const m of text.matchAll(BOOKING_CODE)) {
    const code = m[0];
    if ((code.match(/\d/gu) ?? []).length >= 2 && (code.match(/\p{Lu}/gu) ?? []).length >= 2 && (code.match(/(?=\d\p{Lu}|\p{Lu}\d)/gu) ?? []).length >= 3)
      out.push(span(text, m.index, m.index + code.length, 'account', 'booking-code'));
  }
  for (const m of text.matchAll(REFERENCE)) {
    if (/\p{L}/u.test(m[0]) && m[0].replace(/\D/gu, '').length >= 5) out.push(span(text, m.index, m.index + m[0].length, 'account', 'reference'));
  }
  for (const m of text.matchAll(BARE_NUMBER)) {
    const end = m.index + m[0].length;
    if (m[0].replace(/\D/gu, '').length < 8 || isDateOrNumber(m[0]) || counted(text, end)) continue;
    out.push(span(text, m.index, end, m[0].startsWith('0') ? 'phone' : 'account', 'bare-number'));
  }
  return out;
}

/** Addresses of people rather than pages: a profile on a social or code site. */
const PROFILE =
  /^(?:(?:www|m|uk|de|fr)\.)?(?:linkedin\.com\/in|twitter\.com|x\.com|github\.com|gitlab\.com|facebook\.com|instagram\.com|threads\.net|medium\.com\/@|t\.me|bsky\.app\/profile|mastodon\.[a-z]+\/@)\/?[^/\s]+/iu;
const URL = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s"'<>)\]]*)?/giu;

/**
 * Web addresses that lead to a person: a profile (`linkedin.com/in/jose-alvarez-4711`), or any address
 * with a known person's name in it. `names` are the names already decided on.
 */
export function detectPersonLinks(text: string, names: readonly string[] = []): Span[] {
  const out: Span[] = [];
  if (!/[a-z0-9-]\.[a-z]{2,}/iu.test(text)) return out;
  const tokens = [...new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((t) => t.length >= 3))];
  // A name run together with another in a domain counts too ("graceilunga.co.uk"); a short one only alone.
  const named = (word: string) => tokens.some((t) => word === t || (t.length >= 4 && word.includes(t)));
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(/[.,;:!?]+$/u, '');
    const bare = raw.replace(/^https?:\/\//iu, '');
    const words = bare.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    // "e.g." and "Node.js" are no addresses, and a bare word with a dot is one only when a name is in it.
    const address = /\//u.test(raw) || /^(?:https?:|www\.)/iu.test(raw);
    if ((address && PROFILE.test(bare)) || words.some(named)) out.push(span(text, m.index, m.index + raw.length, 'link', 'person-link'));
  }
  return out;
}

/**
 * Handles and profiles read aloud: "her Twitter is jane underscore doe", "github slash tnguyen",
 * "linkedin dot com slash in slash amara obi". "Underscore" counts where a handle is spoken of ("user
 * underscore id" in a schema stays); "slash" only after a site's name ("manager slash mentor" stays).
 */
const HANDLE_CUE =
  /\b(?:twitter|instagram|tiktok|threads|bluesky|mastodon|snapchat|telegram|discord|slack|handle|username|user name|follow|find (?:me|her|him|them)|at sign|at)\b[^.!?\n]{0,30}$/iu;
const SPOKEN_UNDERSCORE =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[^\S\n]+(?:underscore|dot|dash)[^\S\n]+[\p{L}\p{N}]+)*[^\S\n]+underscore[^\S\n]+[\p{L}\p{N}]+(?:[^\S\n]+(?:underscore|dot|dash)[^\S\n]+[\p{L}\p{N}]+)*/giu;
const SPOKEN_PROFILE =
  /\b(?:github|gitlab|linkedin|twitter|instagram|facebook|tiktok|medium|youtube|bitbucket|threads|x)(?:[^\S\n]+dot[^\S\n]+(?:com|net|app|io))?(?:[^\S\n]+slash[^\S\n]+in)?[^\S\n]+slash[^\S\n]+(?:at[^\S\n]+)?[\p{L}\p{N}]+(?:[^\S\n]+(?:underscore|dot|dash|hyphen)[^\S\n]+[\p{L}\p{N}]+)*(?:[^\S\n]+(?!(?:and|or|but|if|so|for|on|in|at|to|the|a|an|is|was|it|please|too|then)\b)\p{Ll}+\b(?=[^\S\n]*[.,;!?]|$))?/giu;

/** "@jose_alvarez": a handle names a person as surely as their name does. Not the `@` of an e-mail. */
export function detectHandles(text: string): Span[] {
  const out: Span[] = [];
  if (/\bunderscore\b/iu.test(text))
    for (const m of text.matchAll(SPOKEN_UNDERSCORE))
      if (HANDLE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) out.push(span(text, m.index, m.index + m[0].length, 'handle', 'spoken-handle'));
  if (/\bslash\b/iu.test(text)) for (const m of text.matchAll(SPOKEN_PROFILE)) out.push(span(text, m.index, m.index + m[0].length, 'link', 'spoken-profile'));
  for (const m of text.includes('@') ? text.matchAll(/(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}@])/gu) : []) {
    out.push(span(text, m.index, m.index + m[0].length, 'handle', 'handle'));
  }
  return out;
}

/** Every contact detail in `text`. Spans may overlap; `redact` keeps the longest. */
export function detectContacts(text: string, names: readonly string[] = []): Span[] {
  return [
    ...detectEmails(text),
    ...detectPhones(text),
    ...detectEmployeeIds(text),
    ...detectAccounts(text),
    ...detectAddresses(text),
    ...detectPersonLinks(text, names),
    ...detectHandles(text),
  ];
}
