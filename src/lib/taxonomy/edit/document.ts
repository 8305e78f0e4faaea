import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { CommandError } from '../../command-error.ts';
import { labelKey } from '../validate/labels.ts';
import { formatProblems } from '../../problems.ts';
import { parseYaml, validate } from '../../read/yaml.ts';
import { taxonomySchema, type Concept, type Taxonomy } from '../../schema/taxonomy.ts';
import {
  LayoutError,
  applyEdits,
  insertItemAfter,
  pairOf,
  renderScalar,
  setListField,
  setScalar,
  setTextField,
  setTrueField,
  sourceOf,
  type Source,
  type TextEdit,
} from './source.ts';

/** One concept of `taxonomy.yaml`: its validated value and the mapping node it was read from. */
export interface ConceptNode {
  concept: Concept;
  map: YAMLMap;
}

/** `taxonomy.yaml` opened for editing: the text, the YAML nodes of each concept and the validated taxonomy. */
export interface TaxonomyDocument {
  file: string;
  src: Source;
  /** A byte order mark, kept off `src` so that node offsets match and put back on the result. */
  bom: string;
  topics: YAMLSeq;
  concepts: ConceptNode[];
  byId: Map<string, ConceptNode>;
  /** Each collection's mapping node, in the order of `taxonomy.collections`. */
  collections: YAMLMap[];
  taxonomy: Taxonomy;
}

/** Parses `taxonomy.yaml`; refuses a file that does not validate, since an edit must not build on errors. */
export function openTaxonomy(text: string, file: string): TaxonomyDocument {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const fixFirst = 'Fix these first, then run the command again.';
  // The readers `npm run check` uses, so every problem comes with its line and column.
  const { parsed: yaml, problems: syntax } = parseYaml(body, file);
  if (!yaml) throw new CommandError(`${formatProblems(syntax)}\n${fixFirst}`);
  const { data, problems } = validate(taxonomySchema, yaml, file, 'taxonomy-schema');
  if (!data) throw new CommandError(`${formatProblems(problems)}\n${fixFirst}`);
  const doc = yaml.doc;
  const parsed = { data };
  const topics = isMap(doc.contents) ? doc.contents.get('topics', true) : undefined;
  if (!isSeq(topics) || topics.items.some((item) => !isMap(item)))
    throw new CommandError(`\`${file}\` has no list of topic mappings under \`topics:\`. ${fixFirst}`);
  const concepts = (topics.items as YAMLMap[]).map((map, i): ConceptNode => ({ concept: parsed.data.topics[i]!, map }));
  const groups = isMap(doc.contents) ? doc.contents.get('collections', true) : undefined;
  const collections = isSeq(groups) ? (groups.items.filter((item) => isMap(item)) as YAMLMap[]) : [];
  return {
    file,
    src: sourceOf(body),
    bom,
    topics,
    concepts,
    byId: new Map(concepts.map((c) => [c.concept.id, c])),
    collections,
    taxonomy: parsed.data,
  };
}

/** What an edit changes in one concept; lists are given whole, and only their differences are written. */
export interface ConceptChanges {
  id?: string;
  /** The label in the taxonomy's language. */
  label?: string;
  altLabels?: readonly string[];
  hiddenLabels?: readonly string[];
  broader?: readonly string[];
  related?: readonly string[];
  deprecated?: true;
  replacedBy?: string;
}

/** The schema's field order, so that a field an edit adds goes where a person would have written it. */
const fieldOrder = ['id', 'label', 'altLabels', 'hiddenLabels', 'definition', 'scopeNote', 'broader', 'related', 'steward', 'deprecated', 'replacedBy'];

/** The existing field a new `key` goes after: the last one that comes before it in the schema's order. */
function anchorFor(map: YAMLMap, key: string): string | undefined {
  const rank = fieldOrder.indexOf(key);
  const present = map.items
    .map((p) => (isScalar(p.key) ? String(p.key.value) : ''))
    .filter((k) => fieldOrder.indexOf(k) !== -1 && fieldOrder.indexOf(k) < rank);
  return present.sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b)).at(-1);
}

