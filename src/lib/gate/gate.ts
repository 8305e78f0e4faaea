import type { Root } from 'mdast';
import { findLeaks, mentorMatcher, outputStrings, type MentorMatcher } from '../privacy/index.ts';
import type { Consent, EntryData, Person } from '../schema/index.ts';
import type { WithheldReason } from './reasons.ts';
import { consentBars } from './standing.ts';

/** What the gate judges: the front matter, and what it needs to see everything an output would render. */
export interface GateEntry {
  slug: string;
  data: EntryData;
  /** The body, for the attribution scan; read only for `role` and `anonymous` consents. */
  tree?: Root;
  /** Digest of the file's bytes, for caches of the scan. */
  digest?: string;
}

/** Everything the gate needs to decide; nothing else influences publication. */
export interface GateContext {
  /** The audience this build is for. */
  audience: string;
  /** All audiences, widest first. */
  audiences: readonly string[];
  /** The build date, `YYYY-MM-DD`. */
  today: string;
  people: ReadonlyMap<string, Person>;
  consents: ReadonlyMap<string, Consent>;
  topicIds: ReadonlySet<string>;
  stageIds: ReadonlySet<string>;
  /** Ids that two records claim (two files, or two taxonomy items); nothing that depends on one is published. */
  duplicated?: { people: ReadonlySet<string>; consents: ReadonlySet<string>; topics?: ReadonlySet<string>; stages?: ReadonlySet<string> } | undefined;
  /**
   * Whether anything an output renders of the entry names a mentor its consent keeps unnamed. By default
   * the entry's strings are scanned (`scanForLeaks`); the build remembers scans of unchanged files.
   */
  leaks?: ((entry: GateEntry, matcher: MentorMatcher) => boolean) | undefined;
}

const matchers = new WeakMap<Person, Map<string, MentorMatcher | undefined>>();

/** The matcher for one mentor under one attribution, compiled once per person record. */
export function matcherFor(personId: string, person: Person, mode: Consent['attribution'], identifying: readonly string[] = []): MentorMatcher | undefined {
  const byMode = matchers.get(person) ?? matchers.set(person, new Map()).get(person)!;
  const key = JSON.stringify([personId, mode, identifying]);
  if (!byMode.has(key)) byMode.set(key, mentorMatcher(personId, person, mode, identifying));
  return byMode.get(key);
}

/**
 * What the attribution scan looks for in an entry: its mentor's name, under the attribution their consent
 * gives; undefined when the mentor is named (or unknown), so there is nothing to scan for. A build asks this
 * while a body is at hand, so the gate finds the scan done.
 */
export function leakMatcher(entry: EntryData, ctx: Pick<GateContext, 'people' | 'consents'>): MentorMatcher | undefined {
  const mentor = ctx.people.get(entry.mentor);
  const consent = ctx.consents.get(entry.consent);
  return mentor && consent ? matcherFor(entry.mentor, mentor, consent.attribution, consent.identifying) : undefined;
}

/** Scans every string an output renders of the entry: the slug, the front matter and the body. */
export function scanForLeaks(entry: GateEntry, matcher: MentorMatcher): boolean {
  if (!entry.tree) throw new Error(`The attribution scan of \`${entry.slug}\` needs its body.`);
  return findLeaks(outputStrings({ slug: entry.slug, data: entry.data, tree: entry.tree }), matcher).length > 0;
}

export type Decision = { published: true; consent: Consent; mentor: Person } | { published: false; reasons: WithheldReason[] };

/**
 * Decides whether one entry may be published in this build, and if not every reason why. Pure: the same
 * entry and context always give the same answer, so every output can trust it.
 */
export function decide(input: GateEntry, ctx: GateContext): Decision {
  const entry = input.data;
  const reasons: WithheldReason[] = [];
  const dup = ctx.duplicated;
  if (
    dup &&
    (dup.people.has(entry.mentor) ||
      dup.consents.has(entry.consent) ||
      entry.topics.some((t) => dup.topics?.has(t)) ||
      entry.stages.some((s) => dup.stages?.has(s)))
  ) {
    reasons.push('duplicate-record');
  }
  if (entry.status === 'draft') reasons.push('draft');
  if (entry.status === 'retired') reasons.push('retired');

  const mentor = ctx.people.get(entry.mentor);
  if (!mentor) reasons.push('unknown-mentor');
  if (entry.topics.some((t) => !ctx.topicIds.has(t))) reasons.push('unknown-topic');
  if (entry.stages.some((s) => !ctx.stageIds.has(s))) reasons.push('unknown-stage');

  const consent = ctx.consents.get(entry.consent);
  if (!consent) {
    reasons.push('consent-missing');
  } else {
    reasons.push(...consentBars(consent, ctx.today));
    if (!covers(consent.audience, ctx.audience, ctx.audiences)) reasons.push('audience-too-narrow');
    if (consent.kinds && !consent.kinds.includes(entry.kind)) reasons.push('kind-not-consented');
    if (consent.person !== entry.mentor) reasons.push('mentor-mismatch');
  }
  // Last, and only for entries that could otherwise be published: it is the one check that reads the body.
  if (reasons.length === 0 && consent && mentor) {
    const matcher = leakMatcher(entry, ctx);
    if (matcher && (ctx.leaks ?? scanForLeaks)(input, matcher)) reasons.push('attribution-leak');
  }

  if (reasons.length === 0 && consent && mentor) return { published: true, consent, mentor };
  return { published: false, reasons };
}

/** A consent for `allowed` covers a build for `target` when `target` is the same audience or a narrower one. */
export function covers(allowed: string, target: string, audiences: readonly string[]): boolean {
  const a = audiences.indexOf(allowed);
  const t = audiences.indexOf(target);
  return a !== -1 && t !== -1 && a <= t;
}

export interface Gated<E> {
  published: { entry: E; consent: Consent; mentor: Person }[];
  withheld: { entry: E; reasons: WithheldReason[] }[];
}

/** Splits entries into what this build publishes and what it withholds. The only door to the outputs. */
export function gate<E extends GateEntry>(entries: readonly E[], ctx: GateContext): Gated<E> {
  return split(entries, (entry) => decide(entry, ctx));
}

/**
 * The same split from decisions `decide` has already made, one per entry: a build decides each entry as it
 * reads it, while its body is at hand, and renders only what is published.
 */
export function split<E>(entries: readonly E[], decisionOf: (entry: E) => Decision): Gated<E> {
  const result: Gated<E> = { published: [], withheld: [] };
  for (const entry of entries) {
    const d = decisionOf(entry);
    if (d.published) result.published.push({ entry, consent: d.consent, mentor: d.mentor });
    else result.withheld.push({ entry, reasons: d.reasons });
  }
  return result;
}
