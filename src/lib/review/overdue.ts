// Who to ask about each overdue entry. The mentor knows best whether their advice still holds; once they
// have left, the topic's steward (a knowledge manager) decides whether to re-confirm, rewrite or retire it.
import type { EntryData, Person } from '../schema/index.ts';
import { reviewState, type ReviewState } from './stale.ts';
import { stewardOf, type StewardGraph } from './stewards.ts';

/** An entry to judge: where it is and what its front matter says. `EntrySource` fits. */
export interface ReviewCandidate {
  slug: string;
  file: string;
  data: EntryData;
}

export interface ReviewContext {
  people: ReadonlyMap<string, Person>;
  graph: StewardGraph;
  /** The build date, `YYYY-MM-DD`. */
  today: string;
  staleAfterMonths: number;
}

/** The person a group of overdue entries goes to, or nobody when no one is left to ask. */
export type Ask = { kind: 'mentor' | 'steward'; person: string; name: string; role: string } | { kind: 'nobody' };

export interface OverdueEntry {
  slug: string;
  file: string;
  title: string;
  /** The mentor's people id. */
  mentor: string;
  /** The entry's first (most specific) topic, whose steward stands in for a departed mentor. */
  topic: string | undefined;
  state: ReviewState;
  /** Why the entry is due, in words. */
  due: string;
  /** Why it goes to this person, in words. */
  route: string;
}

export interface ReviewGroup {
  ask: Ask;
  entries: OverdueEntry[];
}

/** Whether a person has left on `today`: their `leaving` day is behind us (on the day itself they are still here). */
export const hasLeft = (person: Person | undefined, today: string): boolean => person?.leaving !== undefined && person.leaving < today;

/**
 * The overdue entries among `candidates`, grouped by whom to ask: the mentor while they are still here,
 * else the steward of the entry's first topic (inherited from broader topics), else nobody. Groups are
 * ordered by name with "nobody" last; entries within a group most overdue first.
 */
export function reviewGroups(candidates: readonly ReviewCandidate[], ctx: ReviewContext): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const c of candidates) {
    const state = reviewState(c.data, ctx.today, ctx.staleAfterMonths);
    if (!state.due) continue;
    const { ask, route } = whomToAsk(c.data, ctx);
    const key = ask.kind === 'nobody' ? 'nobody' : `${ask.kind}:${ask.person}`;
    const group = groups.get(key) ?? groups.set(key, { ask, entries: [] }).get(key)!;
    group.entries.push({
      slug: c.slug,
      file: c.file,
      title: c.data.title,
      mentor: c.data.mentor,
      topic: c.data.topics[0],
      state,
      due: dueReason(state, ctx.staleAfterMonths),
      route,
    });
  }
  const name = (g: ReviewGroup) => (g.ask.kind === 'nobody' ? '\uffff' : g.ask.name);
  for (const g of groups.values()) g.entries.sort((a, b) => (a.state.dueOn ?? '').localeCompare(b.state.dueOn ?? '') || a.slug.localeCompare(b.slug));
  return [...groups.values()].sort((a, b) => name(a).localeCompare(name(b)) || a.ask.kind.localeCompare(b.ask.kind));
}

function whomToAsk(data: EntryData, ctx: ReviewContext): { ask: Ask; route: string } {
  const mentor = ctx.people.get(data.mentor);
  if (mentor && !hasLeft(mentor, ctx.today)) {
    return { ask: { kind: 'mentor', person: data.mentor, name: mentor.name, role: mentor.role }, route: 'their mentor' };
  }
  const gone = mentor ? `${mentor.name} left on ${mentor.leaving}` : `mentor \`${data.mentor}\` is not in content/people`;
  const topic = data.topics[0];
  const label = (id: string) => ctx.graph.byId.get(id)?.label ?? id;
  const stewardship = topic === undefined ? undefined : stewardOf(topic, ctx.graph);
  if (topic === undefined || !stewardship) {
    return {
      ask: { kind: 'nobody' },
      route: `${gone}, and ${topic ? `topic \`${topic}\`` : 'the entry'} has no steward: set \`steward:\` on it or a broader topic in content/taxonomy.yaml`,
    };
  }
  const steward = ctx.people.get(stewardship.steward);
  if (!steward) {
    return {
      ask: { kind: 'nobody' },
      route: `${gone}, and the steward \`${stewardship.steward}\` of \`${stewardship.from}\` is not in content/people: add them or fix the id in content/taxonomy.yaml`,
    };
  }
  if (hasLeft(steward, ctx.today) && stewardship.steward === data.mentor) {
    return { ask: { kind: 'nobody' }, route: `${gone}, and was also the steward of \`${stewardship.from}\`: name a new steward in content/taxonomy.yaml` };
  }
  if (hasLeft(steward, ctx.today)) {
    return {
      ask: { kind: 'nobody' },
      route: `${gone}, and ${steward.name}, the steward of \`${stewardship.from}\`, left on ${steward.leaving}: name a new steward in content/taxonomy.yaml`,
    };
  }
  const inherited = stewardship.from === topic ? '' : ` (inherited from ${label(stewardship.from)})`;
  return {
    ask: { kind: 'steward', person: stewardship.steward, name: steward.name, role: steward.role },
    route: `${gone}; steward of ${label(topic)}${inherited}`,
  };
}

function dueReason(state: ReviewState, staleAfterMonths: number): string {
  switch (state.rule) {
    case 'review-by':
      return `review was due by ${state.dueOn}`;
    case 'undated':
      return 'never reviewed, and no added or conversation date to judge its age by';
    case 'age':
      return `${state.confirmed!.basis === 'reviewed' ? 'last reviewed' : state.confirmed!.basis === 'added' ? 'added' : 'recorded'} ${state.confirmed!.date}, over ${staleAfterMonths} months ago`;
  }
}
