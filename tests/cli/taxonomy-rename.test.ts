import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/files.ts';
import { runScript } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/taxonomy-edit');
const inputDir = join(fixtures, 'input');

const work = mkdtempSync(join(tmpdir(), 'tacit-taxonomy-edit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the fixture content folder: tests never write into the repository. */
function copyContent(): string {
  const dir = join(work, `copy-${++copies}`);
  cpSync(inputDir, dir, { recursive: true });
  return join(dir, 'content');
}

describe('npm run taxonomy -- rename, the real command', { timeout: 30_000 }, () => {
  const cli = (cwd: string, ...args: string[]) => runScript('taxonomy', args, { TACIT_CONTENT_DIR: 'content', NO_COLOR: '1' }, cwd);

  it('--dry-run prints the diff and writes nothing', () => {
    const content = copyContent();
    const before = snapshot(content);
    const run = cli(join(content, '..'), 'rename', 'leadership/feedback', 'leadership/conversations', '--no-redirect', '--dry-run');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(snapshot(content)).toEqual(before);
    expect(run.stdout).toMatchInlineSnapshot(`
      "--- a/content/taxonomy.yaml
      +++ b/content/taxonomy.yaml
      @@ -50,15 +50,15 @@
           steward: dana-whitfield
       
       
      -  - id: leadership/feedback
      +  - id: leadership/conversations
           label: Feedback
           altLabels: [critique]
           broader: [leadership]
           related: [sales/negotiation]   # related across trees
      -  - id: leadership/feedback/one-on-ones
      +  - id: leadership/conversations/one-on-ones
           label: One-on-ones
           altLabels: ["1:1s", one-to-ones]
      -    broader: [leadership/feedback]
      +    broader: [leadership/conversations]
         - id: leadership/hiring
           label: Hiring
           broader: [leadership]
      --- a/content/entries/leadership/weekly-one-on-ones.mdx
      +++ b/content/entries/leadership/weekly-one-on-ones.mdx
      @@ -2,7 +2,7 @@
       title: Keep the weekly one-on-one
       kind: advice
       summary: Cancelling one-on-ones saves an hour and costs a team.
      -topics: [leadership/feedback/one-on-ones, leadership/feedback]
      +topics: [leadership/conversations/one-on-ones, leadership/conversations]
       mentor: dana-whitfield   # mentor
       consent: dana-whitfield-2025
       status: published
      Dry run: nothing was written; 2 files would change.
      Renamed \`leadership/feedback\` to \`leadership/conversations\`, and 1 concept below it (\`leadership/feedback/one-on-ones\` to \`leadership/conversations/one-on-ones\`); kept no redirect; rewrote 1 entry.
      Note: Links to the old topic pages will stop working, since no deprecated concept redirects them.
      "
    `);
  });

  it('renames, and exits 1 for an unknown id and 2 for missing arguments', () => {
    const content = copyContent();
    const cwd = join(content, '..');
    const expected = snapshot(join(fixtures, 'rename/expected/content'));

    const unknown = cli(cwd, 'rename', 'sales/negotation', 'sales/dealmaking');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Unknown concept `sales\/negotation`\. Did you mean `sales\/negotiation`\?/);

    const missing = cli(cwd, 'rename', 'sales/negotiation');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Give the old id and the new id, e\.g\. `npm run taxonomy -- rename/);
    expect(missing.stderr).toContain('Usage: npm run taxonomy -- rename <old-id> <new-id>');

    const before = snapshot(content);
    const done = cli(cwd, 'rename', 'sales/negotiation', 'sales/dealmaking', '--json');
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({
      command: 'rename',
      dryRun: false,
      files: ['content/taxonomy.yaml', 'content/entries/sales/decline-the-rfp.mdx', 'content/entries/sales/trade-do-not-discount.mdx'],
      renamed: { 'sales/negotiation': 'sales/dealmaking', 'sales/negotiation/pricing': 'sales/dealmaking/pricing' },
    });
    const after = snapshot(content);
    for (const [file, text] of after) expect(text, file).toBe(expected.get(file) ?? before.get(file));

    // The new id is taken now: nothing more to do, and nothing written.
    const again = cli(cwd, 'rename', 'sales/negotiation', 'sales/dealmaking');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/deprecated: its id is kept only so that old links keep working/);
    expect(snapshot(content)).toEqual(after);
  });
});
