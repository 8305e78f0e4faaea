import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTaxonomy } from '../../src/lib/check/taxonomy.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { locate, parseYaml } from '../../src/lib/read/yaml.ts';
import { taxonomySchema } from '../../src/lib/schema/taxonomy.ts';
import { validateTaxonomy } from '../../src/lib/taxonomy/validate/index.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/taxonomy-validate');

/** A fixture parsed as the build parses it: the schema must accept it, so only the structural rules speak. */
function load(file: string) {
  const { parsed, problems } = parseYaml(readFileSync(file, 'utf8'), file);
  expect(problems).toEqual([]);
  return { parsed: parsed!, taxonomy: taxonomySchema.parse(parsed!.data) };
}

function located(file: string) {
  const { parsed, taxonomy } = load(file);
  return validateTaxonomy(taxonomy)
    .map((i) => ({ rule: i.rule, severity: i.severity, ...locate(parsed, i.path), message: i.message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

const messages = (name: string) => located(join(fixtures, name, 'taxonomy.yaml')).map((i) => i.message);

describe('taxonomy validation fixtures', () => {
  const cases = readdirSync(fixtures);
  it('has a case for every rule', () => {
    const rules = new Set(
      cases.flatMap((c) => (JSON.parse(readFileSync(join(fixtures, c, 'expected.json'), 'utf8')) as { rule: string }[]).map((r) => r.rule)),
    );
    expect([...rules].sort()).toEqual([
      'taxonomy-cycle',
      'taxonomy-deprecated-narrower',
      'taxonomy-disjoint-labels',
      'taxonomy-duplicate-id',
      'taxonomy-duplicate-label',
      'taxonomy-related-clash',
      'taxonomy-replaced-by',
      'taxonomy-unknown-reference',
      'taxonomy-unreachable',
    ]);
  });

  it.each(cases)('%s: every issue at its rule, line and column', (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as unknown[];
    const found = located(join(fixtures, name, 'taxonomy.yaml')).map(({ message: _, ...rest }) => rest);
    expect(found).toEqual(expected);
  });

  it('the sample taxonomy is clean', () => {
    expect(located(join(root, 'content/taxonomy.yaml'))).toEqual([]);
  });
});

describe('taxonomy validation messages', () => {
  it('names the whole cycle', () => {
    expect(messages('cycle')).toMatchInlineSnapshot(`
      [
        "Broader topics go round in a circle: \`people/a → people/c → people/b → people/a\`. Remove one of these \`broader\` links so the chain ends at a top topic.",
        "Topic \`loop\` names itself in \`broader\`. Remove \`loop\` from its \`broader\`.",
      ]
    `);
  });

  it('suggests the id that was probably meant', () => {
    expect(messages('unknown-reference')).toMatchInlineSnapshot(`
      [
        "\`broader\` of \`sales/negotiation\` names \`sale\`, which is not a topic id in this taxonomy. Did you mean \`sales\`? Correct the id, or add the topic.",
        "\`related\` of \`sales/negotiation\` names \`purchasing\`, which is not a topic id in this taxonomy. Correct the id, or add the topic.",
        "\`replacedBy\` of \`sales/bids\` names \`sales/tender\`, which is not a topic id in this taxonomy. Did you mean \`sales/tenders\`? Correct the id, or add the topic.",
      ]
    `);
  });

  it('says which topic already has a label, whatever its case and spacing', () => {
    expect(messages('duplicate-label')).toMatchInlineSnapshot(`
      [
        "Label \`Direction\` (\`fr\`) of \`operations\` is already the preferred label of \`leadership\`. A label may lead to one topic only: remove it from one of them, or make it more specific.",
        "Label \`Management\` of \`operations\` is already an alternative label (\`altLabels\`) of \`leadership\` (as \`management\`). A label may lead to one topic only: remove it from one of them, or make it more specific.",
        "Label \`recruiting\` of \`operations/staffing\` is already an alternative label (\`altLabels\`) of \`leadership/hiring\` (as \`Recruiting\`). A label may lead to one topic only: remove it from one of them, or make it more specific.",
      ]
    `);
  });

  it('names the chain that never reaches a top topic', () => {
    expect(messages('unreachable')[1]).toMatchInlineSnapshot(
      `"Topic \`strategy/budgets/capex\` is not below any top topic: its broader chain \`strategy/budgets/capex → strategy/budgets → strategy/planning → strategy/budgets\` ends in a cycle. Break the cycle, or give \`strategy/budgets/capex\` a broader topic that leads to a top topic."`,
    );
  });

  it('points a replacement at the live topic', () => {
    expect(messages('replaced-by')[0]).toMatchInlineSnapshot(
      `"Topic \`sales/rfp\` is replaced by \`sales/bids\`, which is deprecated too. Point \`replacedBy\` at \`sales/tenders\`, which replaces it."`,
    );
  });
});

describe('checkTaxonomy', () => {
  it('finds nothing in the sample content', () => {
    expect(checkTaxonomy(readContent(join(root, 'content'), { entries: false }))).toEqual([]);
  });

  it('locates each issue in taxonomy.yaml', () => {
    const dir = join(fixtures, 'replaced-by');
    const content = readContent(dir, { entries: false });
    const findings = checkTaxonomy(content);
    expect(findings.map((f) => [f.file.endsWith('taxonomy-validate/replaced-by/taxonomy.yaml'), f.line, f.column, f.severity, f.rule])).toEqual([
      [true, 9, 17, 'error', 'taxonomy-replaced-by'],
      [true, 18, 17, 'error', 'taxonomy-replaced-by'],
      [true, 23, 17, 'error', 'taxonomy-replaced-by'],
    ]);
  });

  it('leaves an unreadable taxonomy to the schema check', () => {
    const content = readContent(join(fixtures, 'no-such-folder'), { entries: false });
    expect(checkTaxonomy(content)).toEqual([]);
  });
});
