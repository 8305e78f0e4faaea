import { existsSync, readdirSync } from 'node:fs';
import { readText } from '../read/text.ts';
import { basename, join } from 'node:path';
import { Document } from 'yaml';
import type { Problem } from '../problems.ts';
import { parseYaml, validate } from '../read/yaml.ts';
import { tombstoneSchema, type Tombstone } from '../schema/index.ts';
import { tombstoneDigest } from '../tombstone.ts';
import { displayPath } from '../text/index.ts';

/** A tombstone as read, with the file it came from so problems can point at it. */
export type TombstoneFile = Tombstone & { file: string };

/** `content/tombstones/<digest of the consent id>.yaml`: one file per revoked consent. */
export const tombstonePath = (contentDir: string, consentId: string): string => join(contentDir, 'tombstones', `${tombstoneDigest(consentId)}.yaml`);

/**
 * The tombstone for a revocation: digests and dates only. When a tombstone for the same consent exists (the
 * record was revoked, then un-revoked by a revert), its entries are kept and its first revocation date wins,
 * so a later revocation can only add to what must never come back.
 */
export function makeTombstone(consentId: string, slugs: readonly string[], revoked: string, retired: string, existing?: Tombstone): Tombstone {
  const entries = new Set([...(existing?.entries ?? []), ...slugs.map(tombstoneDigest)]);
  return {
    consent: tombstoneDigest(consentId),
    revoked: existing && existing.revoked < revoked ? existing.revoked : revoked,
    entries: [...entries].sort(),
    retired,
  };
}

/** The tombstone's file text. The header explains the file without saying anything about whose it is. */
export function tombstoneText(tombstone: Tombstone): string {
  const doc = new Document(tombstone);
  doc.commentBefore = [
    ' Written by `npm run consent -- revoke`: a consent was withdrawn and its entries left the repository.',
    ' Only digests and dates, on purpose. `npm run check` uses them to refuse that content if it comes back.',
    ' Do not edit or delete this file.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

/**
 * Reads every tombstone in `content/tombstones/`. Invalid ones are reported as problems (rule
 * `tombstone-schema`, or `tombstone-name` when the file name is not its consent digest) and left out.
 */
export function readTombstones(contentDir: string): { tombstones: TombstoneFile[]; problems: Problem[] } {
  const dir = join(contentDir, 'tombstones');
  const tombstones: TombstoneFile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { tombstones, problems };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const path = join(dir, name);
    const file = displayPath(path);
    const { parsed, problems: syntax } = parseYaml(readText(path), file);
    problems.push(...syntax);
    if (!parsed) continue;
    const { data, problems: invalid } = validate(tombstoneSchema, parsed, file, 'tombstone-schema');
    problems.push(...invalid);
    if (!data) continue;
    if (basename(name, '.yaml') !== data.consent) {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'tombstone-name',
        message: `A tombstone's file name must be its \`consent\` digest: rename \`${name}\` to \`${data.consent}.yaml\`. Tombstones are written by \`npm run consent -- revoke\`; do not edit them.`,
      });
    }
    tombstones.push({ ...data, file });
  }
  return { tombstones, problems };
}
