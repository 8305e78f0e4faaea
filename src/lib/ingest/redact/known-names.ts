/**
 * Names known in advance: the other speakers' labels, the people named in the consent record and in
 * the people files. Every mention is found, in any case: the full name, the given name alone, the
 * family name alone, "Dana W.", a possessive ("Sam's" → the span is "Sam"). A name that is also an
 * everyday word ("Will", "Mark", "Grace", "Brown") only counts where it is written with a capital,
 * and not at the start of a sentence where the next word makes it a verb ("Will you…", "Mark my words").
 */
import { isCommonWord } from './lexicon.ts';
import { CALENDAR, DATE_BEFORE, isSentenceStart, nextWord, previousWord } from './text.ts';
import type { Span } from './types.ts';

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lady|lord|rev)\.?$/iu;
const PARTICLE = /^(?:van|von|vom|zu|zur|de|der|den|del|della|dei|degli|di|da|du|dos|das|do|la|le|bin|bint|ibn|ben|bat|al|el|ter|ten|af|ap|ab|st\.?)$/iu;
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|phd|md)$/iu;
/** After a sentence-initial "Will" or "Mark", these make it a verb. */
const VERB_NEXT =
  /^(?:you|we|i|they|it|he|she|that|this|these|those|there|the|a|an|my|your|our|his|her|their|me|us|them|someone|anyone|everyone|not|to|up|down|out|off|over|all|any|some|no|every|each|do|be|have|go|get|make|take|try)$/u;

/** Words after a day or a month that make it a date ("Sunday night", "April the third", "May 2021"). */
const DATE_AFTER =
  /^(?:night|nights|morning|mornings|afternoon|afternoons|evening|evenings|lunch|lunchtime|shift|shifts|service|services|opening|openings|trading|rota|roster|week|weekend|market|paper|papers|school|league|match|game|trip|flight|flights|deadline|intake|sale|sales|break|half|first|second|third|fourth|fifth|the|of|through|to|till|until)$/u;

/** Common short forms of given names, both ways ("Samuel" ↔ "Sam"). */
const DIMINUTIVES: Record<string, string[]> = {
  alexander: ['alex', 'sasha', 'xander'],
  alexandra: ['alex', 'sasha', 'lexi'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  benjamin: ['ben', 'benji'],
  catherine: ['cat', 'kate', 'cathy'],
  katherine: ['kate', 'kathy', 'katie', 'kat'],
  charles: ['charlie', 'chuck'],
  christopher: ['chris', 'kit'],
  christine: ['chris', 'chrissy'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy'],
  deborah: ['deb', 'debbie'],
  edward: ['ed', 'eddie', 'ted'],
  elizabeth: ['liz', 'beth', 'lizzie', 'eliza', 'betty'],
  gregory: ['greg'],
  james: ['jim', 'jimmy', 'jamie'],
  jennifer: ['jen', 'jenny'],
  jessica: ['jess'],
  jonathan: ['jon', 'jonny'],
  joseph: ['joe', 'joey'],
  joshua: ['josh'],
  kenneth: ['ken', 'kenny'],
  margaret: ['maggie', 'meg', 'peggy'],
  matthew: ['matt'],
  michael: ['mike', 'mikey', 'mick'],
  nicholas: ['nick', 'nicky'],
  patricia: ['pat', 'patty', 'trish'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  rebecca: ['becky', 'becca'],
  richard: ['rich', 'rick', 'dick'],
  robert: ['rob', 'bob', 'bobby', 'robbie'],
  samantha: ['sam', 'sammy'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  victoria: ['vicky', 'tori'],
  william: ['will', 'bill', 'billy', 'liam'],
  zachary: ['zach', 'zack'],
};

/** Letters of Latin-1 and Latin Extended-A, grouped by their unaccented letter. */
const ACCENTED: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (let code = 0xc0; code <= 0x24f; code++) {
    const ch = String.fromCharCode(code).toLowerCase();
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base.length === 1 && base !== ch && /[a-z]/u.test(base)) map.set(base, (map.get(base) ?? '') + ch);
  }
  return map;
})();

/** A regex source for one written name token: accents optional, any apostrophe, hyphen or space. */
function tokenPattern(token: string): string {
  let out = '';
  for (const ch of token.toLowerCase()) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (ch === "'" || ch === '’') out += "['’]";
    else if (ch === '-') out += '[-‐\\s]?';
    else if (ch === '.') out += '\\.?';
    else if (/[a-z]/u.test(base) && base.length === 1) out += `[${base}${ACCENTED.get(base) ?? ''}]`;
    else out += RegExp.escape(ch);
  }
  return out;
}

