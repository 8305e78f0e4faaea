import { createHash } from 'node:crypto';

/** The digest tombstones use for consent ids and entry slugs: the first 16 hex digits of SHA-256. */
export const tombstoneDigest = (id: string): string => createHash('sha256').update(`tacit-tombstone:${id}`).digest('hex').slice(0, 16);
