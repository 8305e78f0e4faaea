import { knownNameMatcher } from '../ingest/redact/known-names.ts';
import { isEnglishWord } from '../ingest/redact/lexicon.ts';
import type { Person } from '../schema/index.ts';
import type { OutputString } from './strings.ts';

/** How a consent lets its mentor be named; only `named` allows the name. */
export type AttributionMode = 'named' | 'role' | 'anonymous';

/** A mention of the mentor in an output string. */
export interface Leak {
  /** The string it was found in. */
  string: OutputString;
  /** Offsets in `string.value`. */
  start: number;
  end: number;
  /** What was found, as written. */
  text: string;
  /** What it gives away. */
  what: 'name' | 'people id' | 'role' | 'identifying';
}

/** Finds, in any text, what would identify one mentor under one attribution. */
export interface MentorMatcher {
  /** Identifies what is looked for, for caches: the same key always finds the same things. */
  key: string;
  find(text: string): { start: number; end: number; text: string; what: Leak['what'] }[];
}

// Words that make up job titles everywhere; a role segment made only of these ("Vice President",
// "Principal Engineer") does not single anyone out, the rest of the role ("Load Matching Platform") does.
const titleWords = new Set(
  `
  a an and the of for at in to on with chief head lead leader senior junior principal staff distinguished associate
  assistant deputy vice president vp svp evp executive director managing manager management officer engineer
  engineering developer architect analyst consultant specialist coordinator administrator supervisor
  representative advisor adviser partner fellow founder cofounder co-founder owner ceo cto cfo coo cio ciso
  member team group department division unit global regional area national international general operations
`
    .split(/\s+/)
    .filter(Boolean),
);

const phrase = (words: readonly string[]) => words.map((w) => RegExp.escape(w)).join('[\\s\\u00a0_.+/,;:()–—-]+');
const bounded = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * The parts of a role that point at one person: the whole role, and each segment of it (split at commas,
 * dashes, brackets, "of", "at", "for") that is not made only of generic title words.
 */
export function roleSegments(role: string): string[][] {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}&'’]+/u)
      .filter(Boolean);
  const whole = words(role);
  // The whole role, unless it is one generic word ("Engineer") that would flag every mention of the trade.
  const out: string[][] = whole.length > 1 || whole.some((x) => !titleWords.has(x)) ? [whole] : [];
  for (const segment of role.split(/\s*(?:[,;:()/|—–]|\s-\s|\bof\b|\bat\b|\bfor\b|\bin\b)\s*/iu)) {
    const w = words(segment);
    // One everyday word ("Claims", "Sales") is not worth hiding on its own: it would flag every mention of
    // the subject. A team name that is not a word ("Kestrel") or two words together ("Load Matching") is.
    const specific = w.length > 1 ? w.some((x) => !titleWords.has(x)) : w.length === 1 && !titleWords.has(w[0]!) && !isEnglishWord(w[0]!);
    if (specific) out.push(w);
  }
  return out.filter((w, i) => w.length && out.findIndex((o) => o.join(' ') === w.join(' ')) === i);
}

/**
 * What must not appear for an entry whose consent is `role` (the name and the people id) or `anonymous`
 * (those and the role). Undefined for `named`: then nothing is secret.
 */
export function mentorMatcher(personId: string, person: Person, mode: AttributionMode, identifying: readonly string[] = []): MentorMatcher | undefined {
  if (mode === 'named') return undefined;
  const terms = identifying.length ? bounded(identifying.map((t) => phrase(t.toLowerCase().split(/\s+/))).join('|')) : undefined;
  const names = knownNameMatcher([person.name], 'mentor');
  const id = bounded(phrase(personId.split('-')));
  const segments = mode === 'anonymous' ? roleSegments(person.role) : [];
  const role = segments.length ? bounded(segments.map(phrase).join('|')) : undefined;
  return {
    key: JSON.stringify([personId, person.name, mode === 'anonymous' ? person.role : '', mode, identifying]),
    find(text) {
      const found: ReturnType<MentorMatcher['find']> = names(text).map((s) => ({ start: s.start, end: s.end, text: s.text, what: 'name' as const }));
      for (const m of text.matchAll(id)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], what: 'people id' });
      if (role) for (const m of text.matchAll(role)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], what: 'role' });
      if (terms) for (const m of text.matchAll(terms)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], what: 'identifying' });
      return found;
    },
  };
}

/**
 * A string as a reader would take it in: invisible format characters (zero-width spaces, soft hyphens)
 * removed, compatibility forms folded (NFKC: full-width letters, ligatures), percent-escapes decoded, and
 * the `-`, `_`, `.`, `+` and `/` that join words in URLs, slugs and file names read as spaces. `at` maps
 * an offset back to the original.
 */
function readable(value: string): { text: string; at: (i: number) => number } {
  // Percent-escapes: decoded one by one, so a broken one stays as it is.
  let decoded = value;
  const map: number[] = [];
  if (/%[0-9a-f]{2}/i.test(value)) {
    decoded = '';
    for (let i = 0; i < value.length; ) {
      const m = /^(?:%[0-9a-f]{2})+/i.exec(value.slice(i));
      let text: string | undefined;
      if (m)
        try {
          text = decodeURIComponent(m[0]);
        } catch {
          text = undefined;
        }
      if (m && text !== undefined) {
        for (let k = 0; k < text.length; k++) map.push(i);
        decoded += text;
        i += m[0].length;
      } else {
        map.push(i);
        decoded += value[i];
        i++;
      }
    }
  } else for (let i = 0; i < value.length; i++) map.push(i);
  let text = '';
  const back: number[] = [];
  for (let i = 0; i < decoded.length; ) {
    const cp = decoded.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!/\p{Cf}/u.test(ch)) {
      const folded = ch.normalize('NFKC').replace(/[-_.+/]/g, ' ');
      for (let k = 0; k < folded.length; k++) back.push(map[i]!);
      text += folded;
    }
    i += ch.length;
  }
  return { text, at: (i) => back[i] ?? value.length };
}

const needsReading = (value: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: `[^\x00-\x7f]` means "not ASCII", the cheap test before NFKC.
  /[\p{L}\p{N}][-_.+/%][\p{L}\p{N}%]|\p{Cf}/u.test(value) || (/[^\x00-\x7f]/.test(value) && value.normalize('NFKC') !== value);

/** Every mention of the mentor in the strings, in order; overlapping finds count once, the longest. */
export function findLeaks(strings: Iterable<OutputString>, matcher: MentorMatcher): Leak[] {
  const leaks: Leak[] = [];
  for (const string of strings) {
    const found = matcher.find(string.value);
    // Most strings are plain prose, which reads the same either way: only words joined by `-`, `_`, `.`,
    // `+`, `/` or `%`, invisible characters and compatibility forms need the second reading.
    const r = needsReading(string.value) ? readable(string.value) : undefined;
    if (r && r.text !== string.value) {
      for (const f of matcher.find(r.text)) {
        const start = r.at(f.start);
        found.push({ ...f, start, end: Math.max(start + 1, r.at(f.end - 1) + 1) });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reached = -1;
    for (const f of found) {
      if (f.start < reached) continue;
      reached = f.end;
      leaks.push({ string, start: f.start, end: f.end, text: string.value.slice(f.start, f.end), what: f.what });
    }
  }
  return leaks;
}
