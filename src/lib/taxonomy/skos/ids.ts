import { conceptId, slugId } from '../../schema/primitives.ts';
import { describe, type ConceptText, type SkosProblem } from './read-concept.ts';

/** A lowercase ASCII slug of a label: accents dropped, anything else a hyphen. May be empty (e.g. Arabic). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long labels make unwieldy ids and URLs; cut at a hyphen so that no word is split.
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '') || slug.slice(0, 60);
}

/** The last segment of a URI, e.g. `concept10` of `http://vocabularies.unesco.org/thesaurus/concept10`. */
export const localName = (uri: string): string =>
  uri
    .replace(/[/#:]+$/, '')
    .split(/[/#:]/)
    .at(-1) ?? '';

export const isConceptId = (value: string): boolean => conceptId.safeParse(value).success;
export const isSlugId = (value: string): boolean => slugId.safeParse(value).success;

/** Hands out ids, keeping them unique in a fixed order, so the same file always gets the same ids. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Claims an id given by the vocabulary itself (a notation); false when it is already taken. */
  claim(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  /** `base`, or `base-2`, `base-3` … when taken; returns the id and whether it had to be changed. */
  allocate(base: string): { id: string; changed: boolean } {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return { id, changed: id !== base };
  }
}

/**
 * Ids Tacit gave on export (`tacit:id`), then from notations that are valid ids, then, in file order, from
 * the preferred label (or the URI's last segment when the label has no Latin letters), made unique with
 * `-2`, `-3` … Same file, same ids.
 */
export function assignIds(
  concepts: ConceptText[],
  lang: string,
  valid: (id: string) => boolean,
  problems: SkosProblem[],
  options: { fromNotations?: boolean } = {},
): Map<string, string> {
  const ids = new Map<string, string>();
  const allocator = new IdAllocator();
  const byNotation = new Map<string, string>();
  for (const c of concepts) {
    if (c.tacitId === undefined || !valid(c.tacitId) || !allocator.claim(c.tacitId)) continue;
    ids.set(c.key, c.tacitId);
    byNotation.set(c.tacitId, c.key);
  }
  for (const c of concepts) {
    if (ids.has(c.key) || options.fromNotations === false) continue;
    const notation = c.notations.find(valid);
    if (notation === undefined) continue;
    if (allocator.claim(notation)) {
      ids.set(c.key, notation);
      byNotation.set(notation, c.key);
    } else
      problems.push({
        severity: 'warning',
        message: `${describe(c.key, c.labels[lang])} has the notation \`${notation}\`, which \`${byNotation.get(notation)}\` already has; it was given an id from its label instead.`,
      });
  }
  for (const c of concepts) {
    if (ids.has(c.key)) continue;
    const label = c.labels[lang] ?? '';
    const base = slugify(label) || slugify(localName(c.key)) || 'concept';
    const { id, changed } = allocator.allocate(base);
    ids.set(c.key, id);
    // A notation that is not a valid id (`6.80`) is kept as a notation; the id comes from the label quietly.
    if (changed)
      problems.push({
        severity: 'warning',
        message: `${describe(c.key, label)} was given the id \`${id}\`: \`${base}\` was already taken by another concept. Rename it afterwards with \`npm run taxonomy -- rename\` if you like.`,
      });
  }
  return ids;
}
