import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/guard/index.ts';
import { readEntry } from '../../src/lib/read/index.ts';
import { renderHtml } from '../../src/lib/render/index.ts';

const root = join(import.meta.dirname, '../fixtures/guard');
const read = (name: string) => {
  const file = `tests/fixtures/guard/${name}/input.mdx`;
  return readEntry(readFileSync(join(root, name, 'input.mdx'), 'utf8'), file);
};

describe('the MDX guard, one fixture folder per case', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as unknown[];
      const { problems } = read(name);
      expect(problems.map(({ line, column, rule }) => ({ line, column, rule }))).toEqual(expected);
      for (const p of problems) expect(p.file).toBe(`tests/fixtures/guard/${name}/input.mdx`);
    });
  }
});

describe('guard messages say what is wrong and how to fix it', () => {
  const messages = (name: string) => read(name).problems.map((p) => p.message);
  it('names the unknown component and suggests the allowed one', () => {
    expect(messages('component-unknown')).toMatchInlineSnapshot(`
      [
        "Unknown component \`<Quot>\`. Entries may use only \`<Quote>\` and \`<Aside>\`. Did you mean \`Quote\`?",
        "Unknown component \`<Chart>\`. Entries may use only \`<Quote>\` and \`<Aside>\`.",
      ]
    `);
  });
  it('explains why script is refused', () => {
    expect(messages('html-script')).toMatchInlineSnapshot(`
      [
        "\`<script>\` is not allowed in entries: it can run code or embed other content. Remove it; describe the material in words or link to it.",
      ]
    `);
  });
  it('quotes the expression and how to escape braces', () => {
    expect(messages('expression-text')).toMatchInlineSnapshot(`
      [
        "\`{process.env.API_KEY}\` is a JavaScript expression, which entries may not contain. Remove it, or escape the braces as \`\\{\` and \`\\}\` to show them as text.",
      ]
    `);
  });
  it('names the event handler', () => {
    expect(messages('attribute-event-handler')).toMatchInlineSnapshot(`
      [
        "Event handler \`onmouseover\` on \`<abbr>\` is not allowed: it runs code in the reader's browser. Remove the attribute.",
      ]
    `);
  });
});

describe('rendering what the guard allows', () => {
  it('maps components to fixed HTML and prefixes site links with the base', () => {
    const { tree } = read('allowed-markdown-and-components');
    const html = renderHtml(tree!, { base: '/kb/' });
    expect(html).toContain('<figure class="quote"><blockquote>');
    expect(html).toContain('<time datetime="PT0H12M30S">00:12:30</time>');
    expect(html).toContain('<aside class="aside aside-tip" aria-label="Try this"><p class="aside-title">Try this</p>');
    expect(html).toContain('href="/kb/entries/other/"');
    expect(html).toContain('href="https://example.com" rel="noopener noreferrer"');
    expect(html).toContain('<abbr title="Request for proposal">RFP</abbr>');
    expect(html).not.toMatch(/<script|on\w+=/i);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['/entries/x/', true],
    ['https://example.com', true],
    ['mailto:a@b.c', true],
    ['#top', true],
    ['../x', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
  ])('%j → %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});

describe('links to entries the build does not publish', () => {
  it('are rendered as text, so a withheld slug never reaches a page', () => {
    const { tree } = readEntry(
      '---\ntitle: x\nkind: story\nsummary: x\ntopics: [a]\nmentor: m\nconsent: c\nstatus: published\n---\n\nSee [the deal](/entries/secret-frostmantle-deal/) and [this one](/entries/public-one/#part).\n',
      'x.mdx',
    );
    const html = renderHtml(tree!, { base: '/', linkable: (p) => p === '/entries/public-one/' });
    expect(html).not.toContain('frostmantle');
    expect(html).toContain('<span>the deal</span>');
    expect(html).toContain('<a href="/entries/public-one/#part">this one</a>');
  });
});

describe('parsing without GFM when a body cannot contain it', () => {
  it('gives the same tree as parsing with GFM', async () => {
    const { parseBody } = await import('../../src/lib/read/body.ts');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkMdx = (await import('remark-mdx')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const body = '# Heading\n\nSome *text*, a [link](/entries/x/) and a list:\n\n- one\n- two\n\n<Quote at="00:01:00">\nWords.\n</Quote>\n';
    const gfm = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
    expect(parseBody(body, 'x.mdx', 0).tree).toEqual(gfm.runSync(gfm.parse(body)));
  });
  it('still reads GFM where a body uses it', async () => {
    const { parseBody } = await import('../../src/lib/read/body.ts');
    const tree = parseBody('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~ and www.example.com\n', 'x.mdx', 0).tree!;
    expect(tree.children.map((n) => n.type)).toEqual(['table', 'paragraph']);
  });
});
