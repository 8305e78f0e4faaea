// `npm run consent -- new`: record a consent, by prompts in a terminal or by flags in scripts.
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import {
  consentIds,
  consentRecordText,
  defaultConsentId,
  isIsoDate,
  peopleIds,
  requireDate,
  validateNewConsent,
  writeAtomically,
  type ConsentFields,
} from '../../src/lib/consent/index.ts';
import { CommandError } from '../../src/lib/command-error.ts';
import { readSiteConfig } from '../../src/lib/read/content.ts';
import { attributionSchema, kinds, slugId } from '../../src/lib/schema/index.ts';
import { join } from 'node:path';
import { displayPath } from '../../src/lib/text/index.ts';
import { environment, interactive, parse } from '../lib/subcommand.ts';

export const newUsage = `Usage: npm run consent -- new [options]

Records a consent in content/consent/<id>.yaml. In a terminal it asks for what the flags leave out;
with every required flag given it asks nothing, so scripts can use it.

Required (asked for in a terminal when missing):
  --person <id>           the people id (content/people/<id>.yaml) of who consented
  --given <day>           the day consent was given, YYYY-MM-DD
  --audience <id>         the widest audience allowed to read (see content/site.yaml)
  --attribution <mode>    \`named\`, \`role\` or \`anonymous\`
Optional:
  --kinds <a,b>           the kinds allowed, of story, advice, insight (default: all)
  --embargo-until <day>   nothing is published before this day
  --expires <day>         nothing is published from this day
  --notes <text>          free text for knowledge managers; never published
  --id <id>               the record's id (default: <person>-<year given>, suffixed when taken)
  -y, --yes               write without asking for confirmation after the prompts
  -h, --help              show this help

Exit codes: 0 written, 1 cannot write (unknown person or audience, id taken, cancelled), 2 wrong usage
(missing or malformed values).`;

const required = ['person', 'given', 'audience', 'attribution'] as const;

/** The fields gathered so far from flags and prompts, plus the id when it was asked for. */
type Draft = { [K in keyof ConsentFields]?: ConsentFields[K] | undefined } & { id?: string | undefined };

