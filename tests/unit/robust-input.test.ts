import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFixes, runCheck } from '../../src/lib/check/index.ts';
import { extraChecks } from '../../src/lib/check/extra.ts';
import { gate, gateContext } from '../../src/lib/gate/index.ts';
import { readContent } from '../../src/lib/read/index.ts';
import { loadSite } from '../../src/lib/site/index.ts';

const projectRoot = join(import.meta.dirname, '../..');
const today = '2026-11-23';
let work: string;
let content: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tacit-input-'));
  content = join(work, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const check = async () => (await runCheck({ contentDir: content, today, extra: extraChecks })).findings;
const errors = async () => (await check()).filter((f) => f.severity === 'error');
const site = () => loadSite({ contentDir: content, today });
const files = (dir: string): string[] =>
  readdirSync(join(content, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => join(dir, f));
const every = () => ['site.yaml', 'taxonomy.yaml', ...files('people'), ...files('consent'), ...files('tombstones'), ...files('entries')];
const rewrite = (file: string, change: (text: string) => string) => writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

describe('Windows line endings and byte-order marks read exactly like LF', () => {
  it('in every kind of record at once: check finds the same, the build publishes the same', async () => {
    const before = { findings: (await check()).map((f) => ({ ...f, fix: undefined })), site: site() };
    const kinds = new Set<string>();
    every().forEach((file, i) => {
      kinds.add(file.split('/')[0]!);
      rewrite(file, (t) => `${i % 2 ? '\uFEFF' : ''}${t.replace(/\n/g, '\r\n')}`);
    });
    expect(kinds).toEqual(new Set(['site.yaml', 'taxonomy.yaml', 'people', 'consent', 'tombstones', 'entries']));
    const after = site();
    expect((await check()).map((f) => ({ ...f, fix: undefined }))).toEqual(before.findings);
    expect(after.entries.map((e) => [e.slug, e.title, e.summary, e.html])).toEqual(before.site.entries.map((e) => [e.slug, e.title, e.summary, e.html]));
    expect(after.withheld).toEqual(before.site.withheld);
    expect(after.config).toEqual(before.site.config);
  });

  it('--fix edits a CRLF file and keeps its line endings', async () => {
    rewrite('taxonomy.yaml', (t) =>
      t.replace(/\nstages:/, '\n  - id: sales/bids\n    label: Bids\n    deprecated: true\n    replacedBy: sales/tenders\n    broader: [sales]\nstages:'),
    );
    const file = 'entries/sales/shippers-buy-on-rate-and-leave-over-claims.mdx';
    rewrite(file, (t) => `\uFEFF${t.replace(/^topics: \[/m, 'topics: [sales/bids, ').replace(/\n/g, '\r\n')}`);
    const fixes = (await check()).flatMap((f) => (f.rule === 'deprecated-topic' && f.fix ? [f.fix] : []));
    expect(applyFixes(fixes)).toMatchObject({ applied: 1, skipped: 0 });
    const text = readFileSync(join(content, file), 'utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text).toContain('topics: [sales/tenders, ');
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });
});

describe('YAML that would crash a reader is a located error, reported with every other problem', () => {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++)
    bomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const deep = `deep: ${'['.repeat(200)}${']'.repeat(200)}`;
  const targets = [
    'people/teodoro-brannigan-szabo.yaml',
    'consent/teodoro-brannigan-szabo-2025.yaml',
    'site.yaml',
    'taxonomy.yaml',
    'tombstones/2019058e1c387328.yaml',
    'entries/sales/fourteen-seconds-of-silence.mdx',
  ];
  const plant = (file: string, yaml: string) => rewrite(file, (t) => (file.endsWith('.mdx') ? t.replace(/^---\n/, `---\n${yaml}\n`) : `${yaml}\n${t}`));

  for (const [what, yaml, rule] of [
    ['an alias bomb', bomb.join('\n'), 'yaml-aliases'],
    ['nesting 200 levels deep', deep, 'yaml-depth'],
  ] as const) {
    it(`${what}, in every kind of record`, async () => {
      for (const file of targets) plant(file, yaml);
      // A broken entry elsewhere is still reported in the same run.
      rewrite('entries/sales/never-discount-without-a-trade.mdx', (t) => t.replace(/^kind: .*$/m, 'kind: anecdote'));
      const found = await errors();
      for (const file of targets) {
        const hit = found.find((f) => f.file.endsWith(file) && f.rule === rule);
        expect(hit, `${file}: ${JSON.stringify(found.filter((f) => f.file.endsWith(file)))}`).toBeDefined();
        expect(hit!.line).toBeGreaterThanOrEqual(1);
      }
      expect(found.some((f) => f.file.endsWith('never-discount-without-a-trade.mdx') && f.rule === 'entry-schema')).toBe(true);
      // The build refuses with the same list instead of a stack trace.
      expect(() => site()).toThrow(/problem/i);
    });
  }

  it('an alias inside its own anchor, a value that contains itself', async () => {
    rewrite('people/teodoro-brannigan-szabo.yaml', (t) => `loop: &x [*x]\n${t}`);
    expect((await errors()).find((f) => f.rule === 'yaml-aliases')).toMatchObject({ file: expect.stringMatching(/teodoro-brannigan-szabo\.yaml$/), line: 1 });
  });

  it('a body nested thousands of levels deep', async () => {
    rewrite('entries/sales/fourteen-seconds-of-silence.mdx', (t) => `${t}\n${'> '.repeat(3000)}deep\n`);
    expect((await errors()).find((f) => f.rule === 'mdx-depth')).toMatchObject({ file: expect.stringMatching(/fourteen-seconds-of-silence\.mdx$/) });
  });
});

describe('one record per id: a second file with the same id is an error, and nothing depending on it is published', () => {
  it('people and consent records in a subfolder', async () => {
    mkdirSync(join(content, 'consent', 'zz'));
    mkdirSync(join(content, 'people', 'zz'));
    // The real consent is all-staff; the copy would have made it public.
    writeFileSync(
      join(content, 'consent', 'zz', 'desmond-achterberg-nwosu-2025-leaders.yaml'),
      'person: desmond-achterberg-nwosu\ngiven: 2025-01-01\naudience: public\nattribution: named\n',
    );
    writeFileSync(join(content, 'people', 'zz', 'priyanka-vellacott-ruiz.yaml'), 'name: Someone Else\nrole: Anyone\n');
    const found = (await errors()).filter((f) => f.rule.startsWith('duplicate-'));
    expect(found.map((f) => [f.file.replace(/^.*content\//, ''), f.rule]).sort()).toEqual([
      ['consent/desmond-achterberg-nwosu-2025-leaders.yaml', 'duplicate-consent-id'],
      ['consent/zz/desmond-achterberg-nwosu-2025-leaders.yaml', 'duplicate-consent-id'],
      ['people/priyanka-vellacott-ruiz.yaml', 'duplicate-person-id'],
      ['people/zz/priyanka-vellacott-ruiz.yaml', 'duplicate-person-id'],
    ]);
    expect(found.find((f) => f.rule === 'duplicate-consent-id')!.message).toMatch(
      /also used by `.*zz\/desmond-achterberg-nwosu-2025-leaders\.yaml`.*nothing that refers to/,
    );
    // Fail closed: the build refuses, and the gate itself withholds every entry that depends on either.
    expect(() => site()).toThrow();
    const read = readContent(content);
    const withheld = gate(read.entries, gateContext(read, 'leaders', today)).withheld.filter((w) => w.reasons.includes('duplicate-record'));
    expect(withheld.length).toBeGreaterThan(0);
    expect(withheld.every((w) => w.entry.data.mentor === 'priyanka-vellacott-ruiz' || w.entry.data.consent === 'desmond-achterberg-nwosu-2025-leaders')).toBe(
      true,
    );
    expect(read.people.has('priyanka-vellacott-ruiz')).toBe(false);
  });

  it('entry slugs in two folders: neither is published', async () => {
    cpSync(join(content, 'entries/career/price-a-pivot-in-years-not-salary.mdx'), join(content, 'entries/strategy/price-a-pivot-in-years-not-salary.mdx'));
    expect((await errors()).filter((f) => f.rule === 'duplicate-slug')).toHaveLength(2);
  });

  it('a topic id listed twice: the entries tagged with it are withheld', async () => {
    rewrite('taxonomy.yaml', (t) => t.replace(/\nstages:/, '\n  - id: sales/negotiation\n    label: Haggling twice\n    broader: [sales]\nstages:'));
    expect((await errors()).some((f) => f.rule === 'taxonomy-duplicate-id')).toBe(true);
    const s = site();
    const tagged = s.withheld.filter((w) => w.reasons.includes('duplicate-record'));
    expect(tagged.length).toBeGreaterThan(0);
    expect(s.entries.some((e) => e.topics.some((t) => t.id === 'sales/negotiation'))).toBe(false);
  });
});

describe('characters XML forbids never reach an output', () => {
  it('a literal control character is dropped, with a warning where it was', async () => {
    rewrite('entries/sales/fourteen-seconds-of-silence.mdx', (t) => t.replace(/^title: (.*)$/m, 'title: $1\u000b'));
    expect((await check()).find((f) => f.rule === 'control-character')).toMatchObject({ line: 2, severity: 'warning' });
    expect(site().bySlug.get('fourteen-seconds-of-silence')!.title).not.toContain('\u000b');
  });
  it('nor one written as a YAML escape or a character reference', async () => {
    rewrite('entries/sales/fourteen-seconds-of-silence.mdx', (t) => `${t.replace(/^title: (.*)$/m, 'title: "$1 \\x0B"')}\nA &#11; B\n`);
    const e = site().bySlug.get('fourteen-seconds-of-silence')!;
    expect(`${e.title}${e.html}${e.text}`).not.toContain('\u000b');
  });
});
