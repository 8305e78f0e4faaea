import { readTombstones, returningContent } from '../consent/index.ts';
import type { CheckContext } from './run.ts';
import type { Finding } from './types.ts';

/**
 * Content of a revoked consent must stay gone: any entry, whatever its status, under a revoked consent or
 * named in a tombstone fails check, so a revert or a stale branch cannot bring it back unnoticed.
 */
export function checkReturning(ctx: CheckContext): Finding[] {
  const { tombstones, problems } = readTombstones(ctx.contentDir);
  return [...problems, ...returningContent(ctx.content.entries, ctx.content.consents, tombstones)];
}
