import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ReminderPlan } from '../../src/lib/review/reminders.ts';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/reminders/open-issues.json');
const work = mkdtempSync(join(tmpdir(), 'tacit-reminders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const plan = (issues: string): ReminderPlan => {
  const run = runScript('report', ['reminders', '--issues', issues, '--json'], { TACIT_BUILD_DATE: '2026-12-01' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReminderPlan;
};

/** What the workflow's `gh` steps leave behind, applied to the issue list. */
function carryOut(issues: { number: number; title: string; body: string }[], p: ReminderPlan) {
  let next = issues.filter((i) => !p.close.some((c) => c.number === i.number));
  next = next.map((i) => {
    const u = p.update.find((x) => x.number === i.number);
    return u ? { ...i, title: u.title, body: u.body } : i;
  });
  return [...next, ...p.create.map((c, k) => ({ number: 100 + k, title: c.title, body: c.body }))];
}

describe('npm run report -- reminders (what the review-reminders workflow does)', () => {
  it('opens one issue per person with entries due, rewrites a stale list, closes one with nothing due, and leaves other issues alone', () => {
    const p = plan(fixture);
    expect(p.update.map((u) => [u.number, u.person])).toEqual([[7, 'augustin-feldmann-oyelaran']]);
    expect(p.update[0]!.body).toContain('**An annual plan people remember has three numbers**');
    expect(p.close.map((c) => [c.number, c.person])).toEqual([[8, 'henrietta-szymborska-pike']]);
    expect(p.create.map((c) => c.person)).toEqual(['desmond-achterberg-nwosu']);
    expect(p.create[0]!.title).toBe('Review due: 1 entry for Desmond Achterberg-Nwosu');
  });

  it('changes nothing when run again on what it left behind', () => {
    const after = carryOut(JSON.parse(readFileSync(fixture, 'utf8')), plan(fixture));
    const file = join(work, 'after.json');
    writeFileSync(file, JSON.stringify(after));
    expect(plan(file)).toEqual({ create: [], update: [], close: [] });
  });

  it('with --apply, carries the plan out with gh, one command per issue', () => {
    // A stand-in for the GitHub CLI that writes down what it was asked to do.
    const bin = join(work, 'bin');
    const log = join(work, 'gh.log');
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'gh'), `#!/bin/sh\nprintf '%s %s %s\\n' "$1" "$2" "$3" >> ${JSON.stringify(log)}\n`, { mode: 0o755 });
    const run = runScript('report', ['reminders', '--issues', fixture, '--apply'], { TACIT_BUILD_DATE: '2026-12-01', PATH: `${bin}:${process.env.PATH}` });
    expect(run.status, run.stderr).toBe(0);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls).toEqual(['issue create --label', 'issue edit 7', 'issue close 8']);
  });

  it('is what the scheduled workflow runs, with the permissions it needs', () => {
    const workflow = parse(readFileSync(join(root, '.github/workflows/review-reminders.yml'), 'utf8')) as {
      on: { schedule: unknown[] };
      permissions: Record<string, string>;
      jobs: { remind: { steps: { run?: string }[] } };
    };
    expect(workflow.on.schedule.length).toBeGreaterThan(0);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    const script = workflow.jobs.remind.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('gh issue list --label review-reminder --state open');
    expect(script).toContain('report -- reminders --issues open.json --apply');
  });
});
