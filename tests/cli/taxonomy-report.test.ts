import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');

describe('the report and suggest commands', () => {
  const run = (...args: string[]) => runScript('taxonomy', args, { TACIT_BUILD_DATE: '2026-11-23' });
  it('print JSON for tools and fail on wrong usage with exit code 2', () => {
    const report = run('report', '--json');
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout) as { unused: string[]; concepts: unknown[] };
    expect(json.concepts.length).toBeGreaterThan(20);
    expect(json.unused).toContain('strategy/investment-cases');
    const suggest = run('suggest', '--json', '--limit', '5');
    expect(suggest.status).toBe(0);
    expect((JSON.parse(suggest.stdout) as { candidates: unknown[] }).candidates).toHaveLength(5);
    const wrong = run('report', '--horizon-months', 'soon');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--horizon-months is `soon`');
    expect(run('sugest').stderr).toContain('Did you mean `suggest`?');
    // Searches nobody could answer count as evidence, each as an entry of its own.
    const gaps = run('suggest', '--gaps', join(root, 'tests/fixtures/gaps/issues.json'), '--min-entries', '1', '--limit', '200', '--json');
    expect(gaps.status, gaps.stderr).toBe(0);
    const found = (JSON.parse(gaps.stdout) as { candidates: { phrase: string; entries: string[] }[] }).candidates;
    expect(found.find((c) => c.entries.includes('gap #42'))?.phrase).toMatch(/rota/);
    expect(run('suggest', '--gaps', join(root, 'nope.json')).status).toBe(2);
  });

  it('refuse a taxonomy that cannot be read, naming the file, line and problem, for reports and edits alike', () => {
    const work = mkdtempSync(join(tmpdir(), 'tacit-broken-taxonomy-'));
    try {
      const content = join(work, 'content');
      cpSync(join(root, 'content'), content, { recursive: true });
      const file = join(content, 'taxonomy.yaml');
      // A YAML syntax error (an unclosed list) and, in a second copy below, a schema error.
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('    broader: [leadership]\n', '    broader: [leadership\n'));
      const inBroken = (...args: string[]) => runScript('taxonomy', args, { TACIT_CONTENT_DIR: content });
      for (const args of [['report'], ['suggest'], ['export'], ['rename', 'career', 'careers']]) {
        const result = inBroken(...args);
        expect(result.status, args.join(' ')).toBe(1);
        expect(result.stderr, args.join(' ')).toMatch(/taxonomy\.yaml:\d+:\d+\s+error\s+.*yaml-syntax/);
      }
      writeFileSync(file, original.replace('    broader: [leadership]\n', '    broader: leadership\n'));
      for (const args of [['report'], ['rename', 'career', 'careers']]) {
        expect(inBroken(...args).stderr, args.join(' ')).toMatch(/taxonomy\.yaml:\d+:\d+\s+error\s+.*taxonomy-schema/);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
