import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/read/yaml.ts';
import { taxonomySchema, type Taxonomy } from '../../src/lib/schema/taxonomy.ts';
import { importSkos, toSkos, toTurtle } from '../../src/lib/taxonomy/skos/index.ts';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/taxonomies');
const unesco = join(root, '../shared/data/taxonomies/unesco-thesaurus.ttl');
const today = '2026-11-23';

const work = mkdtempSync(join(tmpdir(), 'tacit-skos-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readTaxonomy = (file: string): Taxonomy => taxonomySchema.parse(parseYaml(readFileSync(file, 'utf8'), file).parsed!.data);
const sample = () => readTaxonomy(join(root, 'content/taxonomy.yaml'));

describe('the CLI: npm run taxonomy -- import / export', { timeout: 60_000 }, () => {
  let copies = 0;
  const contentCopy = () => {
    const dir = join(work, `content-${++copies}`);
    cpSync(join(root, 'content'), dir, { recursive: true });
    return dir;
  };
  const taxonomyCli = (content: string, ...args: string[]) =>
    runScript('taxonomy', args, { TACIT_CONTENT_DIR: content, TACIT_BUILD_DATE: today, NO_COLOR: '1' });
  const excerpt = join(fixtures, 'unesco-excerpt.ttl');

  it('refuses to replace a taxonomy without --force, and writes nothing', () => {
    const content = contentCopy();
    const before = readFileSync(join(content, 'taxonomy.yaml'), 'utf8');
    const run = taxonomyCli(content, 'import', excerpt);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('already exists. Pass `--force` to replace it');
    expect(readFileSync(join(content, 'taxonomy.yaml'), 'utf8')).toBe(before);
  });

  it('imports with --force, writes the file and warns about the entries whose topics vanish', () => {
    const content = contentCopy();
    const run = taxonomyCli(content, 'import', excerpt, '--force', '--all-languages');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Imported 49 topics, 1 collection and 0 career stages from `.*unesco-excerpt\.ttl` \(concept scheme `http:\/\/vocabularies\.unesco\.org\/thesaurus`, labels in `en`\) into .*taxonomy\.yaml in \d+\.\d s\.\n$/,
    );
    expect(run.stderr).toMatch(/^warning {2}\d+ entries use topics the imported taxonomy does not have: `[^`]+` \(\d+\)/m);
    const written = readTaxonomy(join(content, 'taxonomy.yaml'));
    expect(written.topics).toHaveLength(49);
    expect(written).toEqual(importSkos(readFileSync(excerpt, 'utf8'), { file: excerpt, today, allLanguages: true }).taxonomy);
    expect(existsSync(join(content, '.taxonomy.yaml.tmp'))).toBe(false);
  });

  it('--dry-run --json summarises and writes nothing; --out writes elsewhere', () => {
    const content = contentCopy();
    const before = readFileSync(join(content, 'taxonomy.yaml'), 'utf8');
    const dry = taxonomyCli(content, 'import', excerpt, '--dry-run', '--json');
    expect(dry.status, dry.stderr).toBe(0);
    // One warning: the excerpt's collection names a domain the excerpt leaves out.
    expect(JSON.parse(dry.stdout)).toMatchObject({
      topics: 49,
      stages: 0,
      language: 'en',
      dryRun: true,
      written: null,
      warnings: [expect.stringContaining('iso-thes:superGroup')],
    });
    expect(readFileSync(join(content, 'taxonomy.yaml'), 'utf8')).toBe(before);
    const out = join(work, `elsewhere-${copies}.yaml`);
    expect(taxonomyCli(content, 'import', excerpt, '--out', out).status).toBe(0);
    expect(readTaxonomy(out).topics).toHaveLength(49);
  });

  it('fails with exit code 1 and the line and column of a syntax error', () => {
    const content = contentCopy();
    const run = taxonomyCli(content, 'import', join(fixtures, 'hostile/broken.ttl'), '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/hostile\/broken\.ttl:7:1: the Turtle cannot be read/);
    expect(run.stderr).toContain('Nothing was written.');
  });

  it('exits 2 on wrong usage', () => {
    expect(taxonomyCli(work, 'import').status).toBe(2);
    expect(taxonomyCli(work, 'import', excerpt, '--lang', 'English').status).toBe(2);
    expect(taxonomyCli(work, 'export', '--format', 'rdfxml').status).toBe(2);
  });

  it('exports Turtle to stdout and JSON-LD to a file, and the Turtle imports back to the same taxonomy', () => {
    const content = contentCopy();
    const turtle = taxonomyCli(content, 'export');
    expect(turtle.status, turtle.stderr).toBe(0);
    expect(importSkos(turtle.stdout, { file: 'stdout.ttl', today }).taxonomy).toEqual(sample());
    const out = join(work, 'taxonomy.jsonld');
    const json = taxonomyCli(content, 'export', '--format', 'jsonld', '--out', out);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      '@graph': expect.arrayContaining([
        expect.objectContaining({ '@id': 'https://meridian-freight.example/taxonomy/sales/negotiation', tacitId: 'sales/negotiation' }),
      ]),
    });
  });
});

describe.skipIf(!existsSync(unesco))('the full UNESCO Thesaurus (../shared)', { timeout: 120_000 }, () => {
  it('imports 4,482 concepts in seconds, and import → export → import is lossless', async () => {
    const text = readFileSync(unesco, 'utf8');
    let started = performance.now();
    const first = importSkos(text, { file: 'unesco-thesaurus.ttl', today });
    const importSeconds = (performance.now() - started) / 1000;
    expect(first.taxonomy.topics).toHaveLength(4482);
    // The thesaurus relates `Genocide` to itself; the import keeps the link (so it exports as it came) and warns.
    // Its domain and its microthesaurus for culture share a label, so the second collection gets `culture-2`.
    expect(first.warnings).toEqual([
      '`http://vocabularies.unesco.org/thesaurus/mt3.05` (Culture) was given the id `culture-2`: `culture` was already taken by another concept. Rename it afterwards with `npm run taxonomy -- rename` if you like.',
      'Topic `genocide` names itself in `related`. Remove `genocide` from its `related`.',
    ]);
    started = performance.now();
    const turtle = await toTurtle(toSkos(first.taxonomy));
    const exportSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const second = importSkos(turtle, { file: 'export.ttl', today });
    const reimportSeconds = (performance.now() - started) / 1000;
    expect(second.taxonomy).toEqual(first.taxonomy);
    expect(second.input).toEqual(first.input);
    // Timings are reported, not asserted (`npm run bench` measures them).
    console.log(`UNESCO: import ${importSeconds.toFixed(2)} s, export ${exportSeconds.toFixed(2)} s, re-import ${reimportSeconds.toFixed(2)} s`);
  });

  it('imports --all-languages, warning of the labels outside English that two concepts share', () => {
    const { taxonomy, warnings } = importSkos(readFileSync(unesco, 'utf8'), { file: 'unesco-thesaurus.ttl', today, allLanguages: true });
    expect(taxonomy.topics).toHaveLength(4482);
    const shared = warnings.filter((w) => / is already the preferred label of /.test(w));
    // 53 preferred labels, and more alternative ones now that they are kept in every language.
    expect(shared.length).toBeGreaterThanOrEqual(53);
    for (const w of shared) expect(w).toMatch(/^Label `[^`]+` \(`(ar|es|fr|ru)`\) of `[^`]+` is already the preferred label of `[^`]+`/);
  });
});
