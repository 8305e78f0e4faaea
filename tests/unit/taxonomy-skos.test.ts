import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/read/yaml.ts';
import { taxonomySchema, type Taxonomy } from '../../src/lib/schema/taxonomy.ts';
import { fromSkos, importSkos, parseRdf, toJsonLd, toSkos, toTurtle } from '../../src/lib/taxonomy/skos/index.ts';
import { validateTaxonomy } from '../../src/lib/taxonomy/validate/index.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/taxonomies');
const today = '2026-11-23';

const work = mkdtempSync(join(tmpdir(), 'tacit-skos-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readTaxonomy = (file: string): Taxonomy => taxonomySchema.parse(parseYaml(readFileSync(file, 'utf8'), file).parsed!.data);
const sample = () => readTaxonomy(join(root, 'content/taxonomy.yaml'));

/** Exports to Turtle and imports the result: what a knowledge manager's round trip through a thesaurus tool does when the tool changes nothing. */
async function roundTrip(taxonomy: Taxonomy, allLanguages = false) {
  const turtle = await toTurtle(toSkos(taxonomy));
  return importSkos(turtle, { file: 'export.ttl', today, allLanguages });
}

/** The sample with every field SKOS carries filled in at least once. */
function enrichedSample(): Taxonomy {
  const t = structuredClone(sample());
  t.scheme = 'https://knowledge.example.com/topics/';
  const topic = (id: string) => t.topics.find((c) => c.id === id)!;
  Object.assign(topic('leadership/hiring'), {
    labels: { en: 'Hiring', fr: 'Recrutement', 'pt-br': 'Contratação' },
    hiddenLabels: ['hirng', 'TA'],
    related: ['career/promotion'],
  });
  Object.assign(topic('leadership/feedback'), {
    scopeNote: 'Not for formal "performance reviews", which belong under `career/promotion`.\nTwo lines.',
    labels: { en: 'Feedback', fr: 'Retour' },
  });
  Object.assign(topic('sales/tenders'), { related: ['sales/key-accounts'], deprecated: false });
  t.topics.push({
    id: 'sales/bids',
    notations: [],
    label: 'Bids',
    labels: { en: 'Bids' },
    altLabels: ['bidding'],
    hiddenLabels: [],
    broader: ['sales'],
    related: [],
    deprecated: true,
    replacedBy: 'sales/tenders',
    steward: 'desmond-achterberg-nwosu',
    definition: 'The old name for tenders.',
  });
  return t;
}

describe('export → import of the sample taxonomy', () => {
  it('is lossless as it is', async () => {
    const result = await roundTrip(sample());
    expect(result.taxonomy).toEqual(sample());
    expect(result.warnings).toEqual([]);
  });

  it('is lossless for every field: labels per language, alt and hidden labels, notes, links, steward, deprecation, stages', async () => {
    const t = enrichedSample();
    const result = await roundTrip(t, true);
    expect(result.taxonomy).toEqual(t);
    expect(result.warnings).toEqual([]);
    // And the YAML written to disk reads back to the same taxonomy.
    expect(taxonomySchema.parse(parseYaml(result.yaml, 'taxonomy.yaml').parsed!.data)).toEqual(t);
  });

  it('keeps only the import language unless asked for all of them', async () => {
    const result = await roundTrip(enrichedSample());
    expect(result.taxonomy.topics.find((c) => c.id === 'leadership/hiring')!.labels).toEqual({ en: 'Hiring' });
  });

  it('writes YAML in the style of the sample, with a header saying where it came from', async () => {
    const { yaml } = await roundTrip(enrichedSample(), true);
    expect(yaml.split('\n').slice(0, 13).join('\n')).toMatchInlineSnapshot(`
      "# Tacit taxonomy: topics are SKOS-shaped concepts. Knowledge managers edit this file.
      # Imported on 2026-11-23 from export.ttl (concept scheme <https://knowledge.example.com/topics/>, labels in \`en\`)
      # by \`npm run taxonomy -- import\`. Ids come from skos:notation, else from the preferred label.

      language: en
      topics:
        - id: leadership
          label: Leadership
          altLabels: [management, people management, managing people]
          definition: Leading teams and the people in them, from a first promotion into management to running an organization.
          steward: ottoline-vasquez-thornbury
        - id: leadership/first-90-days
          label: First 90 days"
    `);
  });

  it("writes JSON-LD that jsonld.js reads back to exactly the Turtle export's statements", async () => {
    const quads = toSkos(enrichedSample());
    const doc = JSON.parse(toJsonLd(quads)) as object;
    const nquads = (await jsonld.toRDF(doc, {
      format: 'application/n-quads',
      documentLoader: (url: string) => {
        throw new Error(`fetched ${url}`);
      },
    } as jsonld.Options.ToRdf)) as unknown as string;
    const key = (q: Quad) =>
      `${q.subject.value} ${q.predicate.value} ${q.object.termType === 'Literal' ? JSON.stringify([q.object.value, q.object.language, q.object.datatype.value]) : q.object.value}`;
    expect(new Parser({ format: 'application/n-quads' }).parse(nquads).map(key).sort()).toEqual(quads.map(key).sort());
  });
});

describe('import of a UNESCO Thesaurus excerpt', () => {
  const text = readFileSync(join(fixtures, 'unesco-excerpt.ttl'), 'utf8');
  const file = 'unesco-excerpt.ttl';

  it("takes the scheme's concepts as topics and its collection as a collection, not its loose SKOS-XL label, with ids from English labels", () => {
    const { taxonomy, warnings, scheme } = importSkos(text, { file, today });
    expect(scheme).toBe('http://vocabularies.unesco.org/thesaurus');
    expect(taxonomy.scheme).toBe('http://vocabularies.unesco.org/thesaurus');
    expect(taxonomy.topics).toHaveLength(49);
    // The microthesaurus's domain is not in the excerpt.
    expect(warnings).toEqual([
      '`http://vocabularies.unesco.org/thesaurus/mt6.80` (personnel-management): its `iso-thes:superGroup` `http://vocabularies.unesco.org/thesaurus/domain6` is not a collection of `http://vocabularies.unesco.org/thesaurus`, so the link was left out.',
    ]);
    expect(taxonomy.collections).toHaveLength(1);
    expect(taxonomy.collections[0]).toMatchObject({
      id: 'personnel-management',
      uri: 'http://vocabularies.unesco.org/thesaurus/mt6.80',
      label: 'Personnel management',
      notations: ['6.80'],
      types: ['http://purl.org/iso25964/skos-thes#ConceptGroup', 'http://vocabularies.unesco.org/ontology#MicroThesaurus'],
      modified: '2016-01-15',
    });
    expect(taxonomy.collections[0]!.members).toHaveLength(28);
    const wages = taxonomy.topics.find((c) => c.id === 'wages')!;
    expect(wages).toMatchObject({
      label: 'Wages',
      altLabels: ['Salaries', 'Wage determination'],
      scopeNote: 'Payment made for work performed.',
      broader: ['personnel-management'],
    });
    // The top concepts have no broader topic; every other topic reaches one.
    expect(
      taxonomy.topics
        .filter((c) => !c.broader.length)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['educational-personnel', 'personnel-management']);
  });

  it('keeps the preferred labels in all five languages when asked', () => {
    const { taxonomy } = importSkos(text, { file, today, allLanguages: true });
    expect(taxonomy.topics.find((c) => c.id === 'wages')!.labels).toEqual({ en: 'Wages', ar: 'اجور', es: 'Salario', fr: 'Salaire', ru: 'Заработная плата' });
  });

  it('uses another language for labels and ids with --lang', () => {
    const { taxonomy } = importSkos(text, { file, today, lang: 'fr' });
    expect(taxonomy.language).toBe('fr');
    expect(taxonomy.topics.find((c) => c.label === 'Salaire')).toMatchObject({ id: 'salaire', broader: ['gestion-du-personnel'] });
  });

  it.each([false, true])('import → export → import is lossless (all languages: %s)', async (allLanguages) => {
    const first = importSkos(text, { file, today, allLanguages });
    const second = await roundTrip(first.taxonomy, allLanguages);
    expect(second.taxonomy).toEqual(first.taxonomy);
    expect(second.input).toEqual(first.input);
  });
});

describe('mapping details', () => {
  const ttl = (body: string) =>
    `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix skosxl: <http://www.w3.org/2008/05/skos-xl#> .\n@prefix : <https://example.org/hr/> .\n: a skos:ConceptScheme .\n${body}`;
  const load = (body: string, options: { scheme?: string; lang?: string } = {}) =>
    fromSkos(parseRdf(ttl(body), 'inline.ttl'), { file: 'inline.ttl', ...options });

  it('makes ids from labels unique, deterministically, and says so', () => {
    const { taxonomy, problems } = load(`
      :a a skos:Concept ; skos:inScheme : ; skos:prefLabel "Hiring"@en .
      :b a skos:Concept ; skos:inScheme : ; skos:prefLabel "Hiring!"@en .
      :c a skos:Concept ; skos:inScheme : ; skos:prefLabel "Ça va"@en ; skos:notation "not/a valid id" .
      :d a skos:Concept ; skos:inScheme : ; skos:prefLabel "مقابلات"@en ; skos:notation "hiring-2" .`);
    expect(taxonomy!.topics.map((t) => t.id)).toEqual(['hiring', 'hiring-3', 'ca-va', 'hiring-2']);
    expect(problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "\`https://example.org/hr/b\` (Hiring!) was given the id \`hiring-3\`: \`hiring\` was already taken by another concept. Rename it afterwards with \`npm run taxonomy -- rename\` if you like.",
      ]
    `);
  });

  it('keeps URIs not minted from the ids, notations, change dates, every note, and a concept related to itself (the validator warns of it)', async () => {
    const body = `
      @prefix dct: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      <https://vocab.example/c10> a skos:Concept ; skos:inScheme : ; skos:prefLabel "Hiring"@en, "Recrutement"@fr ;
        skos:notation "H.1" ; dct:created "2019-01-02"^^xsd:date ; dct:modified "2024-03-25T14:24:28.295+01:00"^^xsd:dateTime ;
        skos:scopeNote "Who we take on."@en, "And how."@en, "Qui nous embauchons."@fr ; skos:altLabel "Embauche"@fr ;
        skos:related <https://vocab.example/c10> .
      :people a skos:Concept ; skos:inScheme : ; skos:prefLabel "People"@en ; skos:narrower <https://vocab.example/c10> .`;
    const { taxonomy, problems } = fromSkos(parseRdf(ttl(body), 'inline.ttl'), { file: 'inline.ttl', allLanguages: true });
    expect(taxonomy!.topics).toEqual([
      {
        id: 'hiring',
        uri: 'https://vocab.example/c10',
        label: { en: 'Hiring', fr: 'Recrutement' },
        notations: ['H.1'],
        altLabels: { fr: ['Embauche'] },
        scopeNote: { en: ['Who we take on.', 'And how.'], fr: 'Qui nous embauchons.' },
        broader: ['people'],
        related: ['hiring'],
        created: '2019-01-02',
        modified: '2024-03-25T14:24:28.295+01:00',
      },
      { id: 'people', label: 'People' },
    ]);
    expect(problems.map((p) => p.message)).toMatchInlineSnapshot(`[]`);
    // The site sees the English notes joined, and export gives back each statement.
    const parsed = taxonomySchema.parse({ ...taxonomy, topics: taxonomy!.topics });
    expect(parsed.topics[0]).toMatchObject({
      scopeNote: 'Who we take on.\n\nAnd how.',
      altLabels: [],
      translations: { fr: { altLabels: ['Embauche'], hiddenLabels: [] } },
    });
    const again = await toTurtle(toSkos(parsed));
    for (const statement of [
      'skos:notation "H.1"',
      '"Who we take on."@en',
      '"And how."@en',
      '"Qui nous embauchons."@fr',
      '"2019-01-02"^^xsd:date',
      '"Embauche"@fr',
    ])
      expect(again).toContain(statement);
    expect(again).toContain('<https://vocab.example/c10>');
  });

  it('reads collections: ordered ones in their order, nested ones, ISO 25964 groups; and writes them back', async () => {
    const body = `
      @prefix iso-thes: <http://purl.org/iso25964/skos-thes#> .
      :a a skos:Concept ; skos:inScheme : ; skos:prefLabel "Alpha"@en .
      :b a skos:Concept ; skos:inScheme : ; skos:prefLabel "Beta"@en .
      :c a skos:Concept ; skos:inScheme : ; skos:prefLabel "Gamma"@en .
      :steps a skos:OrderedCollection ; skos:prefLabel "Steps"@en ; skos:memberList ( :c :a :b ) .
      :domain a skos:Collection, iso-thes:ConceptGroup ; skos:inScheme : ; skos:prefLabel "Domain"@en ;
        skos:member :group ; iso-thes:subGroup :group .
      :group a skos:Collection, iso-thes:ConceptGroup ; skos:inScheme : ; skos:prefLabel "Group"@en ; skos:notation "1.05" ;
        skos:member :a, :b, <https://elsewhere.example/x> ; iso-thes:superGroup :domain .`;
    const { taxonomy, problems } = fromSkos(parseRdf(ttl(body), 'inline.ttl'), { file: 'inline.ttl' });
    expect(taxonomy!.collections).toEqual([
      { id: 'steps', uri: 'https://example.org/hr/steps', label: 'Steps', members: ['gamma', 'alpha', 'beta'], ordered: true },
      {
        id: 'domain',
        uri: 'https://example.org/hr/domain',
        label: 'Domain',
        types: ['http://purl.org/iso25964/skos-thes#ConceptGroup'],
        memberGroups: ['group'],
        subGroups: ['group'],
      },
      {
        id: 'group',
        uri: 'https://example.org/hr/group',
        label: 'Group',
        types: ['http://purl.org/iso25964/skos-thes#ConceptGroup'],
        notations: ['1.05'],
        members: ['alpha', 'beta'],
        superGroups: ['domain'],
      },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      '`https://example.org/hr/group` (group): its member `https://elsewhere.example/x` is neither a concept nor a collection of `https://example.org/hr/`, so it was left out.',
    ]);
    const again = importSkos(await toTurtle(toSkos(taxonomySchema.parse(taxonomy))), { file: 'export.ttl', today });
    expect(again.input.collections).toEqual(taxonomy!.collections);
  });

  it('refuses a collection whose members or groups are not in the taxonomy, with a suggestion', () => {
    const issues = validateTaxonomy(
      taxonomySchema.parse({
        topics: [{ id: 'sales', label: 'Sales' }],
        collections: [
          { id: 'front', label: 'Front', members: ['sale'], superGroups: ['back'] },
          { id: 'front', label: 'Again' },
        ],
      }),
    );
    expect(issues.map((i) => `${i.path.join('.')} ${i.severity} ${i.message}`)).toEqual([
      'collections.0.members.0 error `members` of collection `front` names `sale`, which is not a topic id in this taxonomy. Did you mean `sales`? Correct the id, or remove it.',
      'collections.0.superGroups.0 error `superGroups` of collection `front` names `back`, which is not a collection id in this taxonomy. Correct the id, or remove it.',
      'collections.1.id error Collection id `front` is used twice. Give one of them another id.',
    ]);
  });

  it('reads narrower as the inverse of broader, SKOS-XL labels as labels, and leaves out links to outside concepts', () => {
    const { taxonomy, problems } = load(`
      :people a skos:Concept ; skos:inScheme : ; skosxl:prefLabel [ skosxl:literalForm "People"@en ] ; skos:narrower :hiring .
      :hiring a skos:Concept ; skos:inScheme : ; skos:prefLabel "Hiring"@en ; skos:related <https://example.org/other/payroll> ;
        skosxl:altLabel [ a skosxl:Label ; skosxl:literalForm "Recruiting"@en ] .`);
    expect(taxonomy!.topics).toEqual([
      { id: 'people', label: 'People' },
      { id: 'hiring', label: 'Hiring', altLabels: ['Recruiting'], broader: ['people'] },
    ]);
    expect(problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "\`https://example.org/hr/hiring\` (hiring): its \`skos:related\` \`https://example.org/other/payroll\` is not a concept of \`https://example.org/hr/\`, so the link was left out.",
      ]
    `);
  });

  it('chooses among several schemes with --scheme, and lists them otherwise', () => {
    const file = join(fixtures, 'hostile/two-schemes.ttl');
    const quads = parseRdf(readFileSync(file, 'utf8'), 'two-schemes.ttl');
    expect(fromSkos(quads, { scheme: 'https://example.org/finance' }).taxonomy!.topics.map((t) => t.id)).toEqual(['budgets']);
    expect(fromSkos(quads, { file: 'two-schemes.ttl' }).problems[0]!.message).toMatchInlineSnapshot(`
      "\`two-schemes.ttl\` has 2 concept schemes:
        https://example.org/hr (Human resources)
        https://example.org/finance (Finance)
      Choose one with \`--scheme <uri>\`."
    `);
    expect(fromSkos(quads, { file: 'two-schemes.ttl', scheme: 'https://example.org/hr/' }).problems[0]!.message).toMatchInlineSnapshot(`
      "\`two-schemes.ttl\` has no concept scheme \`https://example.org/hr/\`. Its concept schemes are:
        https://example.org/hr (Human resources)
        https://example.org/finance (Finance)
      Pass one of them to \`--scheme\`."
    `);
  });
});

describe('hostile vocabularies are refused with a clear message', () => {
  const refuse = (name: string, options: { lang?: string } = {}) => {
    const file = `hostile/${name}`;
    try {
      importSkos(readFileSync(join(fixtures, file), 'utf8'), { file, today, ...options });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${name} was imported`);
  };

  it('broken Turtle, with file, line and column', () => {
    expect(refuse('broken.ttl')).toMatchInlineSnapshot(
      `"hostile/broken.ttl:7:1: the Turtle cannot be read: Expected punctuation to follow ""Hiring"@en". Fix the syntax there (a missing \`.\`, \`;\` or quote is the usual cause) and import again."`,
    );
  });
  it('a cycle of broader concepts', () => {
    expect(refuse('cycle.ttl')).toMatchInlineSnapshot(
      `"Cannot import \`hostile/cycle.ttl\`: Broader topics go round in a circle: \`hiring → interviews → hiring\`. Remove one of these \`broader\` links so the chain ends at a top topic."`,
    );
  });
  it('one label on two concepts', () => {
    expect(refuse('duplicate-label.ttl')).toMatchInlineSnapshot(
      `"Cannot import \`hostile/duplicate-label.ttl\`: Label \`recruiting\` of \`recruitment\` is already an alternative label (\`altLabels\`) of \`hiring\` (as \`Recruiting\`). A label may lead to one topic only: remove it from one of them, or make it more specific."`,
    );
  });
  it('a label without a language tag', () => {
    expect(refuse('missing-lang.ttl')).toMatchInlineSnapshot(
      `"Cannot import \`hostile/missing-lang.ttl\`: \`https://example.org/hr/hiring\` has a \`skos:prefLabel\` with no language tag: \`"Hiring"\`. Tag it with its language, e.g. \`"Hiring"@en\`."`,
    );
  });
  it('no concept scheme', () => {
    expect(refuse('no-scheme.ttl')).toMatchInlineSnapshot(
      `"Cannot import \`hostile/no-scheme.ttl\`: \`hostile/no-scheme.ttl\` has no \`skos:ConceptScheme\`, so it is not clear which concepts form the taxonomy. Add one (\`<https://example.org/taxonomy/> a skos:ConceptScheme\`) and link each concept to it with \`skos:inScheme\`."`,
    );
  });
  it('a concept with no preferred label in the chosen language', () => {
    expect(refuse('missing-label.ttl')).toMatchInlineSnapshot(
      `"Cannot import \`hostile/missing-label.ttl\`: \`https://example.org/hr/embauche\` (Embauche) has no \`skos:prefLabel\` in \`en\`, only in \`fr\`. Add an \`@en\` label, or import another language with \`--lang fr\`."`,
    );
  });
  it('a file that is not Turtle', () => {
    expect(() => importSkos('{}', { file: 'thesaurus.rdf', today })).toThrowErrorMatchingInlineSnapshot(
      `[RdfSyntaxError: \`thesaurus.rdf\` is not a file Tacit can import: its extension \`.rdf\` is not one of \`.ttl\`, \`.turtle\`, \`.nt\`, \`.nq\`, \`.trig\`. Convert it to Turtle (\`.ttl\`) first, e.g. with \`riot --output=turtle\`.]`,
    );
  });
});
