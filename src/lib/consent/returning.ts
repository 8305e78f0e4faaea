import type { Problem } from '../problems.ts';
import { locate, type ParsedYaml } from '../read/yaml.ts';
import type { Consent, Tombstone } from '../schema/index.ts';
import { tombstoneDigest } from '../tombstone.ts';

/** The little of an entry this check needs; `EntrySource` from `readContent` fits. */
export interface ReturningEntry {
  slug: string;
  file: string;
  data: { consent: string; status?: string | undefined };
  /** The parsed front matter, to point at the `consent:` line; without it, the file's text is searched. */
  yaml?: ParsedYaml | undefined;
  /** The file's text, used when `yaml` is absent. */
  source?: string | undefined;
}

/**
 * Content that must not be in the repository because its mentor withdrew consent: any entry, whatever its
 * status, that uses a revoked consent, or whose consent id or slug a tombstone records. This is how a revert
 * or a stale branch that brings retired entries back fails `npm run check` (rule `consent-revoked-content`).
 * Pure: the caller reads the files.
 */
export function returningContent(
  entries: readonly ReturningEntry[],
  consents: ReadonlyMap<string, Consent>,
  tombstones: readonly (Tombstone & { file?: string | undefined })[],
): Problem[] {
  const byConsent = new Map(tombstones.map((t) => [t.consent, t]));
  const bySlug = new Map(tombstones.flatMap((t) => t.entries.map((e) => [e, t] as const)));
  const problems: Problem[] = [];
  for (const entry of entries) {
    const id = entry.data.consent;
    const revoked = consents.get(id)?.revoked;
    const byId = byConsent.get(tombstoneDigest(id));
    const slugTomb = bySlug.get(tombstoneDigest(entry.slug));
    const remove = `Delete the file (\`git rm ${entry.file}\`).`;
    let message: string | undefined;
    if (revoked !== undefined) {
      message = `Consent \`${id}\` was revoked on ${revoked}, so this entry must leave the repository, whatever its status. ${remove}`;
    } else if (byId) {
      message = `Consent \`${id}\` was revoked on ${byId.revoked} and its entries left the repository on ${byId.retired} (${where(byId)}); this entry has come back, e.g. through a revert or an old branch. ${remove} Do not remove \`revoked\` from a consent record to bring content back: ask for a new consent.`;
    } else if (slugTomb) {
      message = `An entry with the slug \`${entry.slug}\` left the repository on ${slugTomb.retired} because its mentor withdrew consent (${where(slugTomb)}); it has come back, e.g. through a revert or an old branch. ${remove} If this is new content under a new consent, give it another slug (rename the file).`;
    }
    if (message) problems.push({ file: entry.file, ...consentPosition(entry), severity: 'error', rule: 'consent-revoked-content', message });
  }
  return problems;
}

const where = (t: { file?: string | undefined }) => (t.file ? `tombstone \`${t.file}\`` : 'a tombstone in `content/tombstones/`');

/** Line and column of the entry's `consent:` value; 1:1 when it cannot be found. */
export function consentPosition(entry: Pick<ReturningEntry, 'yaml' | 'source'>): { line: number; column: number } {
  if (entry.yaml) return locate(entry.yaml, ['consent']);
  if (entry.source) {
    const lines = entry.source.split(/\r?\n/);
    const i = lines.findIndex((l) => /^consent:/.test(l));
    if (i !== -1) return { line: i + 1, column: (/^consent:\s*/.exec(lines[i]!)?.[0].length ?? 0) + 1 };
  }
  return { line: 1, column: 1 };
}
