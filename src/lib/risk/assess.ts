// Knowledge at risk: topics whose every mentor is about to leave, and the leavers who alone hold what they
// know. Pure and framework-free: the site page and `npm run report -- at-risk` feed it the gate's published
// list for one audience, so a withheld entry can count in no figure.
import { addMonths } from '../review/months.ts';
import type { Leaver, MentorRef, RiskAssessment, RiskInput, TopicRisk } from './types.ts';

/** Leaves within the horizon: a leaving date on or before its last day (including dates already past). */
const leavesBy = (m: MentorRef, horizonEnd: string): boolean => m.leaving !== undefined && m.leaving <= horizonEnd;

/** Named mentors first, then by name; unnamed ones in key order (their keys say nothing). */
const byName = (a: MentorRef, b: MentorRef): number =>
  Number(b.named) - Number(a.named) || (a.name ?? '').localeCompare(b.name ?? '') || a.key.localeCompare(b.key);

/** Assesses every topic and every leaver; see `RiskAssessment`. */
export function assessRisk(input: RiskInput): RiskAssessment {
  const horizonEnd = addMonths(input.today, input.horizonMonths);
  const mentorsByTopic = new Map<string, Map<string, MentorRef>>();

  const topics = input.topics.map((t): TopicRisk => {
    const mentors = new Map<string, MentorRef>();
    for (const e of t.allEntries) {
      const m = input.mentorOf(e.slug);
      if (!mentors.has(m.key)) mentors.set(m.key, m);
    }
    mentorsByTopic.set(t.id, mentors);
    const list = [...mentors.values()].sort(byName);
    const atRisk = list.length > 0 && list.every((m) => leavesBy(m, horizonEnd));
    const lastLeaving = atRisk
      ? list
          .map((m) => m.leaving!)
          .sort()
          .at(-1)
      : undefined;
    return { id: t.id, label: t.label, path: t.path, depth: t.depth, entries: t.allEntries.length, mentors: list, atRisk, lastLeaving };
  });

  // An entry is held alone when one of its own topics has no other mentor: nobody else has spoken to it.
  const soleHolder = (topicId: string): string | undefined => {
    const mentors = mentorsByTopic.get(topicId);
    return mentors?.size === 1 ? [...mentors.keys()][0] : undefined;
  };
  const seen = new Set<string>();
  const stats = new Map<string, { mentor: MentorRef; entries: number; soleEntries: number }>();
  for (const t of input.topics) {
    for (const e of t.allEntries) {
      if (seen.has(e.slug)) continue;
      seen.add(e.slug);
      const mentor = input.mentorOf(e.slug);
      const s = stats.get(mentor.key) ?? stats.set(mentor.key, { mentor, entries: 0, soleEntries: 0 }).get(mentor.key)!;
      s.entries += 1;
      if (e.topics.some((x) => soleHolder(x.id) === mentor.key)) s.soleEntries += 1;
    }
  }

  const leavers = [...stats.values()]
    .filter((s) => leavesBy(s.mentor, horizonEnd))
    .map(({ mentor, entries, soleEntries }): Leaver => {
      const sole = new Set(input.topics.filter((t) => soleHolder(t.id) === mentor.key).map((t) => t.id));
      const widest = input.topics.filter((t) => sole.has(t.id) && !t.broader.some((b) => sole.has(b.id)));
      return {
        mentor,
        leaving: mentor.leaving!,
        left: mentor.leaving! < input.today,
        entries,
        soleEntries,
        soleTopics: widest.map((t) => ({ id: t.id, label: t.label, path: t.path })),
      };
    })
    .sort((a, b) => b.soleEntries - a.soleEntries || a.leaving.localeCompare(b.leaving) || byName(a.mentor, b.mentor));

  return { today: input.today, horizonMonths: input.horizonMonths, horizonEnd, topics, leavers };
}
