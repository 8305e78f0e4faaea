import { z } from 'zod';
import { isoDate } from './primitives.ts';

const digest = z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected a 16-character digest written by `npm run consent -- revoke`; do not edit it' });

/**
 * `content/tombstones/<digest>.yaml`: what a revoked consent took off the site. Only digests and dates,
 * never a name, role or text, so the repository keeps no personal data of someone who withdrew, yet
 * `npm run check` can still refuse their content if a revert or a stale branch brings it back.
 */
export const tombstoneSchema = z.strictObject({
  /** Digest of the revoked consent id (see `tombstoneDigest`). */
  consent: digest,
  /** The day consent was withdrawn. */
  revoked: isoDate,
  /** Digests of the slugs of the entries that were retired. */
  entries: z.array(digest).default([]),
  /** The day the entries left the repository. */
  retired: isoDate,
});
export type Tombstone = z.infer<typeof tombstoneSchema>;
