import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSample, projectRoot } from '../support/build.ts';

const work = mkdtempSync(join(tmpdir(), 'tacit-no-repo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('edit and report links', () => {
  // One real build, the way a site without a repository is built; the links with a repository are the
  // builders' output above, and the sample (which sets one) shows them in every other build.
  it('shows neither link in a build without a repository', { timeout: 120_000 }, () => {
    // A copy named `content`, as in a repository, without the sample's `repository:` line, nor the
    // `askUrl:` that points at the same repository's issues.
    const without = join(work, 'without-repo', 'content');
    cpSync(join(projectRoot, 'content'), without, { recursive: true });
    const settings = readFileSync(join(without, 'site.yaml'), 'utf8');
    expect(settings).toMatch(/^repository: /m);
    expect(settings).toMatch(/^askUrl: /m);
    writeFileSync(join(without, 'site.yaml'), settings.replace(/^(repository|askUrl):.*$/gm, ''));
    const out = join(work, 'dist-without');
    buildSample({ outDir: out, contentDir: without });
    const pages = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const text = readFileSync(join(out, page), 'utf8');
      expect(text, page).not.toContain('Edit this entry');
      expect(text, page).not.toContain('Report a problem');
      expect(text, page).not.toContain('/issues/new');
      expect(text, page).not.toContain('.mdx');
      expect(text, page).not.toContain('data-ask');
    }
  });
});
