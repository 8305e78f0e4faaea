import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WithheldReason } from '../gate/index.ts';
import { formatProblems } from '../problems.ts';
import { readContent } from '../read/content.ts';
import { parseYaml, validate } from '../read/yaml.ts';
import { consentSchema, slugId, tombstoneSchema, type Consent, type Tombstone } from '../schema/index.ts';
import { didYouMean } from '../suggest.ts';
import { markRevoked } from './edit.ts';

import { CommandError } from '../command-error.ts';
import { siteImpact, type AudienceImpact } from './impact.ts';
import { consentIds, readConsentRecord } from './record.ts';
import { scanEntries } from './scan.ts';
import { makeTombstone, tombstonePath, tombstoneText } from './tombstones.ts';
import { displayPath } from '../text/index.ts';

/** A file the revocation writes: its new text, and the text it replaces (undefined for a new file). */
export interface PlannedWrite {
  path: string;
  file: string;
  text: string;
  before?: string | undefined;
}

/** An entry file that leaves the repository. */
export interface RetiringEntry {
  slug: string;
  path: string;
  file: string;
  title?: string | undefined;
  status?: string | undefined;
  /** The audiences whose site publishes it today. */
  publishedIn: string[];
  /** Why the narrowest audience's build withholds it; empty when published, absent when it cannot be read. */
  withheld?: WithheldReason[] | undefined;
}

/** Everything a revocation will do, worked out before anything is written. */
export interface RevocationPlan {
  consentId: string;
  person: string;
  /** The day consent was withdrawn (`revoked:`). */
  revoked: string;
  /** The day the entries leave the repository (today). */
  retired: string;
  consent: PlannedWrite;
  tombstone: PlannedWrite & { merged: boolean };
  reasonKept: boolean;
  entries: RetiringEntry[];
  impact: AudienceImpact[];
  /** Entries by the same person under other consents: they stay, and are listed so nobody is surprised. */
  staying: { file: string; consent: string; status?: string | undefined }[];
  /** Problems elsewhere in the content; they do not stop a revocation, but the report mentions them. */
  otherProblems: number;
}

export interface RevocationRequest {
  contentDir: string;
  consentId: string;
  /** The day consent was withdrawn; default `today`. */
  date?: string | undefined;
  /** Today, `YYYY-MM-DD`: the retired date, and the day the site is judged on. */
  today: string;
  /** Why, in the person's words; kept in `notes` only when they agreed to it being kept. */
  reason?: string | undefined;
}

/**
 * Plans a revocation without writing anything: the edited consent record, the tombstone, the entry files
 * that leave and what each audience's site loses. Throws `CommandError` when it cannot go ahead, so a
 * failed plan leaves the repository exactly as it was.
 */
