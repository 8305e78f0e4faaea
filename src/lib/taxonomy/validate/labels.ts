import type { Taxonomy } from '../../schema/taxonomy.ts';
import type { TaxonomyPath } from './types.ts';

export type LabelKind = 'pref' | 'alt' | 'hidden';

/** One label of one topic, where it is written, and the key two labels clash on. */
export interface LabelUse {
  index: number;
  id: string;
  kind: LabelKind;
  lang: string;
  text: string;
  /** Case and spacing do not make two labels different to a reader or to search. */
  key: string;
  path: TaxonomyPath;
}

export const labelKey = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every preferred, alternative and hidden label, in every language, in file order. */
export function labelUses(t: Taxonomy): LabelUse[] {
  const uses: LabelUse[] = [];
  t.topics.forEach((c, index) => {
    const use = (kind: LabelKind, lang: string, text: string, path: TaxonomyPath) =>
      uses.push({ index, id: c.id, kind, lang, text, key: labelKey(text), path });
    // `['label', lang]` also locates a label written as a plain string: the search stops at the string.
    for (const [lang, text] of Object.entries(c.labels)) use('pref', lang, text, ['topics', index, 'label', lang]);
    for (const [k, text] of c.altLabels.entries()) use('alt', t.language, text, ['topics', index, 'altLabels', k]);
    for (const [k, text] of c.hiddenLabels.entries()) use('hidden', t.language, text, ['topics', index, 'hiddenLabels', k]);
    for (const [lang, tr] of Object.entries(c.translations ?? {})) {
      for (const [k, text] of tr.altLabels.entries()) use('alt', lang, text, ['topics', index, 'altLabels', lang, k]);
      for (const [k, text] of tr.hiddenLabels.entries()) use('hidden', lang, text, ['topics', index, 'hiddenLabels', lang, k]);
    }
  });
  return uses;
}

export const kindName: Record<LabelKind, string> = {
  pref: 'the preferred label',
  alt: 'an alternative label (`altLabels`)',
  hidden: 'a hidden label (`hiddenLabels`)',
};

/** `` (`fr`)`` for labels outside the taxonomy's language, where the language matters to the reader. */
export const inLanguage = (use: LabelUse, t: Taxonomy): string => (use.lang === t.language ? '' : ` (\`${use.lang}\`)`);
