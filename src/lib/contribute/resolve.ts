import { conceptId, kinds, slugId, type Consent, type Kind } from '../schema/index.ts';
import { closest, didYouMean } from '../suggest.ts';
import { usableConsents, type Catalog } from './catalog.ts';
import { quoteList } from '../text/index.ts';
import { CommandError } from '../command-error.ts';
import { consentBars } from '../gate/standing.ts';

/** What someone asked for, as typed: flags or prompt answers before they are checked. */
export interface RawRequest {
  kind?: string | undefined;
  title?: string | undefined;
  summary?: string | undefined;
  topics?: readonly string[] | undefined;
  mentor?: string | undefined;
  consent?: string | undefined;
  stages?: readonly string[] | undefined;
  folder?: string | undefined;
  slug?: string | undefined;
}

/** A checked request: every id exists, every text fits the entry schema. */
export interface NewEntryRequest {
  kind: Kind;
  title: string;
  summary: string;
  /** Concept ids, most specific first as the author listed them. */
  topics: string[];
  mentor: string;
  consent: string;
  stages: string[];
  /** A folder under `content/entries`; defaults to the first topic's top concept. */
  folder?: string | undefined;
  /** The file name; defaults to one made from the title. */
  slug?: string | undefined;
}

/** The fields `npm run new` cannot do without, in the order it asks for them. */
export const requiredFields = ['kind', 'title', 'summary', 'topics', 'mentor', 'consent'] as const;

/**
 * Required fields a request leaves out. The mentor may be left out when a consent is given, because
 * every consent record names its person.
 */
export function missingFields(raw: RawRequest): (typeof requiredFields)[number][] {
  return requiredFields.filter((f) => {
    if (f === 'mentor') return !raw.mentor?.trim() && !raw.consent?.trim();
    if (f === 'topics') return !raw.topics?.some((t) => t.trim());
    return !raw[f]?.trim();
  });
}

export function checkKind(value: string): Kind {
  const v = value.trim().toLowerCase();
  const kind = kinds.find((k) => k === v);
  if (!kind) throw new CommandError(`The kind \`${value}\` is not one of ${quoteList(kinds)}.${didYouMean(v, kinds)}`);
  return kind;
}

export function checkTitle(value: string): string {
  const title = value.trim();
  if (!title) throw new CommandError('The title is empty. Write a specific, short headline, e.g. `Never give a discount without taking something back`.');
  if (/[\r\n]/.test(title)) throw new CommandError('The title must be one line.');
  if (title.length > 120) throw new CommandError(`The title is ${title.length} characters; keep it to 120 or fewer. Say the one thing the entry is about.`);
  return title;
}

