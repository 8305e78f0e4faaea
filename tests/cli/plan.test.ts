import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const plan = (...args: string[]) => runScript('plan', args, { TACIT_BUILD_DATE: '2026-12-01' });

describe('npm run plan -- interview <person>', () => {
  it('prints the sample leaver’s plan as Markdown, failed searches among the questions, and as JSON', () => {
    const md = plan('interview', 'henrietta-szymborska-pike', '--gaps', join(root, 'tests/fixtures/gaps/issues.json'));
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toMatch(
      /^# Interview plan: Henrietta Szymborska-Pike\n\nGeneral Manager, Great Lakes Distribution Network\. Leaves on 2026-12-18, in 17 days\./,
    );
    expect(md.stdout).toContain('## 1. Warehouse (only mentor)');
    const json = JSON.parse(plan('interview', 'henrietta-szymborska-pike', '--json').stdout) as {
      topics: { id: string; sole: boolean; questions: string[] }[];
    };
    expect(json.topics.map((t) => t.id)).toContain('operations/safety');
    expect(json.topics.every((t) => t.sole && t.questions.length > 0)).toBe(true);
  });
  it('says what is wrong: an unknown person (with a suggestion), a missing person, no plan', () => {
    const typo = plan('interview', 'henrietta-szymborska');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('Did you mean `henrietta-szymborska-pike`?');
    expect(plan('interview').status).toBe(2);
    expect(plan('retire', 'x').status).toBe(2);
    // Ottoline is in people/ but has nothing published.
    const none = plan('interview', 'ottoline-vasquez-thornbury');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('nothing to plan from');
  });
});
