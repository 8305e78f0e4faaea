import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentState, markRevoked, readTombstones, returningContent } from '../../src/lib/consent/index.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { consentSchema, personSchema, tombstoneSchema, type Consent } from '../../src/lib/schema/index.ts';
import { loadSite } from '../../src/lib/site/pipeline.ts';
import { tombstoneDigest } from '../../src/lib/tombstone.ts';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const sample = join(root, 'content');
/** The day every command is judged on, as in the build tests, so results do not change with the calendar. */
const today = '2026-11-23';

const work = mkdtempSync(join(tmpdir(), 'tacit-consent-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the sample content: tests never touch the real `content/`. */
function copyContent(): string {
  const dir = join(work, `content-${++copies}`);
  cpSync(sample, dir, { recursive: true });
  return dir;
}

function consent(content: string, args: string[]) {
  // A pipe, not a terminal: the command must never wait for an answer.
  return runScript('consent', args, { TACIT_CONTENT_DIR: content, TACIT_BUILD_DATE: today, NO_COLOR: '1' });
}

/** Every file and folder under `dir` with its bytes, to prove that a command changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(d.parentPath, d.name);
    const key = relative(dir, path).split(sep).join('/');
    out.set(key, d.isFile() ? readFileSync(path).toString('base64') : 'folder');
  }
  return out;
}

/** Entry files whose front matter names the consent, found by a plain reading of the text. */
function entriesUsing(content: string, id: string): { slug: string; path: string; title: string; status: string; text: string }[] {
  const dir = join(content, 'entries');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    .filter(({ text }) => new RegExp(`^consent: ${id}$`, 'm').test(text))
    .map(({ path, text }) => ({
      slug: path
        .split(sep)
        .pop()!
        .replace(/\.mdx$/, ''),
      path,
      title: /^title: (.*)$/m.exec(text)![1]!.replace(/^["']|["']$/g, ''),
      status: /^status: (\w+)$/m.exec(text)![1]!,
      text,
    }));
}

/** The slugs each audience's site publishes, from the real loader: what the report must agree with. */
const publishedSlugs = (content: string): Record<string, string[]> =>
  Object.fromEntries(
    ['public', 'all-staff', 'leaders'].map((audience) => [audience, loadSite({ contentDir: content, audience, today }).entries.map((e) => e.slug)]),
  );

/** Files `returningContent` flags in a content folder, by file name. */
function returningFiles(content: string): string[] {
  const read = readContent(content);
  return returningContent(read.entries, read.consents, readTombstones(content).tombstones)
    .map((p) => p.file.split('/').pop()!)
    .sort();
}

const consentFile = (content: string, id: string) => join(content, 'consent', `${id}.yaml`);
const readConsent = (content: string, id: string): Consent => consentSchema.parse(parse(readFileSync(consentFile(content, id), 'utf8')));

describe('consent revoke, on a consent with published entries', { timeout: 30_000 }, () => {
  const id = 'henrietta-szymborska-pike-2025';
  const person = 'henrietta-szymborska-pike';
  const original = copyContent();
  // Copied from the copy, so both are the same snapshot of the sample.
  const content = join(work, 'revoked');
  cpSync(original, content, { recursive: true });
  let leaving: ReturnType<typeof entriesUsing>;
  let publishedBefore: Record<string, string[]>;
  let run: ReturnType<typeof consent>;
  beforeAll(() => {
    // Comments a knowledge manager might have written; the revocation must keep them.
    writeFileSync(
      consentFile(content, id),
      `# Renewed after the 2023 withdrawal; see the mentoring log.\n${readFileSync(consentFile(content, id), 'utf8').replace(/^given: (.*)$/m, 'given: $1 # signed form in the HR folder')}`,
    );
    leaving = entriesUsing(content, id);
    publishedBefore = publishedSlugs(content);
    run = consent(content, ['revoke', id]);
  });

  it('the sample has published and unpublished entries under this consent', () => {
    expect(leaving.map((e) => e.status)).toContain('published');
    expect(leaving.length).toBeGreaterThanOrEqual(5);
    expect(publishedBefore['all-staff']).toContain('drivers-choose-which-docks-they-serve');
    // At least one of them is on no site, so the report must cover entries in other states too.
    expect(leaving.some((e) => !publishedBefore.leaders!.includes(e.slug))).toBe(true);
  });

  it('succeeds', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Done: consent \`${id}\` is revoked and ${leaving.length} entries deleted.`);
  });

  it('deletes every entry that used the consent, whatever its status, and nothing else', () => {
    for (const e of leaving) expect(existsSync(e.path), e.path).toBe(false);
    const mdx = (dir: string) => new Map([...snapshot(dir)].filter(([k]) => k.startsWith('entries/') && k.endsWith('.mdx')));
    const before = mdx(original);
    const after = mdx(content);
    const gone = [...before.keys()]
      .filter((k) => !after.has(k))
      .map((k) => k.split('/').pop())
      .sort();
    expect(gone).toEqual(leaving.map((e) => `${e.slug}.mdx`).sort());
    // Every other entry is still there, byte for byte.
    for (const [k, bytes] of after) expect(bytes, k).toBe(before.get(k));
  });

  it('marks the consent record revoked and keeps its comments and fields', () => {
    const text = readFileSync(consentFile(content, id), 'utf8');
    expect(readConsent(content, id)).toEqual({ ...readConsent(original, id), revoked: today });
    expect(text).toMatch(/^# Renewed after the 2023 withdrawal; see the mentoring log\.$/m);
    expect(text).toMatch(/^given: 2025-02-17 # signed form in the HR folder$/m);
    expect(text).toMatch(/^revoked: 2026-11-23\nnotes: /m);
  });

  it('writes a tombstone of digests and dates that parses against the schema', () => {
    const path = join(content, 'tombstones', `${tombstoneDigest(id)}.yaml`);
    const tombstone = tombstoneSchema.parse(parse(readFileSync(path, 'utf8')));
    expect(tombstone).toEqual({
      consent: tombstoneDigest(id),
      revoked: today,
      entries: leaving.map((e) => tombstoneDigest(e.slug)).sort(),
      retired: today,
    });
    const { tombstones, problems } = readTombstones(content);
    expect(problems).toEqual([]);
    expect(tombstones.filter((t) => t.consent === tombstoneDigest(id))).toHaveLength(1);
  });

  it('the tombstone names no one and quotes nothing: no name, role, id, title or body words', () => {
    const text = readFileSync(join(content, 'tombstones', `${tombstoneDigest(id)}.yaml`), 'utf8');
    const lower = text.toLowerCase();
    // Apart from comments, only the four fields with digests and dates.
    for (const line of text.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
      expect(line).toMatch(/^(consent: [0-9a-f]{16}|revoked: \d{4}-\d{2}-\d{2}|entries:| {2}- [0-9a-f]{16}|retired: \d{4}-\d{2}-\d{2})$/);
    }
    const who = personSchema.parse(parse(readFileSync(join(original, 'people', `${person}.yaml`), 'utf8')));
    const forbidden = [
      ...who.name.toLowerCase().split(/[\s-]+/),
      who.role.toLowerCase(),
      ...who.role
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 6),
      person,
      id,
      ...leaving.flatMap((e) => [
        e.slug,
        ...e.title
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w.length >= 6),
      ]),
    ];
    expect(forbidden.length).toBeGreaterThan(20);
    for (const word of forbidden) expect(lower, word).not.toContain(word);
    // Distinctive words of the bodies (long words) are not there either.
    const bodyWords = new Set(
      leaving.flatMap((e) =>
        e.text
          .split(/^---$/m)
          .slice(2)
          .join(' ')
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w.length >= 9),
      ),
    );
    expect(bodyWords.size).toBeGreaterThan(10);
    for (const word of bodyWords) expect(lower, word).not.toContain(word);
  });

  it('prints, per audience, exactly the entry pages and the mentor page the site stops building', () => {
    const published = leaving
      .filter((e) => publishedBefore['all-staff']!.includes(e.slug))
      .map((e) => e.slug)
      .sort();
    expect(published).toEqual(expect.arrayContaining(['drivers-choose-which-docks-they-serve', 'peak-season-is-won-in-august', 'the-near-miss-board']));
    expect(
      leaving
        .filter((e) => publishedBefore.leaders!.includes(e.slug))
        .map((e) => e.slug)
        .sort(),
    ).toEqual(published);
    // An audience's lines: its heading and everything indented under it.
    const section = (audience: string) => {
      const lines = run.stdout.split('\n');
      const start = lines.findIndex((l) => l.startsWith(`  ${audience}: `));
      const end = lines.findIndex((l, i) => i > start && !l.startsWith('    '));
      return lines.slice(start, end).join('\n');
    };
    expect(section('public')).toMatch(/^ {2}public: nothing/);
    for (const audience of ['all-staff', 'leaders']) {
      const text = section(audience);
      const urls = [...text.matchAll(/\/entries\/([a-z0-9-]+)\//g)].map((m) => m[1]).sort();
      expect(urls, audience).toEqual(published);
      for (const e of leaving.filter((l) => published.includes(l.slug))) expect(text).toContain(`/entries/${e.slug}/  ${e.title}`);
      expect(text).toContain(`/mentors/${person}/`);
      expect(text).toMatch(/\/topics\/operations\/ {2}Operations: \d+ → 0/);
    }
    // The entries no site shows are reported too, with their status and why.
    for (const e of leaving.filter((l) => !published.includes(l.slug))) {
      expect(run.stdout).toMatch(new RegExp(`${e.slug}\\.mdx\\n +"[^\\n]+": ${e.status}, on no site \\(.+\\)`));
      expect(section('leaders')).not.toContain(`/entries/${e.slug}/`);
    }
  });

  it('a second revocation fails clearly, saying when, and changes nothing', () => {
    const before = snapshot(content);
    const again = consent(content, ['revoke', id]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^Consent `henrietta-szymborska-pike-2025` was already revoked on 2026-11-23; there is nothing to revoke\./);
    expect(snapshot(content)).toEqual(before);
  });

  it('returningContent flags a retired entry that comes back, at the line of its `consent:` field', () => {
    const baseline = returningFiles(content); // whatever the sample itself still holds under revoked consents
    const back = leaving.find((e) => e.slug === 'the-near-miss-board')!;
    const restored = back.path;
    // The revocation may have emptied, and so removed, the entry's folder.
    mkdirSync(dirname(restored), { recursive: true });
    copyFileSync(join(original, relative(content, restored)), restored);
    const read = readContent(content);
    const { tombstones } = readTombstones(content);
    const problems = returningContent(read.entries, read.consents, tombstones);
    const flagged = problems.find((p) => p.file.endsWith('/the-near-miss-board.mdx'));
    const line = back.text.split('\n').findIndex((l) => l.startsWith('consent:')) + 1;
    expect(flagged).toMatchObject({ rule: 'consent-revoked-content', severity: 'error', line });
    expect(flagged!.message).toMatch(
      /^Consent `henrietta-szymborska-pike-2025` was revoked on 2026-11-23, so this entry must leave the repository, whatever its status\. Delete the file/,
    );
    // Nothing else is flagged.
    expect(problems.map((p) => p.file.split('/').pop()).sort()).toEqual([...baseline, 'the-near-miss-board.mdx'].sort());
    rmSync(restored);
  });

  it('returningContent relies on the tombstone when a revert also removed `revoked:` from the record', () => {
    const content2 = copyContent();
    const baseline = returningFiles(content2);
    cpSync(join(content, 'tombstones'), join(content2, 'tombstones'), { recursive: true });
    const read = readContent(content2); // the whole sample back, consent record un-revoked
    const { tombstones } = readTombstones(content2);
    const problems = returningContent(read.entries, read.consents, tombstones).filter((p) => !baseline.includes(p.file.split('/').pop()!));
    // Every retired entry that the content reader accepts comes back flagged.
    const readable = new Set(read.entries.map((e) => e.slug));
    expect(problems.map((p) => p.file.split('/').pop()).sort()).toEqual(
      leaving
        .filter((e) => readable.has(e.slug))
        .map((e) => `${e.slug}.mdx`)
        .sort(),
    );
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(problems[0]!.message).toMatch(
      /its entries left the repository on 2026-11-23 \(tombstone `.*tombstones\/[0-9a-f]{16}\.yaml`\); this entry has come back/,
    );
    // The same slug under another consent is still refused: it is the retired entry, renamed consent or not.
    const byslug = returningContent(
      [{ slug: 'the-near-miss-board', file: 'x.mdx', data: { consent: 'someone-else-2026' }, source: '---\ntitle: x\nconsent: someone-else-2026\n---\n' }],
      new Map(),
      tombstones,
    );
    expect(byslug).toMatchObject([{ line: 3, column: 10, rule: 'consent-revoked-content' }]);
    expect(byslug[0]!.message).toMatch(/slug `the-near-miss-board` left the repository on 2026-11-23/);
    expect(returningContent([{ slug: 'new-entry', file: 'y.mdx', data: { consent: 'someone-else-2026' } }], new Map(), tombstones)).toEqual([]);
  });
});

describe('consent revoke, more', { timeout: 30_000 }, () => {
  it('--dry-run prints the report and changes nothing, byte for byte', () => {
    const content = copyContent();
    const before = snapshot(content);
    const run = consent(content, ['revoke', 'marguerite-okonkwo-halloran-2025', '--dry-run', '--reason', 'Leaving the company.']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('/entries/hire-for-the-bad-tuesday/');
    expect(run.stdout).toMatch(/Dry run: nothing was written\./);
    expect(snapshot(content)).toEqual(before);
  });

  it('--json reports each audience from the real gate, including a retired entry and the mentor page', () => {
    const content = copyContent();
    const run = consent(content, ['revoke', 'marguerite-okonkwo-halloran-2025', '--dry-run', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      written: boolean;
      entries: { slug: string; status: string; publishedIn: string[]; withheld: string[] | null }[];
      audiences: { audience: string; published: { before: number; after: number }; pages: { path: string }[]; mentorPages: { path: string }[] }[];
    };
    expect(report.written).toBe(false);
    expect(report.entries.find((e) => e.slug === 'replace-one-on-ones-with-a-friday-sheet')).toMatchObject({
      status: 'retired',
      publishedIn: [],
      withheld: ['retired'],
    });
    const slugs = new Set(entriesUsing(content, 'marguerite-okonkwo-halloran-2025').map((e) => e.slug));
    const published = publishedSlugs(content);
    const pages = (audience: string) =>
      published[audience]!.filter((s) => slugs.has(s))
        .map((s) => `/entries/${s}/`)
        .sort();
    expect(pages('all-staff')).toContain('/entries/hire-for-the-bad-tuesday/');
    expect(report.audiences.map((a) => [a.audience, a.pages.map((p) => p.path), a.mentorPages.map((m) => m.path)])).toEqual([
      ['public', [], []],
      ['all-staff', pages('all-staff'), ['/mentors/marguerite-okonkwo-halloran/']],
      ['leaders', pages('leaders'), ['/mentors/marguerite-okonkwo-halloran/']],
    ]);
    for (const a of report.audiences) expect(a.published.before - a.published.after).toBe(a.pages.length);
  });

  it('--reason and --date: the reason goes into `notes` as a dated line after the existing notes', () => {
    const content = copyContent();
    const id = 'teodoro-brannigan-szabo-2025';
    const notes = readConsent(content, id).notes!;
    const run = consent(content, ['revoke', id, '--reason', 'Asked to be removed  before his move.', '--date', '2026-11-02']);
    expect(run.status, run.stderr).toBe(0);
    const after = readConsent(content, id);
    expect(after.revoked).toBe('2026-11-02');
    expect(after.notes).toBe(`${notes}\n2026-11-02: consent withdrawn: Asked to be removed before his move.`);
    const tombstone = tombstoneSchema.parse(parse(readFileSync(join(content, 'tombstones', `${tombstoneDigest(id)}.yaml`), 'utf8')));
    expect([tombstone.revoked, tombstone.retired]).toEqual(['2026-11-02', today]);
    // The draft left as well.
    expect(existsSync(join(content, 'entries/career/shadow-the-new-team-before-you-apply.mdx'))).toBe(false);
  });

  it('an unknown id fails with a did-you-mean and writes nothing', () => {
    const content = copyContent();
    const before = snapshot(content);
    const run = consent(content, ['revoke', 'margerite-okonkwo-halloran-2025']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/There is no consent record `margerite-okonkwo-halloran-2025`.*Did you mean `marguerite-okonkwo-halloran-2025`\?/);
    expect(snapshot(content)).toEqual(before);
  });

  it('a consent record with YAML errors fails clearly, pointing at the line, and writes nothing', () => {
    const content = copyContent();
    writeFileSync(
      consentFile(content, 'priyanka-vellacott-ruiz-2025'),
      'person: priyanka-vellacott-ruiz\ngiven: 2025-04-22\nkinds: [story, insight\naudience: all-staff\n',
    );
    const before = snapshot(content);
    const run = consent(content, ['revoke', 'priyanka-vellacott-ruiz-2025']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /The consent record `.*priyanka-vellacott-ruiz-2025\.yaml` cannot be read, so it cannot be marked revoked:\n.*priyanka-vellacott-ruiz-2025\.yaml:\d+:\d+ +error +YAML cannot be read/,
    );
    expect(run.stderr).toMatch(/Fix the file, then run the command again\./);
    expect(snapshot(content)).toEqual(before);
  });

  it('an already revoked record says when, and which entries still use it', () => {
    const content = copyContent();
    // An entry under the sample's long-revoked 2023 record, as a stale branch might bring one back.
    const source = readFileSync(join(content, 'entries/operations/peak-season-is-won-in-august.mdx'), 'utf8');
    writeFileSync(join(content, 'entries/operations/stale.mdx'), source.replace(/^consent: .*$/m, 'consent: henrietta-szymborska-pike-2023'));
    const before = snapshot(content);
    const run = consent(content, ['revoke', 'henrietta-szymborska-pike-2023']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Consent `henrietta-szymborska-pike-2023` was already revoked on 2024-11-04; there is nothing to revoke\. 1 entry still uses it and must leave the repository \(delete it\): `[^`]*stale\.mdx`\./,
    );
    expect(snapshot(content)).toEqual(before);
  });

  it('usage errors exit 2 and write nothing', () => {
    const content = copyContent();
    const before = snapshot(content);
    for (const args of [
      ['revoke'],
      ['revoke', 'a', 'b'],
      ['revoke', '../people/henrietta-szymborska-pike'],
      ['revoke', 'marguerite-okonkwo-halloran-2025', '--date', '2026-02-30'],
      ['revoke', 'marguerite-okonkwo-halloran-2025', '--date', '2027-01-01'],
      ['revoke', 'marguerite-okonkwo-halloran-2025', '--force'],
      ['revok', 'marguerite-okonkwo-halloran-2025'],
      [],
    ]) {
      const run = consent(content, args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.length, args.join(' ')).toBeGreaterThan(20);
    }
    expect(consent(content, ['revok']).stderr).toMatch(/Unknown command `revok`\. Did you mean `revoke`\?/);
    expect(consent(content, ['revoke', 'x', '--date', '2027-01-01']).stderr).toMatch(/after today \(2026-11-23\)/);
    expect(snapshot(content)).toEqual(before);
  });

  it('--help for the command and every subcommand', () => {
    const content = copyContent();
    for (const [args, heading] of [
      [['--help'], 'Usage: npm run consent -- <command>'],
      [['revoke', '--help'], 'Usage: npm run consent -- revoke <consent-id>'],
      [['list', '-h'], 'Usage: npm run consent -- list'],
      [['new', '--help'], 'Usage: npm run consent -- new'],
      [['help', 'revoke'], 'Usage: npm run consent -- revoke'],
    ] as const) {
      const run = consent(content, [...args]);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout).toContain(heading);
      expect(run.stdout).toMatch(/Exit codes: 0/);
    }
  });
});

describe('consent list', { timeout: 30_000 }, () => {
  const content = copyContent();

  it('shows every record with its state on 2026-11-23 and its entries', () => {
    const run = consent(content, ['list', '--json', '--date', today]);
    expect(run.status, run.stderr).toBe(0);
    const { consents } = JSON.parse(run.stdout) as {
      consents: {
        id: string;
        person: string;
        audience: string;
        attribution: string;
        state: { state: string; when?: string };
        entries: Record<string, number>;
      }[];
    };
    const byId = new Map(consents.map((c) => [c.id, c]));
    expect(consents).toHaveLength(readdirSync(join(content, 'consent')).length);
    expect(byId.get('henrietta-szymborska-pike-2023')!.state).toMatchObject({ state: 'revoked', when: '2024-11-04' });
    expect(byId.get('augustin-feldmann-oyelaran-2024')!.state).toMatchObject({ state: 'expired', when: '2026-06-30' });
    expect(byId.get('augustin-feldmann-oyelaran-2025-embargo')!.state).toMatchObject({ state: 'embargoed', when: '2027-06-01' });
    for (const id of [
      'augustin-feldmann-oyelaran-2025',
      'desmond-achterberg-nwosu-2025',
      'henrietta-szymborska-pike-2025',
      'marguerite-okonkwo-halloran-2025',
      'priyanka-vellacott-ruiz-2025',
      'teodoro-brannigan-szabo-2025',
    ]) {
      expect(byId.get(id)!.state.state, id).toBe('active');
    }
    expect(byId.get('teodoro-brannigan-szabo-2025')).toMatchObject({ person: 'teodoro-brannigan-szabo', audience: 'all-staff', attribution: 'role' });
    // The counts agree with a plain reading of the entry files.
    for (const c of consents) {
      const using = entriesUsing(content, c.id);
      const count = (status: string) => using.filter((e) => e.status === status).length;
      expect(c.entries, c.id).toEqual({ published: count('published'), draft: count('draft'), retired: count('retired') });
    }
    expect(byId.get('teodoro-brannigan-szabo-2025')!.entries.draft).toBeGreaterThan(0);
    expect(byId.get('marguerite-okonkwo-halloran-2025')!.entries.retired).toBeGreaterThan(0);
    // People ids only: the list never shows a name.
    expect(run.stdout).not.toMatch(/Henrietta|Szymborska-Pike,|Marguerite /);
  });

  it('prints a table, and flags a consent expiring within 60 days', () => {
    const run = consent(content, ['list', '--date', '2026-05-15']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^id +person +audience +attribution +state +entries$/m);
    expect(run.stdout).toMatch(/^augustin-feldmann-oyelaran-2024 +augustin-feldmann-oyelaran +all-staff +named +expiring 2026-06-30 \(in 46 days\) +\S/m);
    expect(run.stdout).toMatch(/^henrietta-szymborska-pike-2023 +henrietta-szymborska-pike +all-staff +named +revoked 2024-11-04 +\S/m);
    expect(run.stdout).toMatch(/^teodoro-brannigan-szabo-2025 +.* active +\d+ published, \d+ draft$/m);
    expect(consent(content, ['list', '--date', 'tomorrow']).status).toBe(2);
  });

  it('consentState judges like the gate: revoked first, expiry on its day, embargo until its day', () => {
    const c = (over: Partial<Consent>) => consentSchema.parse({ person: 'p', given: '2025-01-01', audience: 'all-staff', attribution: 'named', ...over });
    expect(consentState(c({ expires: today }), today).state).toBe('expired');
    expect(consentState(c({ expires: '2026-11-24' }), today)).toMatchObject({ state: 'expiring', daysLeft: 1 });
    expect(consentState(c({ expires: '2027-01-23' }), today).state).toBe('active');
    expect(consentState(c({ embargoUntil: today }), today).state).toBe('active');
    expect(consentState(c({ given: '2026-12-01' }), today)).toMatchObject({ state: 'embargoed', when: '2026-12-01' });
    expect(consentState(c({ revoked: '2026-01-01', expires: '2025-06-01' }), today)).toMatchObject({ state: 'revoked', when: '2026-01-01' });
  });
});

describe('consent new', { timeout: 30_000 }, () => {
  it('with every required flag, writes a valid record without asking anything', () => {
    const content = copyContent();
    const run = consent(content, [
      'new',
      '--person',
      'priyanka-vellacott-ruiz',
      '--given',
      '2026-10-05',
      '--audience',
      'leaders',
      '--attribution',
      'role',
      '--kinds',
      'story,insight',
      '--expires',
      '2028-10-05',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const file = consentFile(content, 'priyanka-vellacott-ruiz-2026');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Consent record `priyanka-vellacott-ruiz-2026`, created with `npm run consent -- new` on 2026-11-23\./);
    expect(text).toContain('kinds: [story, insight]\n');
    expect(consentSchema.parse(parse(text))).toEqual({
      person: 'priyanka-vellacott-ruiz',
      given: '2026-10-05',
      audience: 'leaders',
      attribution: 'role',
      kinds: ['story', 'insight'],
      expires: '2028-10-05',
    });
    expect(readContent(content).problems.filter((p) => p.file.includes('consent/'))).toEqual([]);

    // The default id is suffixed when taken; all kinds means no `kinds` field.
    const second = consent(content, [
      'new',
      '--person',
      'priyanka-vellacott-ruiz',
      '--given',
      '2026-11-01',
      '--audience',
      'all-staff',
      '--attribution',
      'anonymous',
      '--kinds',
      'story,advice,insight',
    ]);
    expect(second.status, second.stderr).toBe(0);
    expect(consentSchema.parse(parse(readFileSync(consentFile(content, 'priyanka-vellacott-ruiz-2026-2'), 'utf8')))).not.toHaveProperty('kinds');
  });

  it('refuses an existing id, an unknown person or audience (exit 1), and writes nothing', () => {
    const content = copyContent();
    const before = snapshot(content);
    const taken = consent(content, [
      'new',
      '--person',
      'priyanka-vellacott-ruiz',
      '--given',
      '2026-10-05',
      '--audience',
      'leaders',
      '--attribution',
      'role',
      '--id',
      'priyanka-vellacott-ruiz-2025',
    ]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/A consent record `priyanka-vellacott-ruiz-2025` already exists/);
    const unknown = consent(content, ['new', '--person', 'priyanka-velacott-ruiz', '--given', '2026-10-05', '--audience', 'leader', '--attribution', 'role']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no person `priyanka-velacott-ruiz`.*Did you mean `priyanka-vellacott-ruiz`\?/);
    expect(unknown.stderr).toMatch(/Audience `leader` is not one of the site's audiences.*Did you mean `leaders`\?/);
    expect(snapshot(content)).toEqual(before);
  });

  it('without a terminal, missing required flags are a usage error naming them; bad values too (exit 2)', () => {
    const content = copyContent();
    const before = snapshot(content);
    const missing = consent(content, ['new', '--person', 'priyanka-vellacott-ruiz']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Missing `--given`, `--audience`, `--attribution`\. Give them as flags, or run the command in a terminal to be asked\./);
    const bad = consent(content, [
      'new',
      '--person',
      'priyanka-vellacott-ruiz',
      '--given',
      '2026-10-05',
      '--audience',
      'leaders',
      '--attribution',
      'full',
      '--kinds',
      'story,tip',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/`attribution` is `full`; expected one of `named`, `role`, `anonymous`/);
    expect(bad.stderr).toMatch(/`kinds\.1` is `tip`; expected one of `story`, `advice`, `insight`/);
    const order = consent(content, [
      'new',
      '--person',
      'priyanka-vellacott-ruiz',
      '--given',
      '2026-10-05',
      '--audience',
      'leaders',
      '--attribution',
      'role',
      '--expires',
      '2026-10-01',
    ]);
    expect(order.status).toBe(2);
    expect(order.stderr).toMatch(/`expires` \(2026-10-01\) must be after `given` \(2026-10-05\)/);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('markRevoked', () => {
  it('adds `revoked` before `notes`, or at the end, keeping everything else byte for byte', () => {
    const source =
      '# header\nperson: p # who\ngiven: 2025-01-01\naudience: all-staff\nattribution: named\nkinds: [story, advice]\nnotes: Long notes that run past eighty characters should stay on their one line, unfolded, as written.\n';
    expect(markRevoked(source, today)).toBe(source.replace('notes:', `revoked: ${today}\nnotes:`));
    const bare = 'person: p\ngiven: 2025-01-01\naudience: all-staff\nattribution: named\n';
    expect(markRevoked(bare, today, 'Moved on.')).toBe(`${bare}revoked: ${today}\nnotes: "${today}: consent withdrawn: Moved on."\n`);
  });
});