/** One way a known name can be written: its tokens, and whether each is a full word or an initial. */
interface Variant {
  tokens: string[];
  /** Spelled out letter by letter ("S-I-O-B-H-A-N"), as someone does to be sure a name is written right. */
  spelled?: boolean;
}

/** Clean a label ("Dana Whitfield (she/her)", "Dr. Dana W.", "Okafor, Sam") into name tokens. */
export function nameTokens(label: string): string[] {
  let s = label
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/gu, ' ')
    .replace(/\b(?:she|he|they|ze|xe)\s*\/\s*\w+(?:\s*\/\s*\w+)?/giu, ' ')
    .replace(/[*_"“”]/gu, ' ')
    .trim();
  // "Okafor, Sam" is "Sam Okafor"; "Dana Whitfield, VP Sales" and "Dana - host" keep the name part.
  const comma = /^([^,]+),\s*([^,]+)$/u.exec(s);
  if (comma?.[1] && comma[2] && !/\s/u.test(comma[1].trim()) && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(comma[2].trim())) {
    s = `${comma[2].trim()} ${comma[1].trim()}`;
  } else {
    s = s.split(/\s[-–—|:]\s|,/u)[0] ?? s;
  }
  const tokens = s.split(/\s+/u).filter((t) => t.length > 0 && /\p{L}/u.test(t));
  while (tokens.length > 1 && tokens[0] && HONORIFIC.test(tokens[0])) tokens.shift();
  while (tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

function isInitial(token: string): boolean {
  return /^\p{L}\.?$/u.test(token);
}

/** Every way a person's name may be written in a transcript, longest first. */
export function nameVariants(label: string): Variant[] {
  const tokens = nameTokens(label);
  const words = tokens.filter((t) => !isInitial(t));
  const variants: string[][] = [];
  const add = (v: string[]): void => {
    if (v.length > 0 && !variants.some((x) => x.join(' ').toLowerCase() === v.join(' ').toLowerCase())) variants.push(v);
  };
  add(tokens);
  add(words);
  const first = words[0];
  if (first) {
    // The family name: everything after the given name, from the first particle on ("van der Berg").
    const rest = words.slice(1);
    const particleAt = rest.findIndex((t) => PARTICLE.test(t));
    const family = particleAt >= 0 ? rest.slice(particleAt) : rest.slice(-1);
    const last = family[family.length - 1];
    if (last && family.length > 0) {
      add([first, ...family]);
      add(family);
      if (family.length > 1) add([last]);
      // Hyphenated family names: each part ("Achterberg-Nwosu" → "Achterberg", "Nwosu").
      for (const part of last.split('-')) if (part.length >= 3 && part !== last) add([part]);
    }
    // "Dana W." when the family name, or its initial, is known.
    const lastToken = tokens[tokens.length - 1];
    if (lastToken && lastToken !== first && tokens.length >= 2) add([first, `${lastToken.charAt(0)}.`]);
    // Middle names alone are rarely used; given names are.
    add([first]);
    for (const short of DIMINUTIVES[first.toLowerCase()] ?? []) add([short]);
    for (const [long, shorts] of Object.entries(DIMINUTIVES)) if (shorts.includes(first.toLowerCase())) add([long]);
  }
  return variants.sort((a, b) => b.join(' ').length - a.join(' ').length).map((v) => ({ tokens: v }));
}

function variantPattern(v: Variant): string {
  if (v.spelled) return [...(v.tokens[0] ?? '').replace(/['’.-]/gu, '')].map(tokenPattern).join('[-‐.\\s]');
  return v.tokens.map((t) => (isInitial(t) ? `${tokenPattern(t.charAt(0))}\\.?` : tokenPattern(t))).join('[^\\S\\n]*[\\s\\u00a0][^\\S\\n]*');
}

/** Whether a match of `v` at `start` is the name rather than an everyday word. */
function acceptable(text: string, start: number, end: number, v: Variant): boolean {
  const matched = text.slice(start, end);
  if (v.spelled) return true;
  const words = v.tokens.filter((t) => !isInitial(t));
  const ambiguous = words.every((t) => t.length <= 2 || isCommonWord(t.replace(/['’.]/gu, '')));
  if (!ambiguous) return true;
  // An everyday word needs its capital letter…
  if (!/^\p{Lu}/u.test(matched)) return false;
  // …and at the start of a sentence, must not be followed by what makes it a verb.
  if (isSentenceStart(text, start) && v.tokens.length === 1 && VERB_NEXT.test(nextWord(text, end))) return false;
  // A day or a month alone ("Sunday" for Sunday Adeyemi) is the date where a date would stand: "on Sunday",
  // "before Sunday", "Sunday night".
  if (v.tokens.length === 1 && CALENDAR.test(matched) && (DATE_BEFORE.test(previousWord(text, start)) || DATE_AFTER.test(nextWord(text, end)))) return false;
  return true;
}

/**
 * Spans of every mention of the given names. `keyPrefix` names the group ("known", "mentor"): the
 * span's key is `<prefix>:<index of the name in names>`, the same for "Sam", "Sam Okafor" and "SAM".
 */
export function detectKnownNames(text: string, names: readonly string[], keyPrefix = 'known'): Span[] {
  return knownNameMatcher(names, keyPrefix)(text);
}

/**
 * `detectKnownNames` with its patterns compiled once, for callers that look for the same names in many
 * texts (the gate scans every string of every entry).
 */
export function knownNameMatcher(names: readonly string[], keyPrefix = 'known'): (text: string) => Span[] {
  const compiled = names.flatMap((label, index) => {
    const written = nameVariants(label);
    const spelled = written.filter((v) => v.tokens.length === 1 && (v.tokens[0]?.length ?? 0) >= 3).map((v) => ({ tokens: v.tokens, spelled: true }));
    const variants = [...written, ...spelled];
    if (variants.length === 0) return [];
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${variants.map((v) => `(${variantPattern(v)})`).join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, 'giu');
    return [{ re, variants, index }];
  });
  return (text) => {
    const out: Span[] = [];
    for (const { re, variants, index } of compiled) {
      for (const m of text.matchAll(re)) {
        const which = m.slice(1).findIndex((g) => g !== undefined);
        const v = variants[which];
        if (!v) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (!acceptable(text, start, end, v)) continue;
        out.push({ start, end, type: 'person', text: m[0], key: `${keyPrefix}:${index}`, rule: `${keyPrefix}-name` });
      }
    }
    return out;
  };
}

/**
 * "Tom Kaplan" → "TK": what colleagues call someone they have just named in full. A hyphenated given
 * name gives its own ("Jean-Baptiste Moreau" → "JB", as well as "JM" and "JBM").
 */
export function initialsOf(names: readonly string[]): string[] {
  const capitals = (parts: readonly string[]) => parts.filter((w) => /^\p{Lu}/u.test(w));
  return [
    ...new Set(
      names
        .flatMap((n) => {
          const words = n.split(/\s+/u);
          return [capitals(n.split(/[\s-]+/u)), capitals(words), capitals(words[0]!.split('-'))];
        })
        .filter((w) => w.length >= 2 && w.length <= 3)
        .map((w) => w.map((x) => x[0]).join('')),
    ),
  ];
}
