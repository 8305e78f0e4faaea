import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const issues = join(root, 'tests/fixtures/gaps/issues.json');
const work = mkdtempSync(join(tmpdir(), 'tacit-gaps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const report = (...args: string[]) => runScript('report', ['gaps', ...args], { TACIT_BUILD_DATE: '2026-11-23', NO_COLOR: '1' });

describe('npm run report -- gaps', () => {
  it('groups what readers asked for by the closest topic, with what that topic holds', () => {
    const run = report('--from', issues, '--json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      gaps: number;
      groups: { topic: { label: string; entries: number } | null; gaps: { query: string; number: number; filters?: string }[] }[];
    };
    expect(json.gaps).toBe(4);
    // Questions about the pager and the rota land on On-call, which has nothing written yet.
    const onCall = json.groups.find((g) => g.topic?.label === 'On-call')!;
    expect(onCall.topic!.entries).toBe(0);
    expect(onCall.gaps.map((g) => g.number)).toEqual(expect.arrayContaining([42, 43]));
    // The form's fields are read; its "_No response_" is not a filter.
    const difficult = json.groups.flatMap((g) => g.gaps).find((g) => g.number === 41)!;
    expect(difficult).toMatchObject({ query: 'how to handle a difficult customer', filters: 'Kind: Advice' });
    expect(json.groups.flatMap((g) => g.gaps).find((g) => g.number === 42)!.filters).toBeUndefined();
    const text = report('--from', issues);
    expect(text.stdout).toContain('On-call (no entries yet)');
  });

  it('says what is wrong with its input, with exit code 2 for usage and 1 for a bad file', () => {
    expect(report().status).toBe(2);
    expect(report().stderr).toContain('give --from <file>');
    expect(report('--from', join(work, 'nope.json')).status).toBe(2);
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"not": "a list"}');
    const wrong = report('--from', bad);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('gh issue list --json');
  });
});
