import type { Person } from '../../schema/index.ts';

/** Lowercase words of a speaker label, without pronouns in brackets, titles or punctuation. */
export function labelWords(label: string): string[] {
  return label
    .replace(/,.*$/, '') // "Mireille B. Reece, Psy.D", "Dana Whitfield, VP Operations"
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ') // "(she/her)", "[guest]"
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(mr|mrs|ms|mx|dr|prof)\.?\s/g, ' ')
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
}

/**
 * Whether a speaker label names this person: the full name, the first name alone, first name and surname
 * initial ("Dana W."), the surname alone, in any case and with pronouns or titles around it.
 */
export function labelMatches(label: string, name: string): boolean {
  const l = labelWords(label);
  const n = labelWords(name);
  const first = n[0];
  const last = n[n.length - 1];
  if (!first || !last || l.length === 0) return false;
  if (l.join(' ') === n.join(' ')) return true;
  if (l.length === 1) return l[0] === first || (n.length > 1 && l[0] === last);
  // "Dana W." → ["dana", "w"]; "Dana Whitfield-Jones" → surname parts
  const [lf, ...rest] = l;
  const ll = rest[rest.length - 1]!;
  return lf === first && (ll === last || (ll.length === 1 && last.startsWith(ll)) || last.split('-').includes(ll));
}

/** The speaker labels in a transcript that belong to the mentor. */
export function mentorLabels(speakers: readonly string[], mentor: Person): string[] {
  return speakers.filter((s) => labelMatches(s, mentor.name));
}
