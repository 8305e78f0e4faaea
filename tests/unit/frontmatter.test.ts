import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry, readFrontMatter } from '../../src/lib/read/index.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/frontmatter', name), 'utf8');

describe('front matter is data, never code', () => {
  for (const name of ['js-engine.mdx', 'javascript-engine.mdx']) {
    it(`refuses \`${name}\` without evaluating it`, () => {
      const g = globalThis as { __tacitFrontMatterRan?: boolean };
      delete g.__tacitFrontMatterRan;
      const { problems } = readEntry(fixture(name), `entries/${name}`);
      expect(g.__tacitFrontMatterRan).toBeUndefined();
      expect(existsSync('FRONT-MATTER-RAN')).toBe(false);
      expect(problems.map((p) => [p.line, p.rule])).toContainEqual([1, 'front-matter-language']);
      expect(problems[0]!.message).toMatch(/is not allowed: it would run as code/);
    });
  }

  it('reports every schema problem at its own line and column, in one pass', () => {
    const { problems, data } = readEntry(fixture('schema-errors.mdx'), 'entries/schema-errors.mdx');
    expect(data).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`)).toMatchInlineSnapshot(`
      [
        "3:7 entry-schema \`kind\` is \`anecdote\`; expected one of \`story\`, \`advice\`, \`insight\`.",
        "5:9 entry-schema \`topics\`: list at least one topic id from \`content/taxonomy.yaml\`.",
        "6:9 entry-schema \`mentor\`: expected a lowercase id of letters, digits and hyphens, e.g. \`dana-whitfield\` (got \`Dana Whitfield\`).",
        "10:9 entry-schema \`conversation.date\`: expected a date written \`YYYY-MM-DD\`, e.g. \`2025-03-14\` (got \`14 March 2025\`).",
        "11:7 entry-schema \`conversation.at\`: expected a time in the recording written \`hh:mm:ss\`, e.g. \`00:12:30\` (got \`12 minutes in\`).",
        "12:1 entry-schema Unknown field \`reviewd\` in the file. Remove it or check its spelling against the content model in the README.",
      ]
    `);
  });

  it('points body positions at the right line of the file', () => {
    const fm = readFrontMatter('---\ntitle: x\n---\n\nBody\n', 'x.mdx');
    expect(fm.bodyLineOffset).toBe(3);
    expect(fm.body).toBe('\nBody\n');
  });

  it('reports a missing or unclosed front matter block', () => {
    expect(readFrontMatter('Just a body', 'a.mdx').problems[0]!.rule).toBe('front-matter-missing');
    expect(readFrontMatter('---\ntitle: x\n\nBody', 'b.mdx').problems[0]!.rule).toBe('front-matter-syntax');
  });

  it('reports YAML syntax errors at the line of the unclosed bracket', () => {
    const { problems } = readFrontMatter('---\ntitle: x\nkind: [advice\n---\n', 'c.mdx');
    expect(problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 3 });
  });
});
