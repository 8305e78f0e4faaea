import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { askForEntry, type Prompter } from '../../src/lib/contribute/ask.ts';
import { makeCatalog, searchTopics, topConcept } from '../../src/lib/contribute/catalog.ts';
import { draftText, planDraft } from '../../src/lib/contribute/draft.ts';
import { checkScaffold, scaffoldSentences } from '../../src/lib/check/scaffold.ts';
import type { CommandError } from '../../src/lib/command-error.ts';
import { resolveRequest, resolveTopic } from '../../src/lib/contribute/resolve.ts';
import { writeNewFile } from '../../src/lib/contribute/write.ts';
import { readContent, readEntry } from '../../src/lib/read/index.ts';
import { buildSite } from '../../src/lib/site/model.ts';
import { editUrl, reportUrl } from '../../src/lib/site/links.ts';
import { pathRevealsMentor, repoPath } from '../../src/lib/site/source.ts';
import { projectRoot, testDate } from '../support/build.ts';

const today = new Date().toISOString().slice(0, 10);
let work: string;
let content: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tacit-new-'));
  content = join(work, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the new-entry logic', () => {
  const catalog = () => makeCatalog(readContent(join(projectRoot, 'content')), join(projectRoot, 'content'));

  it('completes topics from labels, synonyms and ids, best match first', () => {
    const c = catalog();
    expect(searchTopics(c, 'haggl')[0]).toMatchObject({ value: 'sales/negotiation', name: 'Negotiation (haggling)' });
    expect(searchTopics(c, 'pricing')[0]?.value).toBe('sales/negotiation/pricing');
    expect(searchTopics(c, 'sales/ten')[0]?.value).toBe('sales/tenders');
    expect(searchTopics(c, undefined).length).toBe(c.topics.length);
    expect(searchTopics(c, '', ['sales']).some((t) => t.value === 'sales')).toBe(false);
    expect(resolveTopic(c, 'Bargaining')).toBe('sales/negotiation');
    expect(topConcept(c, 'leadership/feedback/one-on-ones')).toBe('leadership');
  });

  it('reports every bad value at once, exit 1; missing ones are exit 2', () => {
    const c = catalog();
    const error = (raw: Parameters<typeof resolveRequest>[1]) => {
      try {
        resolveRequest(c, raw);
      } catch (e) {
        return e as CommandError;
      }
      throw new Error('expected an error');
    };
    const bad = error({ kind: 'advise', title: 'x'.repeat(121), summary: 'One. Two.', topics: ['sales'], consent: 'desmond-achterberg-nwosu-2025' });
    expect(bad.exitCode).toBe(1);
    expect(bad.message.split('\n')).toHaveLength(3);
    expect(bad.message).toContain('Did you mean `advice`?');
    expect(error({ kind: 'story' }).exitCode).toBe(2);
  });

  it('asks for what the flags leave out, with topic completion, and fills the mentor from the consent', async () => {
    const asked: string[] = [];
    const prompter: Prompter = {
      input: async (message, validate) => {
        asked.push(message);
        expect(validate('')).toMatch(/empty/);
        return message.startsWith('Title') ? 'Hold the line on payment terms' : 'Shorter payment terms are worth more than a rate increase.';
      },
      select: async (message, choices) => {
        asked.push(message);
        return message.startsWith('Kind') ? 'advice' : choices[0]!.value;
      },
      search: async (message, source) => {
        asked.push(message);
        if (message.startsWith('Another')) return source(undefined)[0]!.value; // "Done"
        return source('pricing')[0]!.value;
      },
      checkbox: async (message) => {
        asked.push(message);
        return [];
      },
      confirm: async () => true,
    };
    const request = await askForEntry(catalog(), { consent: 'desmond-achterberg-nwosu-2025' }, prompter, () => {}, today);
    expect(request).toMatchObject({
      kind: 'advice',
      topics: ['sales/negotiation/pricing'],
      mentor: 'desmond-achterberg-nwosu',
      consent: 'desmond-achterberg-nwosu-2025',
      stages: [],
    });
    expect(asked.map((m) => m.split(' ')[0])).toEqual(['Kind', 'Title', 'Summary', 'Topic', 'Another', 'Career']);
  });

  it('offers only consents in force and stops when a mentor has none', async () => {
    const c = catalog();
    const seen: string[][] = [];
    const prompter: Prompter = {
      input: async () => 'A title',
      select: async (message, choices) => {
        seen.push(choices.map((x) => x.value));
        return message.startsWith('Mentor') ? 'henrietta-szymborska-pike' : choices[0]!.value;
      },
      search: async () => 'operations',
      checkbox: async () => [],
      confirm: async () => true,
    };
    await askForEntry(c, { kind: 'story', summary: 'One sentence.', topics: ['operations'] }, prompter, () => {}, today);
    expect(seen.at(-1)).toEqual(['henrietta-szymborska-pike-2025']);
    expect(seen[0]!.length).toBe(c.content.people.size);
  });

  it('never writes over an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tacit-write-'));
    const path = join(dir, 'a', 'x.mdx');
    writeNewFile(path, 'one');
    expect(() => writeNewFile(path, 'two')).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(readdirSync(join(dir, 'a'))).toEqual(['x.mdx']);
    rmSync(dir, { recursive: true });
  });

  it('plans a draft that passes readEntry, for titles YAML would misread', () => {
    const c = catalog();
    for (const title of ['Yes: no', '"Quoted" and #hashed', 'null', '2025-01-01', '- dash first']) {
      const plan = planDraft(
        c,
        {
          kind: 'insight',
          title,
          summary: 'It holds.',
          topics: ['strategy'],
          mentor: 'augustin-feldmann-oyelaran',
          consent: 'augustin-feldmann-oyelaran-2025',
          stages: [],
        },
        today,
      );
      expect(plan.data.title).toBe(title);
      expect(readEntry(draftText({ ...plan.data, folder: undefined, slug: undefined }), 'x.mdx').problems).toEqual([]);
    }
  });
});

