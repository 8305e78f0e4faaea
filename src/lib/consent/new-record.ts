import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, isSeq } from 'yaml';
import type { z } from 'zod';
import { consentSchema, kinds, slugId, type Consent } from '../schema/index.ts';
import { didYouMean } from '../suggest.ts';

import { CommandError } from '../command-error.ts';
import { consentIds } from './record.ts';

/** The fields of a new consent record as typed or prompted, before validation. */
export interface ConsentFields {
  person: string;
  given: string;
  audience: string;
  attribution: string;
  kinds?: string[] | undefined;
  embargoUntil?: string | undefined;
  expires?: string | undefined;
  notes?: string | undefined;
}

/** The people ids in `content/people/`, sorted. */
export function peopleIds(contentDir: string): string[] {
  const dir = join(contentDir, 'people');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => basename(f, '.yaml'))
        .sort()
    : [];
}

/** `<person>-<year of given>`, suffixed `-2`, `-3`… when taken, as the sample's records are named. */
export function defaultConsentId(person: string, given: string, taken: ReadonlySet<string>): string {
  const base = `${person}-${given.slice(0, 4)}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/**
 * Checks a new record: the schema first (exit 2, the values are wrong), then what only the repository can
 * say (exit 1): the person exists, the audience is one of the site's, the id is free. A full list of what
 * is wrong, not just the first thing.
 */
export function validateNewConsent(fields: ConsentFields, context: { contentDir: string; audiences: readonly string[]; id: string }): Consent {
  const record: Record<string, unknown> = { person: fields.person, given: fields.given, audience: fields.audience, attribution: fields.attribution };
  // All kinds is the default when the field is absent: writing all three would only add noise.
  if (fields.kinds && !(fields.kinds.length === kinds.length && kinds.every((k) => fields.kinds!.includes(k)))) record.kinds = fields.kinds;
  if (fields.embargoUntil) record.embargoUntil = fields.embargoUntil;
  if (fields.expires) record.expires = fields.expires;
  if (fields.notes?.trim()) record.notes = fields.notes.trim();

  const result = consentSchema.safeParse(record, { reportInput: true });
  const usage: string[] = result.success ? [] : result.error.issues.map(describe);
  if (!slugId.safeParse(context.id).success)
    usage.push(`\`id\` is \`${context.id}\`: expected a lowercase id of letters, digits and hyphens, e.g. \`dana-whitfield-2025\``);
  if (result.success) {
    const c = result.data;
    if (c.expires !== undefined && c.expires <= c.given)
      usage.push(`\`expires\` (${c.expires}) must be after \`given\` (${c.given}): nothing would ever be published`);
    if (c.embargoUntil !== undefined && c.expires !== undefined && c.embargoUntil >= c.expires)
      usage.push(`\`embargoUntil\` (${c.embargoUntil}) must be before \`expires\` (${c.expires}): nothing would ever be published`);
  }
  if (usage.length)
    throw new CommandError(`The consent record is not valid:\n${usage.map((u) => `  - ${u}`).join('\n')}\nCorrect the values and run again.`, 2);
  const consent = (result as { data: Consent }).data;

  const wrong: string[] = [];
  const people = peopleIds(context.contentDir);
  if (!people.includes(consent.person))
    wrong.push(
      `There is no person \`${consent.person}\` in \`content/people/\`.${didYouMean(consent.person, people)} Add \`content/people/${consent.person}.yaml\` first.`,
    );
  if (!context.audiences.includes(consent.audience))
    wrong.push(
      `Audience \`${consent.audience}\` is not one of the site's audiences in \`content/site.yaml\`: ${context.audiences.map((a) => `\`${a}\``).join(', ')}.${didYouMean(consent.audience, context.audiences)}`,
    );
  if (consentIds(context.contentDir).includes(context.id))
    wrong.push(
      `A consent record \`${context.id}\` already exists (\`content/consent/${context.id}.yaml\`); records are never overwritten. Choose another \`--id\`, or leave it out for a free one.`,
    );
  if (wrong.length) throw new CommandError(wrong.join('\n'));
  return consent;
}

/** One schema issue as a line naming the field, the value given and what is expected, quoted in backticks. */
function describe(issue: z.core.$ZodIssue): string {
  const field = `\`${issue.path.join('.') || 'record'}\``;
  const got = typeof issue.input === 'string' ? ` is \`${issue.input}\`` : '';
  if (issue.code === 'invalid_value') return `${field}${got}; expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
  return `${field}${got}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** The new record's file text, fields in the README's order, with a short header saying where it came from. */
export function consentRecordText(id: string, consent: Consent, today: string): string {
  const doc = new Document(consent);
  const kindsNode = doc.get('kinds', true);
  if (isSeq(kindsNode)) kindsNode.flow = true;
  doc.commentBefore = [
    ` Consent record \`${id}\`, created with \`npm run consent -- new\` on ${today}.`,
    ' Fields: see "Consent" in the README. Withdrawn? `npm run consent -- revoke <id>`; do not delete this file.',
  ].join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
