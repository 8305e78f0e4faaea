import type { Literal } from 'n3';
import { languageTag } from '../../schema/taxonomy.ts';
import type { RdfGraph } from './graph.ts';
import { term } from './vocabulary.ts';

export interface SkosProblem {
  severity: 'error' | 'warning';
  message: string;
}

/** What one concept says about itself, in the languages asked for. Links are resolved later. */
export interface ConceptText {
  key: string;
  /** One preferred label per language kept; the import language is always among them when there is no error. */
  labels: Record<string, string>;
  altLabels: string[];
  hiddenLabels: string[];
  definition?: string;
  scopeNote?: string;
  notations: string[];
  /** Synonyms in the other languages, with `allLanguages`. */
  translations: Record<string, { altLabels: string[]; hiddenLabels: string[] }>;
  /** Each kept language's notes, one string per statement. */
  notes: { definition: Record<string, string[]>; scopeNote: Record<string, string[]> };
  /** The id Tacit gave it when it exported the concept (`tacit:id`). */
  tacitId?: string;
  /** `dct:created` and `dct:modified`, as written. */
  created?: string;
  modified?: string;
  deprecated?: boolean;
  steward?: string;
}

/** `<uri>` and its label when known, for messages. */
export const describe = (key: string, label?: string): string => `\`${key}\`${label ? ` (${label})` : ''}`;

const local = (p: string) => `skos:${p.slice(p.lastIndexOf('#') + 1)}`;

/**
 * Reads a concept's labels and notes, with SKOS-XL labels (`skosxl:prefLabel` → `skosxl:literalForm`)
 * taken as the plain SKOS ones. Every label and note must carry a language tag: without one there is no
 * telling which language it is in, so guessing could put French text in an English taxonomy.
 */
export function readConcept(g: RdfGraph, key: string, lang: string, allLanguages: boolean, problems: SkosProblem[]): ConceptText {
  const texts = (p: string, xl?: string): Literal[] => {
    const plain = g.literals(key, p);
    const viaXl = xl ? g.links(key, xl).flatMap((label) => g.literals(label, term.xlLiteralForm)) : [];
    const all = viaXl.length ? [...plain, ...viaXl] : plain;
    for (const l of all) {
      if (!l.language)
        problems.push({
          severity: 'error',
          message: `${describe(key)} has a \`${local(p)}\` with no language tag: \`"${l.value}"\`. Tag it with its language, e.g. \`"${l.value}"@${lang}\`.`,
        });
    }
    return all;
  };
  const inLang = (ls: Literal[]) => unique(ls.filter((l) => l.language.toLowerCase() === lang).map((l) => l.value.trim()));

  const prefs = texts(term.prefLabel, term.xlPrefLabel);
  const byLang = new Map<string, string[]>();
  for (const l of prefs) {
    if (!l.language) continue;
    const tag = l.language.toLowerCase();
    byLang.set(tag, unique([...(byLang.get(tag) ?? []), l.value.trim()]));
  }
  const labels: Record<string, string> = {};
  const own = byLang.get(lang) ?? [];
  const shown = own[0] ?? [...byLang.values()][0]?.[0];
  // Untagged preferred labels have been reported already; "no label at all" would only repeat it.
  if (!own.length && !(byLang.size === 0 && prefs.length)) {
    const others = [...byLang.keys()];
    problems.push({
      severity: 'error',
      message: others.length
        ? `${describe(key, shown)} has no \`skos:prefLabel\` in \`${lang}\`, only in ${others.map((o) => `\`${o}\``).join(', ')}. Add an \`@${lang}\` label, or import another language with \`--lang ${others[0]}\`.`
        : `${describe(key)} has no \`skos:prefLabel\` at all. Give it one, e.g. \`skos:prefLabel "…"@${lang}\`.`,
    });
  }
  for (const [tag, values] of byLang) {
    if (tag !== lang && !allLanguages) continue;
    if (!languageTag.safeParse(tag).success) {
      problems.push({
        severity: 'warning',
        message: `${describe(key, shown)}: the label \`${values[0]}\` is tagged \`@${tag}\`, which Tacit does not read as a language; it was left out.`,
      });
      continue;
    }
    if (values.length > 1) {
      problems.push({
        severity: 'error',
        message: `${describe(key, shown)} has ${values.length} \`skos:prefLabel\`s in \`${tag}\`: ${values.map((v) => `\`${v}\``).join(', ')}. SKOS allows one per language: keep one and make the others \`skos:altLabel\`.`,
      });
    }
    labels[tag] = values[0]!;
  }

  const alts = texts(term.altLabel, term.xlAltLabel);
  const hiddens = texts(term.hiddenLabel, term.xlHiddenLabel);
  const kept = (tag: string) => tag === lang || (allLanguages && languageTag.safeParse(tag).success);
  // Notes keep one string per statement, per language: nothing is joined, so nothing is lost.
  const notesOf = (p: string): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const l of texts(p)) {
      const tag = l.language.toLowerCase();
      if (!tag || !kept(tag)) continue;
      out[tag] = unique([...(out[tag] ?? []), l.value.trim()]);
    }
    return out;
  };
  const concept: ConceptText = {
    key,
    labels,
    altLabels: inLang(alts),
    hiddenLabels: inLang(hiddens),
    notations: g.literals(key, term.notation).map((l) => l.value.trim()),
    translations: {},
    notes: { definition: notesOf(term.definition), scopeNote: notesOf(term.scopeNote) },
  };
  const definition = concept.notes.definition[lang];
  if (definition) concept.definition = definition.join('\n\n');
  const scopeNote = concept.notes.scopeNote[lang];
  if (scopeNote) concept.scopeNote = scopeNote.join('\n\n');
  if (allLanguages) {
    const others = new Set([...alts, ...hiddens].map((l) => l.language.toLowerCase()).filter((tag) => tag && tag !== lang && kept(tag)));
    for (const tag of [...others].sort()) {
      const of = (ls: Literal[]) => unique(ls.filter((l) => l.language.toLowerCase() === tag).map((l) => l.value.trim()));
      concept.translations[tag] = { altLabels: of(alts), hiddenLabels: of(hiddens) };
    }
  }
  const deprecated = g.literals(key, term.deprecated)[0];
  if (deprecated) {
    if (/^(true|1)$/i.test(deprecated.value)) concept.deprecated = true;
    else if (/^(false|0)$/i.test(deprecated.value)) concept.deprecated = false;
    else
      problems.push({
        severity: 'warning',
        message: `${describe(key, shown)} has \`owl:deprecated "${deprecated.value}"\`, which is neither true nor false; it was ignored.`,
      });
  }
  const steward = g.literals(key, term.steward)[0];
  if (steward) concept.steward = steward.value.trim();
  const tacitId = g.literals(key, term.id)[0];
  if (tacitId) concept.tacitId = tacitId.value.trim();
  for (const field of ['created', 'modified'] as const) {
    const dates = g.literals(key, term[field]);
    if (dates.length > 1)
      problems.push({
        severity: 'warning',
        message: `${describe(key, shown)} has ${dates.length} \`dct:${field}\`; Tacit keeps the first, \`${dates[0]!.value}\`.`,
      });
    if (dates[0]) concept[field] = dates[0].value.trim();
  }
  return concept;
}

const unique = (values: string[]): string[] => [...new Set(values)];