describe('a scaffold is never published as it stands', () => {
  const request = {
    title: 'Ask what the buyer can give',
    kind: 'advice' as const,
    summary: 'Trade, never discount.',
    topics: ['sales'],
    mentor: 'desmond-achterberg-nwosu',
    consent: 'desmond-achterberg-nwosu-2025',
    stages: [],
  };

  it('writes no review date, and holds every sentence check looks for', () => {
    const text = draftText(request);
    expect(readEntry(text, 'x.mdx').data?.reviewed).toBeUndefined();
    for (const sentence of scaffoldSentences) expect(text).toContain(sentence);
  });

  it('is refused by check once published, at the scaffold sentence, and allowed as a draft', () => {
    const published = readEntry(draftText(request).replace('status: draft', 'status: published'), 'x.mdx');
    const findings = checkScaffold('x.mdx', published.data!, published.tree!);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual(['11:1 error scaffold-text', '14:1 error scaffold-text']);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"The entry is \`published\` but still holds the scaffold's \`Replace this paragraph with the story, advice or insight…\`. Replace it with the mentor's knowledge (and the quote with their own words), or set \`status: draft\` until then."`,
    );
    const draft = readEntry(draftText(request), 'x.mdx');
    expect(checkScaffold('x.mdx', draft.data!, draft.tree!)).toEqual([]);
  });
});

describe('edit and report links', () => {
  const config = { repository: 'https://github.com/acme/knowledge/', branch: 'main' };

  it('builds the edit URL from the repository, branch and repo-relative path', () => {
    expect(editUrl(config, 'content/entries/sales/walk-away-price.mdx')).toBe(
      'https://github.com/acme/knowledge/edit/main/content/entries/sales/walk-away-price.mdx',
    );
    expect(editUrl({ repository: 'https://github.com/acme/knowledge.git', branch: 'release/2026' }, 'content/entries/a b.mdx')).toBe(
      'https://github.com/acme/knowledge/edit/release/2026/content/entries/a%20b.mdx',
    );
    expect(editUrl({ branch: 'main' }, 'content/entries/x.mdx')).toBeUndefined();
    expect(editUrl(config, undefined)).toBeUndefined();
  });

  it('prefills a new issue with the page URL, and the slug on entry pages', () => {
    const url = new URL(reportUrl(config, { url: 'https://kb.example.com/entries/walk-away-price/', slug: 'walk-away-price' })!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/knowledge/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem with entry `walk-away-price`');
    expect(url.searchParams.get('body')).toContain('Page: https://kb.example.com/entries/walk-away-price/\nEntry: `walk-away-price`');
    const page = new URL(reportUrl(config, { url: 'https://kb.example.com/topics/sales/' })!);
    expect(page.searchParams.get('title')).toBe('Problem on /topics/sales/');
    expect(page.searchParams.get('body')).not.toContain('Entry:');
    expect(reportUrl({ branch: 'main' }, { url: 'https://kb.example.com/' })).toBeUndefined();
  });

  it('makes entry paths relative to the repository root, wherever the command runs', () => {
    expect(repoPath('content/entries/sales/x.mdx', projectRoot)).toBe('content/entries/sales/x.mdx');
    expect(repoPath('../content/entries/sales/x.mdx', join(projectRoot, 'src'))).toBe('content/entries/sales/x.mdx');
    // A content copy outside any repository is named from the folder that holds entries/.
    expect(repoPath(join(work, 'content/entries/sales/x.mdx'), '/')).toBe('content/entries/sales/x.mdx');
  });

  it('gives published entries a source, and none whose path would name a mentor kept unnamed', () => {
    const sample = readContent(join(projectRoot, 'content'));
    const site = buildSite(sample, { audience: 'all-staff', today: testDate, base: '/' });
    const pricing = site.bySlug.get('never-discount-without-a-trade')!;
    expect(pricing.source).toBe('content/entries/sales/never-discount-without-a-trade.mdx');
    // The sample sets a repository, so its entry pages link here.
    expect(editUrl(site.config, pricing.source)).toBe(
      'https://github.com/example/tacit-knowledge/edit/main/content/entries/sales/never-discount-without-a-trade.mdx',
    );
    expect(site.entries.every((e) => e.source?.startsWith('content/entries/'))).toBe(true);
    const person = { name: 'Priyanka Vellacott-Ruiz', role: 'Principal Engineer' };
    const anonymous = { mode: 'anonymous', label: 'A mentor' } as const;
    expect(pathRevealsMentor('content/entries/priyanka-vellacott-ruiz/x.mdx', 'priyanka-vellacott-ruiz', person, anonymous)).toBe(true);
    expect(pathRevealsMentor('content/entries/ruiz/x.mdx', 'priyanka-vellacott-ruiz', person, anonymous)).toBe(true);
    expect(pathRevealsMentor('content/entries/engineering/x.mdx', 'priyanka-vellacott-ruiz', person, anonymous)).toBe(false);
    expect(
      pathRevealsMentor('content/entries/priyanka-vellacott-ruiz/x.mdx', 'priyanka-vellacott-ruiz', person, {
        mode: 'named',
        personId: 'p',
        name: 'n',
        role: 'r',
        label: 'l',
      }),
    ).toBe(false);
  });
});

describe('the site workflow', () => {
  const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/site.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<
      string,
      {
        needs?: string | string[];
        if?: string;
        permissions?: Record<string, string>;
        steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
        strategy?: { matrix: { audience: string[] } };
      }
    >;
  };

  it('runs on pull requests and pushes to main, read-only by default', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('chains check → test → build → deploy, and deploys only on a push to main', () => {
    const { check, test, build, deploy } = workflow.jobs;
    expect(check?.needs).toBeUndefined();
    expect(test?.needs).toBe('check');
    expect(build?.needs).toBe('test');
    expect(deploy?.needs).toBe('build');
    expect(deploy?.if).toBe("github.ref == 'refs/heads/main' && github.event_name == 'push'");
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.steps.map((s) => s.uses?.split('@')[0])).toContain('actions/deploy-pages');
    // GitHub Pages is public: only the public edition may be deployed there.
    expect(deploy?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))?.with?.name).toBe('site-public');
  });

  it('uses no secrets, installs the locked versions and builds every audience of the site settings', () => {
    const text = readFileSync(join(projectRoot, '.github/workflows/site.yml'), 'utf8');
    expect(text).not.toMatch(/secrets\./);
    for (const job of Object.values(workflow.jobs).filter((j) => j.steps.some((s) => s.run?.startsWith('npm')))) {
      expect(job.steps.some((s) => s.run === 'npm install --no-save --no-audit --no-fund')).toBe(true);
    }
    const settings = parse(readFileSync(join(projectRoot, 'content/site.yaml'), 'utf8')) as { audiences: string[] };
    expect(workflow.jobs.build?.strategy?.matrix.audience).toEqual(settings.audiences);
  });
});
