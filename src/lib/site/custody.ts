// Who holds each published entry's knowledge, for the at-risk view. `PublishedEntry` deliberately carries
// no people id; this keeps just enough to count distinct mentors and to judge when they leave, without a
// name, role or id for anyone the consent does not let the site name.
import type { Consent, Person } from '../schema/index.ts';

export interface Holder {
  /**
   * Identifies one mentor within one build, for counting only; never rendered. For a named entry it is the
   * people id (named mentors' ids are public: their pages use it). For a role or anonymous entry it is an
   * opaque token (`~1`, `~2` …) numbered in reading order, so nothing about the person can be read from it.
   * A person's named and unnamed entries get different keys on purpose: one key would let a count tie
   * their unnamed entries to their name.
   */
  key: string;
  /** Whether the consent lets the site name this mentor. */
  named: boolean;
  /** When they are expected to leave. For unnamed mentors it may only feed the at-risk flag. */
  leaving?: string | undefined;
}

/** One holder per published slug, from the gate's published list. */
export function holdersOf(published: readonly { entry: { slug: string; data: { mentor: string } }; consent: Consent; mentor: Person }[]): Map<string, Holder> {
  const tokens = new Map<string, string>();
  const holders = new Map<string, Holder>();
  for (const { entry, consent, mentor } of published) {
    const named = consent.attribution === 'named';
    const id = entry.data.mentor;
    const key = named ? id : (tokens.get(id) ?? tokens.set(id, `~${tokens.size + 1}`).get(id)!);
    holders.set(entry.slug, { key, named, leaving: mentor.leaving });
  }
  return holders;
}
