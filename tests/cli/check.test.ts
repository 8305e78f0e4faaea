import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, summaryTable } from '../../src/lib/check/index.ts';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');

function check(content: string, ...args: string[]) {
  const run = runScript('check', ['--json', '--date', '2026-11-23', ...args], {
    TACIT_CONTENT_DIR: content,
    TACIT_CACHE_DIR: join(content, '..', 'cache'),
    GITHUB_ACTIONS: '',
  });
  return {
    status: run.status,
    report: JSON.parse(run.stdout) as {
      errors: number;
      fixed: number;
      problems: { file: string; line: number; column: number; rule: string; severity: string; message: string; fixable: boolean }[];
    },
  };
}

/** Replaces `from` with `to` in a content file; the test fails if `from` is not there. */
function edit(content: string, file: string, from: string | RegExp, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: ${String(from)}`).not.toBe(text);
  writeFileSync(path, next);
}

describe('npm run check on the sample with one error of every rule', () => {
  let work: string;
  let content: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tacit-check-'));
    content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the sample itself has no errors', () => {
    const { status, report } = check(content);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(status).toBe(0);
  });

  it('reports every injected problem at its file, line and rule, in one run, and --fix repairs the fixable ones', () => {
    const e = (name: string) => `entries/${name}.mdx`;
    // Front-matter schema: a misspelt field.
    edit(content, e('sales/never-discount-without-a-trade'), /^reviewed:/m, 'reviewd:');
    // Unknown topic, with a did-you-mean.
    edit(content, e('sales/decline-the-rfp-you-did-not-shape'), 'topics: [sales/tenders]', 'topics: [sales/tender]');
    // Deprecated topic, fixable to its replacement.
    edit(
      content,
      'taxonomy.yaml',
      /\nstages:/,
      '\n  - id: sales/bids\n    label: Bids\n    deprecated: true\n    replacedBy: sales/tenders\n    broader: [sales]\nstages:',
    );
    edit(content, e('sales/shippers-buy-on-rate-and-leave-over-claims'), /^topics: \[/m, 'topics: [sales/bids, ');
    // Unknown person and consent.
    edit(content, e('leadership/hire-for-the-bad-tuesday'), /^mentor: .*$/m, 'mentor: margerite-okonkwo-halloran');
    edit(content, e('leadership/give-feedback-within-48-hours'), /^consent: .*$/m, 'consent: marguerite-okonkwo-halloran-2052');
    // Published under a revoked consent, a kind the consent leaves out, and someone else's consent.
    edit(content, e('operations/the-near-miss-board'), /^consent: .*$/m, 'consent: henrietta-szymborska-pike-2023');
    edit(content, e('engineering/the-outage-that-only-happened-in-arizona'), /^kind: story$/m, 'kind: advice');
    edit(content, e('operations/peak-season-is-won-in-august'), /^consent: .*$/m, 'consent: augustin-feldmann-oyelaran-2025');
    // Attribution leak: an anonymous mentor's name in the body.
    edit(content, e('engineering/write-the-timeline-before-the-cause'), /\n\n/, '\n\nAs Priyanka Vellacott-Ruiz tells every new hire:\n\n');
    // A third party's name and an email address in the body.
    edit(
      content,
      e('operations/print-tomorrows-pick-lists-every-evening'),
      /\n\n/,
      '\n\nI learned this from Marguerite Okonkwo-Halloran; write to ops-lead@example.com.\n\n',
    );
    // Unsafe MDX.
    edit(content, e('strategy/put-the-ask-on-page-one'), /$/, '\n<script>alert(document.cookie)</script>\n');
    // A recording the content folder does not have.
    edit(content, e('sales/fourteen-seconds-of-silence'), /src: https:\/\/\S+/, 'src: recordings/renewal-call.mp3');
    // A broken internal link.
    edit(content, e('career/make-your-first-pivot-an-internal-one'), /\n\n/, '\n\nSee [the guide](/entries/no-such-entry/).\n\n');
    // A retired entry coming back (a revert or a stale branch): its slug is in a tombstone.
    cpSync(join(content, e('operations/the-near-miss-board')), join(content, e('operations/the-shrink-write-off-at-the-old-building')));
    // A duplicate slug.
    cpSync(join(content, e('career/price-a-pivot-in-years-not-salary')), join(content, e('strategy/price-a-pivot-in-years-not-salary')));

    const { status, report } = check(content);
    expect(status).toBe(1);
    const got = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file.replace(/^.*content\//, '')}:${p.line} ${p.rule}`);
    expect(got.sort()).toEqual(
      [
        `entries/career/make-your-first-pivot-an-internal-one.mdx:${lineOf(content, e('career/make-your-first-pivot-an-internal-one'), 'no-such-entry')} broken-link`,
        'entries/engineering/the-outage-that-only-happened-in-arizona.mdx:3 kind-not-consented',
        `entries/engineering/write-the-timeline-before-the-cause.mdx:${lineOf(content, e('engineering/write-the-timeline-before-the-cause'), 'Priyanka')} attribution-leak`,
        'entries/leadership/give-feedback-within-48-hours.mdx:7 unknown-consent',
        'entries/leadership/hire-for-the-bad-tuesday.mdx:6 unknown-person',
        'entries/operations/peak-season-is-won-in-august.mdx:6 mentor-mismatch',
        `entries/operations/print-tomorrows-pick-lists-every-evening.mdx:${lineOf(content, e('operations/print-tomorrows-pick-lists-every-evening'), 'ops-lead@')} contact-details`,
        `entries/operations/print-tomorrows-pick-lists-every-evening.mdx:${lineOf(content, e('operations/print-tomorrows-pick-lists-every-evening'), 'Marguerite')} third-party-name`,
        'entries/operations/the-near-miss-board.mdx:7 consent-revoked-content',
        'entries/operations/the-shrink-write-off-at-the-old-building.mdx:7 consent-revoked-content',
        'entries/sales/decline-the-rfp-you-did-not-shape.mdx:5 unknown-topic',
        `entries/sales/fourteen-seconds-of-silence.mdx:${lineOf(content, e('sales/fourteen-seconds-of-silence'), 'renewal-call.mp3')} recording-missing`,
        `entries/sales/never-discount-without-a-trade.mdx:${lineOf(content, e('sales/never-discount-without-a-trade'), 'reviewd:')} entry-schema`,
        'entries/sales/shippers-buy-on-rate-and-leave-over-claims.mdx:5 deprecated-topic',
        // Both files of a duplicated slug: neither is published while it stands.
        'entries/career/price-a-pivot-in-years-not-salary.mdx:1 duplicate-slug',
        'entries/strategy/price-a-pivot-in-years-not-salary.mdx:1 duplicate-slug',
        `entries/strategy/put-the-ask-on-page-one.mdx:${String(lineOf(content, e('strategy/put-the-ask-on-page-one'), '<script>'))} mdx-html`,
      ].sort(),
    );
    // What the cache of unchanged files reuses is exactly what parsing them again finds.
    expect(check(content, '--no-cache').report.problems).toEqual(report.problems);
    const unknown = report.problems.find((p) => p.rule === 'unknown-topic')!;
    expect(unknown.message).toContain('Did you mean `sales/tenders`?');
    expect(report.problems.find((p) => p.rule === 'unknown-person')!.message).toContain('Did you mean `marguerite-okonkwo-halloran`?');
    expect(report.problems.find((p) => p.rule === 'deprecated-topic')!.fixable).toBe(true);

    const before = readFileSync(join(content, e('sales/shippers-buy-on-rate-and-leave-over-claims')), 'utf8');
    const fixed = check(content, '--fix');
    expect(fixed.report.fixed).toBe(1);
    expect(fixed.report.problems.some((p) => p.rule === 'deprecated-topic')).toBe(false);
    const after = readFileSync(join(content, e('sales/shippers-buy-on-rate-and-leave-over-claims')), 'utf8');
    // Only the id changed; every other byte is as it was.
    expect(after).toBe(before.replace('topics: [sales/bids, ', 'topics: [sales/tenders, '));
  });

  it('keeps in its cache only entries that are still in the knowledge base', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const cacheFile = join(content, '..', 'cache', `check-${sha(resolve(content)).slice(0, 16)}.json`);
    const gone = join(content, 'entries/career/make-your-first-pivot-an-internal-one.mdx');
    const kept = join(content, 'entries/sales/never-discount-without-a-trade.mdx');
    check(content);
    const digests = () => Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { values: object }).values);
    const goneDigest = sha(readFileSync(gone, 'utf8'));
    expect(digests()).toContain(goneDigest);
    rmSync(gone);
    check(content);
    expect(digests()).not.toContain(goneDigest);
    expect(digests()).toContain(sha(readFileSync(kept, 'utf8')));
  });

  it('reads a file again once it changed, even to the same size, and rewrites its cache only then', () => {
    const cacheDir = join(content, '..', 'cache');
    const written = () =>
      readdirSync(cacheDir)
        .filter((n) => n.startsWith('check-'))
        .map((n) => [n, statSync(join(cacheDir, n)).mtimeMs]);
    const file = 'entries/operations/peak-season-is-won-in-august.mdx';
    const unknownTopics = () => check(content).report.problems.filter((p) => p.file.endsWith(file) && p.rule === 'unknown-topic');
    // A file changed in the last second is read every time; past that, its stamp decides.
    const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
    settle();
    expect(unknownTopics()).toEqual([]);
    const before = written();
    expect(before).toHaveLength(2); // what was found in each entry, and each file's stamp
    // Nothing changed: the same findings, and neither cache file is written again.
    expect(unknownTopics()).toEqual([]);
    expect(written()).toEqual(before);
    // The first topic's last letter changed: the same size, and a topic that does not exist.
    const text = readFileSync(join(content, file), 'utf8');
    const topic = /^topics: \[([^,\]]+)/m.exec(text)![1]!;
    const wrong = topic.slice(0, -1) + (topic.endsWith('q') ? 'z' : 'q');
    edit(content, file, `[${topic}`, `[${wrong}`);
    expect(readFileSync(join(content, file), 'utf8')).toHaveLength(text.length);
    settle();
    expect(unknownTopics().map((p) => p.message)).toEqual([expect.stringContaining(`\`${wrong}\``)]);
    expect(written()).not.toEqual(before);
  });

  it('prints GitHub annotations and a summary table', () => {
    const p = {
      file: 'content/entries/a.mdx',
      line: 3,
      column: 7,
      severity: 'error' as const,
      rule: 'unknown-topic',
      message: 'Unknown topic `x`, 100% wrong: fix it',
    };
    expect(annotations([p])).toEqual(['::error file=content/entries/a.mdx,line=3,col=7,title=unknown-topic::Unknown topic `x`, 100%25 wrong: fix it']);
    expect(summaryTable([p], 10)).toContain('| content/entries/a.mdx | 3:7 | error | `unknown-topic` |');
  });
});

function lineOf(content: string, file: string, needle: string): number {
  return (
    readFileSync(join(content, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}
