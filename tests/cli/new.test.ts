import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, readEntry } from '../../src/lib/read/index.ts';
import { projectRoot } from '../support/build.ts';

let work: string;
let content: string;

/** Runs `npm run new` as a script or CI would: stdin is a pipe, so not a terminal. */
function runNew(...args: string[]) {
  return spawnSync(process.execPath, [join(projectRoot, 'scripts/new.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TACIT_CONTENT_DIR: content, NO_COLOR: '1' },
  });
}

const entryFiles = () =>
  readdirSync(join(content, 'entries'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

const pricing = [
  '--kind',
  'advice',
  '--summary',
  'When a buyer asks for a discount, ask what they can give in return.',
  '--consent',
  'desmond-achterberg-nwosu-2025',
];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tacit-new-'));
  content = join(work, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new, without a terminal', () => {
  it("writes a valid draft into the first topic's top-concept folder and says what to do next", () => {
    const run = runNew(
      ...pricing,
      '--title',
      'Ask what the buyer can give',
      '--topics',
      'sales/negotiation/pricing,haggling',
      '--stages',
      'first-time-manager',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const path = join(content, 'entries/sales/ask-what-the-buyer-can-give.mdx');
    expect(run.stdout).toContain('entries/sales/ask-what-the-buyer-can-give.mdx');
    expect(run.stdout).toMatch(/Next steps:[\s\S]*npm run check[\s\S]*pull request/);

    const text = readFileSync(path, 'utf8');
    const read = readEntry(text, 'x.mdx');
    expect(read.problems).toEqual([]);
    expect(read.data).toMatchObject({
      title: 'Ask what the buyer can give',
      kind: 'advice',
      status: 'draft',
      topics: ['sales/negotiation/pricing', 'sales/negotiation'],
      mentor: 'desmond-achterberg-nwosu',
      stages: ['first-time-manager'],
    });
    // Nobody has reviewed a scaffold: no date may show it as "Reviewed this month".
    expect(read.data?.reviewed).toBeUndefined();
    expect(text).toContain('topics: [sales/negotiation/pricing, sales/negotiation]');
    expect(text).toMatch(/\n\nReplace this paragraph[^\n]+\n\n<Quote at="00:00:00">\n[^\n]+\n<\/Quote>\n$/);

    // The whole knowledge base still reads cleanly, and the draft is in it.
    const all = readContent(content);
    expect(all.problems.filter((p) => p.file.endsWith('ask-what-the-buyer-can-give.mdx'))).toEqual([]);
    expect(all.entries.some((e) => e.slug === 'ask-what-the-buyer-can-give')).toBe(true);
    expect(existsSync(`${path}.tmp`) || readdirSync(join(content, 'entries/sales')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('suffixes a slug taken in any folder, and never overwrites', () => {
    const before = readFileSync(join(content, 'entries/sales/never-discount-without-a-trade.mdx'), 'utf8');
    // The title's slug is taken in sales/; the draft goes to leadership/ and still may not reuse it.
    const run = runNew(...pricing, '--title', 'Never discount without a trade', '--topics', 'leadership/feedback');
    expect(run.status).toBe(0);
    expect(existsSync(join(content, 'entries/leadership/never-discount-without-a-trade-2.mdx'))).toBe(true);
    expect(readFileSync(join(content, 'entries/sales/never-discount-without-a-trade.mdx'), 'utf8')).toBe(before);
    expect(runNew(...pricing, '--title', 'Never discount without a trade', '--topics', 'pricing').status).toBe(0);
    expect(existsSync(join(content, 'entries/sales/never-discount-without-a-trade-3.mdx'))).toBe(true);
  });

  it('refuses a --slug that is taken, naming the file and a free one', () => {
    const files = entryFiles();
    const run = runNew(...pricing, '--title', 'Anything', '--topics', 'pricing', '--slug', 'never-discount-without-a-trade');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('never-discount-without-a-trade.mdx');
    expect(run.stderr).toContain('`never-discount-without-a-trade-4`');
    expect(entryFiles()).toEqual(files);
  });

  it('errors for an unknown topic, person or consent with a did-you-mean, and writes nothing', () => {
    const files = entryFiles();
    const run = runNew(
      '--kind',
      'advice',
      '--title',
      'T',
      '--summary',
      'One sentence.',
      '--topics',
      'sales/negotation,pricng',
      '--mentor',
      'desmond',
      '--consent',
      'desmond-achterberg-nwosu-2052',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No topic `sales/negotation` in `content/taxonomy.yaml`. Did you mean `sales/negotiation`?');
    expect(run.stderr).toContain('No topic `pricng`');
    expect(run.stderr).toContain('Did you mean `sales/negotiation/pricing` (pricing)?');
    expect(run.stderr).toContain('No person `desmond` in `content/people/`. Did you mean `desmond-achterberg-nwosu`?');
    expect(run.stderr).toContain('No consent record `desmond-achterberg-nwosu-2052`');
    expect(run.stderr).toContain('Did you mean `desmond-achterberg-nwosu-2025`?');
    expect(entryFiles()).toEqual(files);
  });

  it('is a usage error naming every missing flag when it cannot ask', () => {
    const files = entryFiles();
    const run = runNew('--kind', 'story', '--title', 'Something that happened');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Missing `--summary`, `--topics`, `--mentor`, `--consent`: this is not a terminal');
    expect(run.stderr).toContain('Usage: npm run new');
    expect(entryFiles()).toEqual(files);
    expect(runNew('--colour').status).toBe(2);
  });

  it('refuses a revoked consent and one given by someone else; warns when the consent leaves out the kind', () => {
    const revoked = runNew('--kind', 'story', '--title', 'T', '--summary', 'S.', '--topics', 'operations', '--consent', 'henrietta-szymborska-pike-2023');
    expect(revoked.status).toBe(1);
    expect(revoked.stderr).toContain('was revoked on 2024-11-04');
    expect(revoked.stderr).toContain('`henrietta-szymborska-pike-2025`');
    const other = runNew(...pricing, '--title', 'T', '--topics', 'pricing', '--mentor', 'priyanka-vellacott-ruiz');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('not by the mentor `priyanka-vellacott-ruiz`');
    const advice = runNew(
      '--kind',
      'advice',
      '--title',
      'Page the person who can fix it',
      '--summary',
      'Page whoever can fix it, not whoever is on the rota.',
      '--topics',
      'engineering/incidents',
      '--consent',
      'priyanka-vellacott-ruiz-2025',
    );
    expect(advice.status).toBe(0);
    expect(advice.stderr).toContain('warning: Consent `priyanka-vellacott-ruiz-2025` covers `story`, `insight` only, not `advice`');
  });

  it('prints its help', () => {
    const run = runNew('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--topics <a,b>');
  });
});
