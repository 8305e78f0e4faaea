// Which entries a review report judges. Knowledge managers review content, not one edition: by default every
// entry marked `published`, whichever audiences its consent reaches; with an audience, exactly the gate's
// published list for that audience.
import { withheldReasons } from '../gate/index.ts';
import type { Content, EntrySource } from '../read/content.ts';
import { buildSite } from '../site/model.ts';

export interface ReviewScope {
  candidates: EntrySource[];
  /** Entries left out on purpose, with the reason (a withdrawn consent is never a reason to contact anyone). */
  leftOut: { slug: string; file: string; reason: string }[];
  /** For candidates no edition publishes today: why, so nobody is asked to polish an entry readers cannot see. */
  notes: Map<string, string>;
}

/** The entries to judge on `today`, for one audience or (when `audience` is undefined) for all of them. */
export function reviewScope(content: Content, today: string, audience?: string): ReviewScope {
  if (audience !== undefined) {
    const site = buildSite(content, { audience, today, base: '/' });
    return { candidates: content.entries.filter((e) => site.bySlug.has(e.slug)), leftOut: [], notes: new Map() };
  }
  const published = content.entries.filter((e) => e.data.status === 'published');
  const revoked = (e: EntrySource) => content.consents.get(e.data.consent)?.revoked !== undefined;
  // The narrowest audience is the widest net: what no edition publishes is withheld there too.
  const narrowest = content.config.audiences.at(-1);
  const notes = new Map<string, string>();
  if (narrowest !== undefined) {
    for (const w of buildSite(content, { audience: narrowest, today, base: '/' }).withheld) {
      notes.set(w.slug, `published in no edition today: ${w.reasons.map((r) => withheldReasons[r]).join(', ')}`);
    }
  }
  return {
    candidates: published.filter((e) => !revoked(e)),
    leftOut: published.filter(revoked).map((e) => ({ slug: e.slug, file: e.file, reason: 'consent revoked' })),
    notes,
  };
}
