import type { Consent, EntryData, Person } from '../schema/index.ts';
import type { WithheldReason } from './reasons.ts';

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
}

export type Decision = { published: true; consent: Consent; mentor: Person } | { published: false; reasons: WithheldReason[] };

/**
 * Decides whether one entry may be published in this build, and if not every reason why. Pure: the same
 * entry and context always give the same answer, so every output can trust it.
 */
export function decide(entry: EntryData, ctx: GateContext): Decision {
  const reasons: WithheldReason[] = [];
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
    // A revocation takes effect at once, whatever date it carries.
    if (consent.revoked !== undefined) reasons.push('consent-revoked');
    if (consent.expires !== undefined && consent.expires <= ctx.today) reasons.push('consent-expired');
    if ((consent.embargoUntil !== undefined && consent.embargoUntil > ctx.today) || consent.given > ctx.today) reasons.push('consent-embargoed');
    if (!covers(consent.audience, ctx.audience, ctx.audiences)) reasons.push('audience-too-narrow');
    if (consent.kinds && !consent.kinds.includes(entry.kind)) reasons.push('kind-not-consented');
    if (consent.person !== entry.mentor) reasons.push('mentor-mismatch');
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
export function gate<E extends { data: EntryData }>(entries: readonly E[], ctx: GateContext): Gated<E> {
  const result: Gated<E> = { published: [], withheld: [] };
  for (const entry of entries) {
    const d = decide(entry.data, ctx);
    if (d.published) result.published.push({ entry, consent: d.consent, mentor: d.mentor });
    else result.withheld.push({ entry, reasons: d.reasons });
  }
  return result;
}
