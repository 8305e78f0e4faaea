import { describe, expect, it } from 'vitest';
import { showsRisk } from '../../src/lib/gate/pages.ts';
import { siteConfigSchema } from '../../src/lib/schema/site.ts';

describe('askUrl in site.yaml', () => {
  it('takes a URL with `{query}` where the search goes, and is optional', () => {
    const url = 'https://github.com/acme/kb/issues/new?title={query}&body={filters}';
    expect(siteConfigSchema.parse({ askUrl: url }).askUrl).toBe(url);
    expect(siteConfigSchema.parse({}).askUrl).toBeUndefined();
  });
  it('refuses a URL without `{query}`, and text that is not a URL, saying what it expects', () => {
    const noQuery = siteConfigSchema.safeParse({ askUrl: 'https://github.com/acme/kb/issues/new' });
    expect(noQuery.error?.issues.map((i) => i.message)).toEqual(['expected a URL with `{query}` in its query string, e.g. `…/issues/new?title={query}`']);
    expect(siteConfigSchema.safeParse({ askUrl: 'ask Ottoline' }).success).toBe(false);
  });
  it('refuses a script or data URL, and a query that would choose the host or path', () => {
    for (const askUrl of [
      'javascript:alert(document.cookie)//?{query}',
      'data:text/html,?{query}',
      'https://{query}.evil.example/?q=1',
      'https://kb.example/{query}',
    ])
      expect(siteConfigSchema.safeParse({ askUrl }).success, askUrl).toBe(false);
  });
});

describe('riskAudience in site.yaml', () => {
  const audiences = ['public', 'all-staff', 'leaders'];
  it('gives the at-risk page to that audience and the narrower ones; by default to all but the widest', () => {
    expect(audiences.map((a) => showsRisk({ audiences }, a))).toEqual([false, true, true]);
    expect(audiences.map((a) => showsRisk({ audiences, riskAudience: 'leaders' }, a))).toEqual([false, false, true]);
    // With one audience it is the widest: no edition has the page unless riskAudience names it.
    expect(showsRisk({ audiences: ['everyone'] }, 'everyone')).toBe(false);
    expect(showsRisk({ audiences: ['everyone'], riskAudience: 'everyone' }, 'everyone')).toBe(true);
  });
  it('must be one of the audiences', () => {
    const wrong = siteConfigSchema.safeParse({ audiences, riskAudience: 'board' });
    expect(wrong.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'riskAudience: expected one of the audiences above: `public`, `all-staff`, `leaders`',
    ]);
  });
});
