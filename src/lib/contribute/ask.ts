import { kinds, type Kind } from '../schema/index.ts';
import { kindInfo } from '../site/kinds.ts';
import { consentChoices, mentorChoices, searchTopics, stageChoices, type Catalog, type Choice } from './catalog.ts';

import { CommandError } from '../command-error.ts';
import {
  checkFolder,
  checkKind,
  checkSlug,
  checkSummary,
  checkTitle,
  consentWarnings,
  resolveConsent,
  resolveMentor,
  resolveStage,
  resolveTopic,
  type NewEntryRequest,
  type RawRequest,
} from './resolve.ts';

/**
 * The prompts `npm run new` asks through. The command passes `@inquirer/prompts` (see `inquirerPrompter`);
 * tests pass scripted answers, so the question flow is tested without a terminal.
 */
export interface Prompter {
  input(message: string, validate: (value: string) => true | string): Promise<string>;
  select(message: string, choices: readonly Choice[]): Promise<string>;
  /** Pick one of the choices `source` returns for what has been typed so far (completion). */
  search(message: string, source: (term: string | undefined) => readonly Choice[]): Promise<string>;
  checkbox(message: string, choices: readonly Choice[]): Promise<string[]>;
  confirm(message: string, initial: boolean): Promise<boolean>;
}

// The value of the "no more topics" choice; no concept id can be empty.
const DONE = '';

/**
 * Asks for every field the flags did not give, checking each answer as it is typed. Flags that were given
 * are checked first and never asked again, so `npm run new -- --kind advice` only asks the rest.
 */
export async function askForEntry(catalog: Catalog, given: RawRequest, p: Prompter, warn: (message: string) => void, today: string): Promise<NewEntryRequest> {
  const kind: Kind = given.kind?.trim()
    ? checkKind(given.kind)
    : checkKind(
        await p.select(
          'Kind of entry',
          kinds.map((k) => ({ value: k, name: kindInfo[k].label, description: kindInfo[k].description })),
        ),
      );
  const title = given.title?.trim()
    ? checkTitle(given.title)
    : checkTitle(await p.input('Title (specific and short, e.g. "Print tomorrow\'s pick lists every evening")', validator(checkTitle)));
  const summary = given.summary?.trim()
    ? checkSummary(given.summary)
    : checkSummary(await p.input('Summary (one sentence that stands alone; it is the search excerpt)', validator(checkSummary)));
  const topics = given.topics?.some((t) => t.trim())
    ? [...new Set(given.topics.filter((t) => t.trim()).map((t) => resolveTopic(catalog, t)))]
    : await askTopics(catalog, p);

  let mentor = given.mentor?.trim() ? resolveMentor(catalog, given.mentor) : undefined;
  if (!mentor && given.consent?.trim()) mentor = resolveConsent(catalog, given.consent, undefined).consent.person;
  mentor ??= await p.select('Mentor (whose knowledge this is)', mentorChoices(catalog));

  let consentId: string;
  if (given.consent?.trim()) {
    consentId = resolveConsent(catalog, given.consent, mentor).id;
  } else {
    const choices = consentChoices(catalog, mentor);
    if (!choices.length) {
      throw new CommandError(
        `\`${mentor}\` has no consent record that is not revoked, so nothing may be written for them. A knowledge manager records consent in \`content/consent/\` first.`,
      );
    }
    consentId = await p.select('Consent that covers this entry', choices);
  }
  const consent = catalog.content.consents.get(consentId)!;
  for (const warning of consentWarnings(consentId, consent, kind, today)) warn(warning);

  const stages = given.stages?.some((s) => s.trim())
    ? [...new Set(given.stages.filter((s) => s.trim()).map((s) => resolveStage(catalog, s)))]
    : catalog.content.taxonomy.stages.length
      ? await p.checkbox('Career stages it speaks to (optional: space to pick, enter to go on)', stageChoices(catalog))
      : [];

  return {
    kind,
    title,
    summary,
    topics,
    mentor,
    consent: consentId,
    stages,
    folder: given.folder?.trim() ? checkFolder(given.folder) : undefined,
    slug: given.slug?.trim() ? checkSlug(given.slug) : undefined,
  };
}

/** One search prompt per topic, with completion over labels, synonyms and ids, until the author is done. */
async function askTopics(catalog: Catalog, p: Prompter): Promise<string[]> {
  const picked: string[] = [];
  for (;;) {
    const message = picked.length ? `Another topic? (picked: ${picked.join(', ')})` : 'Topic (type a label, synonym or id)';
    const choice = await p.search(message, (term) => {
      const matches = searchTopics(catalog, term, picked);
      return picked.length ? [{ value: DONE, name: 'Done: no more topics' }, ...matches] : matches;
    });
    if (choice === DONE) return picked;
    picked.push(resolveTopic(catalog, choice));
  }
}

// Prompt validators show the check's message under the field instead of throwing.
const validator =
  (check: (value: string) => unknown) =>
  (value: string): true | string => {
    try {
      check(value);
      return true;
    } catch (error) {
      if (error instanceof CommandError) return error.message;
      throw error;
    }
  };