// A sentence end followed by the start of another sentence; "e.g. the" and "3.5 days" do not count.
const secondSentence = /[.!?]["'”’)]?\s+["'“‘(]?[A-Z]/;

export function checkSummary(value: string): string {
  const summary = value.trim().replace(/\s+/g, ' ');
  if (!summary) throw new CommandError('The summary is empty. Write one sentence that stands alone; it is the search result excerpt.');
  if (summary.length > 300) throw new CommandError(`The summary is ${summary.length} characters; keep it to one sentence of 300 or fewer.`);
  if (secondSentence.test(summary))
    throw new CommandError('The summary must be one sentence: it is shown alone in search results and the feed. Join or drop the other sentences.');
  return summary;
}

/**
 * A topic id from an id, or from a label or synonym typed exactly (any case). Deprecated topics name
 * their replacement; unknown ones get the nearest id, label or synonym as a suggestion.
 */
export function resolveTopic(catalog: Catalog, value: string): string {
  const v = value.trim();
  const byId = catalog.graph.byId.get(v);
  if (byId?.deprecated) {
    throw new CommandError(
      `The topic \`${v}\` is deprecated.${byId.replacedBy ? ` Use \`${byId.replacedBy}\` instead.` : ' Pick a current topic from `content/taxonomy.yaml`.'}`,
    );
  }
  if (byId) return byId.id;
  const lower = v.toLowerCase();
  const byLabel = catalog.topics.find((t) => t.label.toLowerCase() === lower || t.altLabels.some((a) => a.toLowerCase() === lower));
  if (byLabel) return byLabel.id;
  // Suggest by id, label or synonym, but always name the id, which is what the flag and the file take.
  const names = new Map<string, string>();
  for (const t of catalog.topics)
    for (const n of [t.id, t.label.toLowerCase(), ...t.altLabels.map((a) => a.toLowerCase())]) if (!names.has(n)) names.set(n, t.id);
  const hit = closest(lower, names.keys());
  const hint = hit ? ` Did you mean \`${names.get(hit)}\`${hit === names.get(hit) ? '' : ` (${hit})`}?` : '';
  throw new CommandError(
    `No topic \`${v}\` in \`content/taxonomy.yaml\`.${hint} Topics are concept ids such as \`${catalog.topics[0]?.id ?? 'sales/negotiation'}\`, or a topic's exact label or synonym.`,
  );
}

/** A people id from an id, or from a person's full name typed exactly (any case). */
export function resolveMentor(catalog: Catalog, value: string): string {
  const v = value.trim();
  if (catalog.content.people.has(v)) return v;
  const byName = [...catalog.content.people].find(([, p]) => p.name.toLowerCase() === v.toLowerCase());
  if (byName) return byName[0];
  throw new CommandError(
    `No person \`${v}\` in \`content/people/\`.${suggestPerson(catalog, v)} A mentor needs a people file and a consent record before entries can be written for them.`,
  );
}

// People ids are long (`desmond-achterberg-nwosu`), so a first name or a surname is a likelier slip than a
// typo: suggest the one person whose id or name has it as a word, else the nearest id.
function suggestPerson(catalog: Catalog, value: string): string {
  const v = value.toLowerCase();
  const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);
  const hits = [...catalog.content.people].filter(([id, p]) => id.startsWith(v) || words(id).includes(v) || words(p.name).includes(v));
  if (hits.length === 1) return ` Did you mean \`${hits[0]![0]}\`?`;
  if (hits.length > 1) return ` Did you mean one of ${quoteList(hits.map(([id]) => id))}?`;
  return didYouMean(v, catalog.content.people.keys());
}

/**
 * A consent id that exists, is not revoked and belongs to the mentor. When the mentor is not known yet,
 * the consent decides who the mentor is.
 */
export function resolveConsent(catalog: Catalog, value: string, mentor: string | undefined): { id: string; consent: Consent } {
  const id = value.trim();
  const consent = catalog.content.consents.get(id);
  // Offer the mentor's consents in force; without a mentor, those of whoever gave this one.
  const owner = mentor ?? consent?.person;
  const mine = owner ? usableConsents(catalog, owner).map(([c]) => c) : [];
  if (!consent) {
    const hint = didYouMean(id, mine.length ? mine : catalog.content.consents.keys());
    const list = mine.length ? ` Consents of \`${owner}\` that are in force: ${quoteList(mine)}.` : '';
    throw new CommandError(`No consent record \`${id}\` in \`content/consent/\`.${hint}${list}`);
  }
  if (consent.revoked) {
    throw new CommandError(
      `Consent \`${id}\` was revoked on ${consent.revoked}; nothing may be written under it.${mine.length ? ` Use one in force: ${quoteList(mine)}.` : ''}`,
    );
  }
  if (mentor && consent.person !== mentor) {
    throw new CommandError(
      `Consent \`${id}\` was given by \`${consent.person}\`, not by the mentor \`${mentor}\`; the entry would never be published.${mine.length ? ` Consents of \`${mentor}\`: ${quoteList(mine)}.` : ` \`${mentor}\` has no consent in force; ask a knowledge manager to record one first.`}`,
    );
  }
  return { id, consent };
}

export function resolveStage(catalog: Catalog, value: string): string {
  const v = value.trim();
  const stages = catalog.content.taxonomy.stages;
  const hit = stages.find((s) => s.id === v || s.label.toLowerCase() === v.toLowerCase());
  if (hit) return hit.id;
  throw new CommandError(
    `No career stage \`${v}\` in \`content/taxonomy.yaml\`.${didYouMean(
      v.toLowerCase(),
      stages.map((s) => s.id),
    )} Stages: ${quoteList(stages.map((s) => s.id))}.`,
  );
}

export function checkFolder(value: string): string {
  const folder = value.trim().replace(/^\/+|\/+$/g, '');
  // The concept-id shape keeps the folder inside content/entries: no `..`, no absolute path, no spaces.
  if (!conceptId.safeParse(folder).success) {
    throw new CommandError(
      `The folder \`${value}\` must be lowercase slug segments joined by \`/\` under \`content/entries\`, e.g. \`sales\` or \`operations/warehouse\`.`,
    );
  }
  return folder;
}

export function checkSlug(value: string): string {
  const slug = value.trim();
  if (!slugId.safeParse(slug).success) {
    throw new CommandError(
      `The slug \`${value}\` must be lowercase letters, digits and hyphens, e.g. \`walk-away-price\`; it becomes the URL \`/entries/<slug>/\`.`,
    );
  }
  return slug;
}

/**
 * Checks a whole request and reports every problem at once, so a wrong command needs one fix, not a
 * round trip per flag. Missing required fields are a usage error (exit 2); bad values exit 1.
 */
export function resolveRequest(catalog: Catalog, raw: RawRequest): NewEntryRequest {
  const missing = missingFields(raw);
  if (missing.length) throw new CommandError(`Missing ${quoteList(missing.map((f) => `--${f}`))}.`, 2);
  const errors: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      errors.push(error.message);
      return undefined;
    }
  };
  const kind = attempt(() => checkKind(raw.kind!));
  const title = attempt(() => checkTitle(raw.title!));
  const summary = attempt(() => checkSummary(raw.summary!));
  const topics = unique((raw.topics ?? []).filter((t) => t.trim()).map((t) => attempt(() => resolveTopic(catalog, t))));
  let mentor = raw.mentor?.trim() ? attempt(() => resolveMentor(catalog, raw.mentor!)) : undefined;
  const consent = attempt(() => resolveConsent(catalog, raw.consent!, mentor));
  if (!raw.mentor?.trim()) mentor = consent?.consent.person;
  const stages = unique((raw.stages ?? []).filter((s) => s.trim()).map((s) => attempt(() => resolveStage(catalog, s))));
  const folder = raw.folder?.trim() ? attempt(() => checkFolder(raw.folder!)) : undefined;
  const slug = raw.slug?.trim() ? attempt(() => checkSlug(raw.slug!)) : undefined;
  if (errors.length || !kind || !title || !summary || !mentor || !consent || topics.length === 0) {
    throw new CommandError(errors.join('\n') || 'The request is incomplete.');
  }
  return { kind, title, summary, topics, mentor, consent: consent.id, stages, folder, slug };
}

const unique = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined))];

/** Reasons the gate would withhold an entry under this consent even once it is published. */
export function consentWarnings(id: string, consent: Consent, kind: Kind, today: string): string[] {
  const warnings: string[] = [];
  if (consent.kinds && !consent.kinds.includes(kind)) {
    warnings.push(
      `Consent \`${id}\` covers ${quoteList(consent.kinds)} only, not \`${kind}\`: this entry will not be published under it. Ask the mentor to widen the consent, or change the kind.`,
    );
  }
  if (consentBars(consent, today).includes('consent-expired')) {
    warnings.push(`Consent \`${id}\` expired on ${consent.expires}: nothing under it is published. Ask the mentor to renew it.`);
  }
  return warnings;
}
