import { z } from 'zod';
import { slugId } from './primitives.ts';

/** `content/site.yaml`: the one place that says who the site is for and how it is titled. */
export const siteConfigSchema = z
  .strictObject({
    /** The site's name in the header, titles and feed. */
    title: z.string().trim().min(1).default('Tacit'),
    /** The organisation whose knowledge this is. */
    organisation: z.string().trim().min(1).default('Our organisation'),
    /** One sentence shown on the home page and in the feed. */
    description: z.string().trim().default('What our experienced people know, in their own words.'),
    /** The absolute URL the site is served from; feeds and the sitemap need it. */
    url: z.url().default('http://localhost:4321'),
    /** Audiences from widest to narrowest; a consent for one audience also covers every narrower one. */
    audiences: z.array(slugId).min(1).default(['public', 'all-staff', 'leaders']),
    /** The audience a build targets when `TACIT_AUDIENCE` is not set. */
    defaultAudience: slugId.default('all-staff'),
    /** The repository's web URL (e.g. `https://github.com/acme/knowledge`); enables "Edit this entry" and "Report a problem" links. */
    repository: z.url().optional(),
    /**
     * Where "Ask a mentor about this" on the search page goes, e.g. a new-issue form: `{query}` becomes
     * what the reader searched for and `{filters}` the filters in use, both URL-encoded. Leave it out and
     * the link does not appear.
     */
    askUrl: z
      .url({ protocol: /^https?$/, error: 'expected a web address (`https://…`) with `{query}` where the search goes' })
      // In the query or fragment only: a query in the host or path could send readers anywhere.
      .refine((url) => /[?#].*\{query\}/.test(url), { error: 'expected a URL with `{query}` in its query string, e.g. `…/issues/new?title={query}`' })
      .optional(),
    /**
     * Splits the search index into this many parts by a stable hash of each entry's URL. A rebuild indexes
     * again only the parts whose entries changed, and each part's indexer holds only its part; each part
     * adds about 25 KB to every query, since Pagefind loads at least one chunk of each. Worth it for large
     * knowledge bases that rebuild often (README, "Performance").
     */
    searchShards: z.number().int().min(1).max(32).default(1),
    /** The branch edit links point at. */
    branch: z.string().trim().min(1).default('main'),
    /** An entry not reviewed for this many months is stale: a badge on the site and a `check` warning. */
    staleAfterMonths: z.number().int().positive().default(18),
    /**
     * The widest audience whose edition has the "Knowledge at risk" page (narrower ones have it too). The
     * page says which named mentors are leaving and when, which consent to publish knowledge does not cover
     * for everyone: by default every audience but the widest sees it.
     */
    riskAudience: slugId.optional(),
    /** Knowledge is at risk when every mentor behind a topic leaves within this many months. */
    riskHorizonMonths: z.number().int().positive().default(12),
    /**
     * Images from other servers. A remote image tells its server who read the page and when (a tracking
     * pixel), so none loads unless its host is listed; the others render as their alt text and check refuses them.
     */
    remoteImages: z
      .strictObject({
        /** Hosts whose images may load, subdomains included, e.g. `images.example.com`. */
        allow: z
          .array(
            z
              .string()
              .trim()
              .toLowerCase()
              .regex(/^[a-z0-9.-]+$/, { error: 'expected a host name such as `images.example.com`, without `https://` or a path' }),
          )
          .default([]),
      })
      .default({ allow: [] }),
  })
  .superRefine((config, ctx) => {
    if (config.riskAudience !== undefined && !config.audiences.includes(config.riskAudience))
      ctx.addIssue({
        code: 'custom',
        path: ['riskAudience'],
        message: `expected one of the audiences above: ${config.audiences.map((a) => `\`${a}\``).join(', ')}`,
      });
  });
export type SiteConfig = z.infer<typeof siteConfigSchema>;
