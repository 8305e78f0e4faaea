import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../src/lib/schema/site.ts';

describe('askUrl in site.yaml', () => {
  it('takes a URL with `{query}` where the search goes, and is optional', () => {
    const url = 'https://github.com/acme/kb/issues/new?title={query}&body={filters}';
    expect(siteConfigSchema.parse({ askUrl: url }).askUrl).toBe(url);
    expect(siteConfigSchema.parse({}).askUrl).toBeUndefined();
  });
  it('refuses a URL without `{query}`, and text that is not a URL, saying what it expects', () => {
    const noQuery = siteConfigSchema.safeParse({ askUrl: 'https://github.com/acme/kb/issues/new' });
    expect(noQuery.error?.issues.map((i) => i.message)).toEqual(['expected a URL with `{query}` where the search goes']);
    expect(siteConfigSchema.safeParse({ askUrl: 'ask Ottoline' }).success).toBe(false);
  });
});
