/**
 * Redact a stretch of transcript before any of it can be published: third parties' names, contact
 * details, employee ids, optionally companies, personal asides, and the mentor's own name when their
 * consent does not allow it. Everything not redacted stays byte for byte as it was.
 */
import type { AttributionMode } from '../../schema/consent.ts';
import { detectAsides } from './asides.ts';
import { detectContacts } from './contact.ts';
import { ROLE_ABBREVIATION } from './initials.ts';
import { detectKnownNames, initialsOf } from './known-names.ts';
import { detectTerms } from './identifying.ts';
import { detectOrganizations } from './organizations.ts';
import { detectPeople } from './people.ts';
import { isEnglishWord } from './lexicon.ts';
import { isNamedThing } from './named-things.ts';
import { MENTOR_PLACEHOLDER, personPlaceholder, placeholderFor, type RedactionType } from './placeholders.ts';
import { CALENDAR, DETERMINER, HONORIFIC, previousWord } from './text.ts';
import type { Span } from './types.ts';

export interface RedactOptions {
  /** Third parties known in advance: other speakers' labels, people in the consent record. */
  knownNames?: readonly string[];
  /** The mentor's name as it may appear (people file name, speaker label). */
  mentorNames?: readonly string[];
  /** Replace the mentor's own name with `[the mentor]`; true for `anonymous` and `role` attribution. */
  removeMentorName?: boolean;
  /** Company and customer names: kept, or replaced with `[a company]`. Default `redact`. */
  organizations?: 'keep' | 'redact';
  /** Drop sentences that are personal asides (family, health). Default true. */
  dropAsides?: boolean;
  /**
   * Terms that identify the mentor (organisations they found or lead, the consent's `identifying`):
   * redacted as `[a company]` whatever `organizations` says.
   */
  identifying?: readonly string[];
  /** Initials of third parties named in full elsewhere ("TK"): redacted where written in capitals, unless a word. */
  initials?: readonly string[];
}

export interface Replacement {
  original: string;
  placeholder: string;
  type: RedactionType;
  start: number;
  end: number;
}

export interface RedactResult {
  text: string;
  counts: Record<RedactionType, number>;
  replacements: Replacement[];
}

/** A span chosen for redaction, with the placeholder that replaces it. */
export interface Redaction {
  start: number;
  end: number;
  type: RedactionType;
  text: string;
  placeholder: string;
  key?: string;
  rule?: string;
}

/** Whether a consent's attribution mode means the mentor's name must go too. */
export function removesMentorName(attribution: AttributionMode): boolean {
  return attribution !== 'named';
}

/** Person evidence weak enough for a company cue to outweigh it. */
export const WEAK_PERSON_RULES = new Set(['unknown-word', 'unknown-words', 'coordinated', 'caseless-unknown']);

interface Candidate extends Omit<Span, 'type'> {
  type: RedactionType;
  /** Higher wins a tie between spans of the same length. */
  priority: number;
}

const PRIORITY: Record<RedactionType, number> = {
  aside: 9,
  email: 8,
  phone: 7,
  'employee-id': 6,
  account: 7.5,
  link: 8,
  handle: 8,
  address: 5,
  person: 4,
  organization: 2,
};

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function candidate(span: Span | (Omit<Span, 'type'> & { type: RedactionType }), bonus = 0): Candidate {
  return { ...span, priority: PRIORITY[span.type] + bonus };
}

/** Keep the longest of overlapping spans; on a tie, the higher priority, then the earlier. */
function resolve(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}

function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\s-]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Give every person span a key so that one person gets one placeholder: a span found by the
 * detector inherits the key of a known name it overlaps, and a lone "Luis" joins "Luis Ortega".
 */