export function planRevocation(request: RevocationRequest): RevocationPlan {
  const { contentDir, consentId, today } = request;
  const revoked = request.date ?? today;
  if (revoked > today) {
    throw new CommandError(
      `\`--date\` is \`${revoked}\`, after today (${today}). A revocation takes effect at once; give the day the person withdrew consent, or leave \`--date\` out for today.`,
      2,
    );
  }

  // The id becomes a path: anything but a slug (`../people/x`) could reach a file that is not a consent record.
  if (!slugId.safeParse(consentId).success) {
    throw new CommandError(
      `\`${consentId}\` is not a consent id: ids are lowercase letters, digits and hyphens, e.g. \`dana-whitfield-2025\` (the file name in \`content/consent/\` without \`.yaml\`).`,
      2,
    );
  }
  const record = readConsentRecord(contentDir, consentId);
  if (!record) {
    const ids = consentIds(contentDir);
    throw new CommandError(
      `There is no consent record \`${consentId}\` (no \`content/consent/${consentId}.yaml\`).${didYouMean(consentId, ids)} \`npm run consent -- list\` shows every record.`,
    );
  }
  if (!record.data) {
    throw new CommandError(
      `The consent record \`${record.file}\` cannot be read, so it cannot be marked revoked:\n${formatProblems(record.problems)}\nFix the file, then run the command again.`,
    );
  }
  const consent = record.data;
  if (consent.revoked !== undefined) {
    const still = scanEntries(contentDir).filter((e) => e.consent === consentId);
    throw new CommandError(
      `Consent \`${consentId}\` was already revoked on ${consent.revoked}; there is nothing to revoke.` +
        (still.length
          ? ` ${still.length} entr${still.length === 1 ? 'y still uses' : 'ies still use'} it and must leave the repository (delete ${still.length === 1 ? 'it' : 'them'}): ${still.map((e) => `\`${e.file}\``).join(', ')}.`
          : ''),
    );
  }
  if (revoked < consent.given) {
    throw new CommandError(
      `\`--date\` is \`${revoked}\`, before consent \`${consentId}\` was given (${consent.given}). Give the day the person withdrew consent.`,
      2,
    );
  }

  const consentText = markRevoked(record.source, revoked, request.reason);
  const edited = parseYaml(consentText.replace(/^\uFEFF/, ''), record.file);
  const check = edited.parsed ? validate(consentSchema, edited.parsed, record.file, 'consent-schema') : undefined;
  if (!check?.data)
    throw new CommandError(
      `Marking \`${record.file}\` revoked would make it invalid; nothing was written. Please report this:\n${formatProblems([...edited.problems, ...(check?.problems ?? [])])}`,
    );
  const after: Consent = check.data;

  // Every file whose front matter names the consent leaves, whatever its status or validity. A file whose
  // front matter cannot be parsed but mentions the id might be one of them: refuse rather than guess.
  const scanned = scanEntries(contentDir);
  const unsure = scanned.filter((e) => !e.readable && e.consent !== consentId && e.text.includes(consentId));
  if (unsure.length) {
    throw new CommandError(
      `The front matter of ${unsure.map((e) => `\`${e.file}\``).join(', ')} cannot be read, and ${unsure.length === 1 ? 'it mentions' : 'they mention'} \`${consentId}\`: it is not certain whether ${unsure.length === 1 ? 'it uses' : 'they use'} this consent. Fix the front matter (\`npm run check\` shows where), then run the command again; nothing was written.`,
    );
  }
  const leaving = scanned.filter((e) => e.consent === consentId);

  const tombPath = tombstonePath(contentDir, consentId);
  const tombFile = displayPath(tombPath);
  const tombBefore = existsSync(tombPath) ? readFileSync(tombPath, 'utf8') : undefined;
  let existing: Tombstone | undefined;
  if (tombBefore !== undefined) {
    const parsed = parseYaml(tombBefore, tombFile);
    const valid = parsed.parsed ? validate(tombstoneSchema, parsed.parsed, tombFile, 'tombstone-schema') : undefined;
    if (!valid?.data)
      throw new CommandError(
        `The tombstone \`${tombFile}\` for this consent already exists but cannot be read:\n${formatProblems([...parsed.problems, ...(valid?.problems ?? [])])}\nRestore it from git history, then run the command again.`,
      );
    existing = valid.data;
  }
  const tombstone = makeTombstone(
    consentId,
    leaving.map((e) => e.slug),
    revoked,
    today,
    existing,
  );

  // The site before and after, in memory: the same content with the record revoked and the files gone.
  const content = readContent(contentDir);
  const leavingPaths = new Set(leaving.map((e) => e.path));
  const afterContent = {
    ...content,
    consents: new Map(content.consents).set(consentId, after),
    entries: content.entries.filter((e) => !leavingPaths.has(resolve(e.file))),
  };
  const impact = siteImpact(content, afterContent, today);
  const readable = new Set(content.entries.map((e) => resolve(e.file)));

  return {
    consentId,
    person: consent.person,
    revoked,
    retired: today,
    consent: { path: record.path, file: record.file, text: consentText, before: record.source },
    tombstone: { path: tombPath, file: tombFile, text: tombstoneText(tombstone), before: tombBefore, merged: existing !== undefined },
    reasonKept: Boolean(request.reason?.trim()),
    entries: leaving.map((e) => ({
      slug: e.slug,
      path: e.path,
      file: e.file,
      title: e.title,
      status: e.status,
      publishedIn: impact.publishedIn.get(e.slug) ?? [],
      withheld: readable.has(e.path) ? (impact.withheldFor.get(e.slug) ?? []) : undefined,
    })),
    impact: impact.audiences,
    staying: scanned
      .filter((e) => e.mentor === consent.person && e.consent !== consentId)
      .map((e) => ({ file: e.file, consent: e.consent ?? '?', status: e.status })),
    otherProblems: content.problems.filter((p) => p.severity === 'error').length,
  };
}