/** Source edits that apply `changes` to one concept. */
export function conceptEdits(t: TaxonomyDocument, node: ConceptNode, changes: ConceptChanges): TextEdit[] {
  const { src } = t;
  const { map } = node;
  const flow = Boolean(map.flow);
  const edits: TextEdit[] = [];
  for (const key of fieldOrder) {
    if (!(key in changes)) continue;
    const after = anchorFor(map, key);
    if (key === 'id' && changes.id !== undefined) {
      const pair = pairOf(map, 'id');
      if (!pair || !isScalar(pair.value)) throw new LayoutError('a concept whose `id` is not a single value');
      edits.push(...setScalar(pair.value, changes.id, flow));
    } else if (key === 'label' && changes.label !== undefined) {
      edits.push(...labelEdits(t, map, changes.label));
    } else if (key === 'deprecated') {
      edits.push(...setTrueField(src, map, key, after));
    } else if (key === 'replacedBy' && changes.replacedBy !== undefined) {
      edits.push(...setTextField(src, map, key, changes.replacedBy, after));
    } else if (key === 'altLabels' || key === 'hiddenLabels' || key === 'broader' || key === 'related') {
      const next = changes[key];
      if (next) edits.push(...setListField(src, map, key, next, after));
    }
  }
  return edits;
}

/**
 * Edits that make every collection's `members` name topics by their new ids (`map`); a topic that maps
 * to one already listed is listed once.
 */
export function collectionMemberEdits(t: TaxonomyDocument, map: (id: string) => string): TextEdit[] {
  return t.taxonomy.collections.flatMap((c, i) => {
    const next = [...new Set(c.members.map(map))];
    const node = t.collections[i];
    if (!node || (next.length === c.members.length && next.every((id, k) => id === c.members[k]))) return [];
    return setListField(t.src, node, 'members', next);
  });
}

/** The label is a string, or a map of strings by language; only the taxonomy language's one changes. */
function labelEdits(t: TaxonomyDocument, map: YAMLMap, label: string): TextEdit[] {
  const pair = pairOf(map, 'label');
  const value = pair?.value as Node | null | undefined;
  if (isScalar(value)) return setScalar(value, label, Boolean(map.flow));
  if (isMap(value)) {
    const own = pairOf(value, t.taxonomy.language);
    if (own && isScalar(own.value)) return setScalar(own.value as Scalar, label, Boolean(value.flow || map.flow));
  }
  throw new LayoutError('a concept label that is neither text nor a map of texts by language');
}

/**
 * A new concept, written as its own list item just after `after` (so a redirect stub sits beside the concept
 * it points to): `id`, `label`, then `deprecated` and `replacedBy` when given.
 */
export function newConceptEdit(
  t: TaxonomyDocument,
  after: ConceptNode,
  concept: { id: string; label: string; deprecated?: true; replacedBy?: string },
): TextEdit {
  const fields = [`id: ${renderScalar(concept.id, false)}`, `label: ${renderScalar(concept.label, false)}`];
  if (concept.deprecated) fields.push('deprecated: true');
  if (concept.replacedBy !== undefined) fields.push(`replacedBy: ${renderScalar(concept.replacedBy, false)}`);
  return insertItemAfter(t.src, t.topics, after.map, fields);
}

/** Applies the edits and returns the new file text, byte order mark included. */
export function editedText(t: TaxonomyDocument, edits: readonly TextEdit[]): string {
  return t.bom + applyEdits(t.src.text, edits);
}

/** Every label, altLabel and hiddenLabel in use, lowercased, with the concept that uses it. */
export function labelsInUse(t: TaxonomyDocument): Map<string, string> {
  const used = new Map<string, string>();
  for (const { concept: c } of t.concepts) {
    for (const l of [...Object.values(c.labels), ...c.altLabels, ...c.hiddenLabels]) if (!used.has(labelKey(l))) used.set(labelKey(l), c.id);
  }
  return used;
}