function assignPersonKeys(chosen: Candidate[], known: Span[]): void {
  const persons = chosen.filter((c) => c.type === 'person');
  for (const p of persons) {
    if (p.key?.startsWith('known:') || p.key === 'mentor') continue;
    const k = known.find((s) => overlaps(s, p));
    p.key = k?.key ?? `name:${normaliseName(p.text)}`;
  }
  const byToken = new Map<string, string>();
  for (const p of persons) {
    const tokens = normaliseName(p.text).split(/[\s-]+/u);
    if (tokens.length < 2 || !p.key) continue;
    for (const t of tokens) if (t.length > 1 && !byToken.has(t)) byToken.set(t, p.key);
  }
  for (const p of persons) {
    if (!p.key?.startsWith('name:')) continue;
    const tokens = normaliseName(p.text).split(/[\s-]+/u);
    const only = tokens[0];
    if (tokens.length === 1 && only !== undefined) p.key = byToken.get(only) ?? p.key;
  }
}

/** "Ms Karimova" → the whole: a title before an unnamed mentor's name says what the name would (gender, rank). */
function withTitle(text: string, s: Span): Span {
  const m = /(?<![\p{L}])(\p{L}+)\.?[^\S\n]+$/u.exec(text.slice(Math.max(0, s.start - 16), s.start));
  if (!m || !HONORIFIC.test(m[1]!.toLowerCase())) return s;
  const start = s.start - m[0].length;
  return { ...s, start, text: text.slice(start, s.end) };
}