export async function newConsent(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    {
      person: { type: 'string' },
      given: { type: 'string' },
      audience: { type: 'string' },
      attribution: { type: 'string' },
      kinds: { type: 'string' },
      'embargo-until': { type: 'string' },
      expires: { type: 'string' },
      notes: { type: 'string' },
      id: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
    },
    newUsage,
  );
  if (values.help) return void console.log(newUsage);
  if (positionals.length)
    throw new CommandError(
      `\`new\` takes options, not arguments; got ${positionals.map((p) => `\`${p}\``).join(', ')}. Did you mean \`--person ${positionals[0]}\`?\n\n${newUsage}`,
      2,
    );
  const { contentDir, today } = environment();
  const config = readSiteConfig(contentDir);

  // Flags are checked before any prompt, so a typo is reported at once rather than after the questions.
  for (const [flag, value] of [
    ['--given', values.given],
    ['--embargo-until', values['embargo-until']],
    ['--expires', values.expires],
  ] as const) {
    if (value !== undefined) requireDate(value, flag);
  }
  const fields: Draft = {
    person: values.person,
    given: values.given,
    audience: values.audience,
    attribution: values.attribution,
    kinds: values.kinds
      ?.split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    embargoUntil: values['embargo-until'],
    expires: values.expires,
    notes: values.notes,
  };
  const missing = required.filter((k) => fields[k] === undefined);
  const prompting = missing.length > 0;
  if (prompting && !interactive()) {
    throw new CommandError(
      `Missing ${missing.map((k) => `\`--${k}\``).join(', ')}. Give ${missing.length === 1 ? 'it' : 'them'} as flags, or run the command in a terminal to be asked.\n\n${newUsage}`,
      2,
    );
  }
  if (prompting) await ask(fields, values.id === undefined, { contentDir, today, audiences: config.audiences, defaultAudience: config.defaultAudience });
  const complete = fields as ConsentFields;
  const id = values.id ?? fields.id ?? defaultConsentId(complete.person, complete.given, new Set(consentIds(contentDir)));

  const consent = validateNewConsent(complete, { contentDir, audiences: config.audiences, id });
  const path = join(contentDir, 'consent', `${id}.yaml`);
  const file = displayPath(path);
  const text = consentRecordText(id, consent, today);
  if (prompting && !values.yes) {
    process.stdout.write(`\n${file}:\n${text}\n`);
    if (!(await confirm({ message: `Write ${file}?`, default: true }))) throw new CommandError('Cancelled; nothing was written.');
  }
  writeAtomically([{ path, file, text }]);
  console.log(`Wrote ${file}. Review it, then commit it with the entries it covers.`);
}

/** Asks, in order, for every field the flags left out. Choices come from the repository, so they are valid. */
async function ask(
  fields: Draft,
  askId: boolean,
  ctx: { contentDir: string; today: string; audiences: readonly string[]; defaultAudience: string },
): Promise<void> {
  const date = (optional: boolean) => (v: string) =>
    (optional && v.trim() === '') || isIsoDate(v.trim()) || `Write a real day as YYYY-MM-DD, e.g. 2026-11-23${optional ? ', or leave it empty' : ''}`;
  const flagsGiven = {
    kinds: fields.kinds !== undefined,
    embargoUntil: fields.embargoUntil !== undefined,
    expires: fields.expires !== undefined,
    notes: fields.notes !== undefined,
  };

  if (fields.person === undefined) {
    const people = peopleIds(ctx.contentDir);
    if (people.length === 0) throw new CommandError("There are no people in `content/people/`. Add the person's `content/people/<id>.yaml` first.");
    fields.person = await select({ message: 'Who consented?', choices: people.map((p) => ({ value: p })), pageSize: 12 });
  }
  fields.given ??= (await input({ message: 'Given on (YYYY-MM-DD)', default: ctx.today, validate: date(false) })).trim();
  fields.audience ??= await select({
    message: 'Widest audience allowed to read',
    choices: ctx.audiences.map((a, i) => ({
      value: a,
      description: i === 0 ? 'the widest audience' : `also covers ${ctx.audiences.slice(i + 1).join(', ') || 'no narrower audience'}`,
    })),
    default: ctx.defaultAudience,
  });
  fields.attribution ??= await select({
    message: 'How entries name the mentor',
    choices: attributionSchema.options.map((a) => ({
      value: a,
      description: { named: 'name and role; the mentor has a page', role: 'role only', anonymous: '"A mentor": neither name nor role' }[a],
    })),
  });
  if (!flagsGiven.kinds)
    fields.kinds = await checkbox({ message: 'Kinds of entry allowed', choices: kinds.map((k) => ({ value: k, checked: true })), required: true });
  if (!flagsGiven.embargoUntil)
    fields.embargoUntil = (await input({ message: 'Embargo until (YYYY-MM-DD, empty for none)', validate: date(true) })).trim() || undefined;
  if (!flagsGiven.expires) fields.expires = (await input({ message: 'Expires on (YYYY-MM-DD, empty for never)', validate: date(true) })).trim() || undefined;
  if (!flagsGiven.notes) fields.notes = (await input({ message: 'Notes for knowledge managers (never published; empty for none)' })).trim() || undefined;
  if (askId) {
    const taken = new Set(consentIds(ctx.contentDir));
    fields.id = (
      await input({
        message: 'Record id',
        default: defaultConsentId(fields.person, fields.given, taken),
        validate: (v) =>
          !slugId.safeParse(v.trim()).success ? 'Use lowercase letters, digits and hyphens' : taken.has(v.trim()) ? `\`${v.trim()}\` is taken` : true,
      })
    ).trim();
  }
}