/** The spans `redact` replaces, in text order, each with its placeholder. */
export function findRedactions(text: string, options: RedactOptions = {}): Redaction[] {
  const { knownNames = [], mentorNames = [], removeMentorName = false, organizations = 'redact', dropAsides = true, identifying = [], initials = [] } = options;

  const mentor = detectKnownNames(text, mentorNames, 'mentor').map((s) => ({ ...s, key: 'mentor' }));
  const known = detectKnownNames(text, knownNames, 'known');
  // A product or language ("Docker", "Perl", "Y Combinator") found only by the weakest evidence is not a person.
  let found = detectPeople(text).filter((p) => !(WEAK_PERSON_RULES.has(p.rule ?? '') || p.rule === 'compromise') || !isNamedThing(p.text));
  const orgs = detectOrganizations(text);

  // The mentor's own name is not a third party's: unless it must go, the detector's guesses inside
  // it are dropped. A known third party who shares a given name with the mentor is still redacted.
  // The mentor's full name is theirs even when a known third party shares a part of it ("Sam Lee"
  // and "Sam Okafor"); a bare "Sam" stays ambiguous and is redacted.
  let knownThirdParties = known;
  if (!removeMentorName) {
    found = found.filter((p) => !mentor.some((m) => contains(m, p)));
    knownThirdParties = known.filter((k) => !mentor.some((m) => contains(m, k) && m.end - m.start > k.end - k.start));
  }
  // With companies kept, a capitalised word inside "Acme Holdings Inc" is not a person.
  // Strong cues ("worked at X", "X is a design agency") also outweigh the weakest person evidence:
  // one capitalised word that is not English.
  if (organizations === 'keep') {
    const legal = orgs.filter((o) => o.rule === 'suffix');
    const cued = orgs.filter((o) => o.rule === 'strong-cue');
    found = found.filter(
      (p) =>
        // Inside a name that ends in "Analytics", "Holdings" or "Inc", or that whole name: nobody is called that.
        !legal.some((o) => contains(o, p)) && !(WEAK_PERSON_RULES.has(p.rule ?? '') && cued.some((o) => contains(o, p))),
    );
  }

  const candidates: Candidate[] = [
    ...knownThirdParties.map((s) => candidate(s, 1)),
    ...detectInitials(text, initials).map((s) => candidate(s)),
    ...found.map((s) => candidate(s)),
    // A bare number is the weakest guess at what a number is: a label that says ("employee number … 20418736") wins.
    ...detectContacts(text, [...knownNames, ...mentorNames]).map((s) => candidate(s, s.rule === 'bare-number' ? -2 : 0)),
  ];
  if (removeMentorName) {
    // On an exact tie (a bare "Sam" that is both), the third party wins: `[a colleague]` hides as much.
    candidates.push(...mentor.map((s) => candidate(withTitle(text, s), 0.5)));
    // "NK as the team calls you": the mentor's initials name them as surely as their name.
    candidates.push(...detectInitials(text, initialsOf(mentorNames)).map((s) => candidate({ ...s, key: 'mentor' }, 0.5)));
  }
  if (organizations === 'redact') candidates.push(...orgs.map((s) => candidate(s)));
  // Above a person's priority: "Northwind" is the mentor's company even where it looks like a name.
  candidates.push(...detectTerms(text, identifying).map((s) => candidate(s, 5)));
  if (dropAsides) {
    candidates.push(...detectAsides(text).map((a) => candidate({ ...a, type: 'aside' as const })));
  }

  // "Ph.D.", "U.S.", "a.m.": a piece of a dotted abbreviation is nobody's name, and cutting one would
  // leave "[a colleague].D." in the sentence.
  const dotted = [...text.matchAll(/(?<![\p{L}\p{N}])(?:\p{L}{1,4}\.){2,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const kept = candidates.filter((c) => {
    if (c.key?.startsWith('known:') || (c.type !== 'person' && c.type !== 'organization')) return true;
    // A month or a day found by the detector alone ("But January was hard") is a date, not a person,
    // unless something makes it one ("my colleague April", "April said", "met with June").
    if (
      c.type === 'person' &&
      CALENDAR.test(c.text) &&
      !['introduced', 'honorific', 'speaker-label', 'spoken-to'].includes(c.rule ?? '') &&
      !/^[^\S\n]+(?:said|says|told|tells|asked|asks|thinks|thought|wrote|writes|replied|explained|added|wants|wanted|emailed|mentioned|suggested|agreed|joined|left|who)\b/iu.test(
        text.slice(c.end, c.end + 14),
      )
    )
      return false;
    return !dotted.some((d) => overlaps(d, c));
  });
  const chosen = resolve(kept);
  assignPersonKeys(chosen, known);

  const order = new Map<string, number>();
  return chosen.map((c) => {
    let placeholder: string;
    if (c.type === 'person') {
      if (c.key === 'mentor') placeholder = MENTOR_PLACEHOLDER;
      else {
        const key = c.key ?? c.text;
        if (!order.has(key)) order.set(key, order.size);
        placeholder = personPlaceholder(order.get(key) ?? 0);
      }
    } else placeholder = placeholderFor(c.type);
    const r: Redaction = { start: c.start, end: c.end, type: c.type, text: c.text, placeholder };
    if (c.key !== undefined) r.key = c.key;
    if (c.rule !== undefined) r.rule = c.rule;
    return r;
  });
}

export function emptyCounts(): Record<RedactionType, number> {
  return { person: 0, email: 0, phone: 0, address: 0, 'employee-id': 0, account: 0, link: 0, handle: 0, organization: 0, aside: 0 };
}

/** Replace every redaction in `text` with its placeholder; "Sam's" becomes "[a colleague]'s". */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  const redactions = findRedactions(text, options);
  const counts = emptyCounts();
  const replacements: Replacement[] = [];
  let out = '';
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start) + r.placeholder;
    at = r.end;
    counts[r.type]++;
    replacements.push({ original: r.text, placeholder: r.placeholder, type: r.type, start: r.start, end: r.end });
  }
  out += text.slice(at);
  return { text: out, counts, replacements };
}

/** Exact, capitalised initials ("TK"), skipping those that are words or abbreviations ("IT", "US", "AWS"). */
function detectInitials(text: string, initials: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const i of initials) {
    if (isEnglishWord(i) || isNamedThing(i) || ROLE_ABBREVIATION.test(i)) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${i}(?![\\p{L}\\p{N}])`, 'gu'))) {
      // "your CV", "the BS detector": after a determiner the letters are a thing, not the person they stand for.
      if (DETERMINER.test(previousWord(text, m.index))) continue;
      out.push({ start: m.index, end: m.index + i.length, type: 'person', text: i, key: `initials:${i}`, rule: 'initials' });
    }
  }
  return out;
}
