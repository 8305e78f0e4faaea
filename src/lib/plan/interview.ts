// An interview plan for someone about to leave: the topics where they hold most or all of what is known,
// what is already captured, what is missing, and what to ask. Pure: the site page and `npm run plan` feed
// it the gate's published list for one audience and the mentor lookup their output may use.
import type { Gap } from '../gaps/gaps.ts';
import { closestTopics, topicHints } from '../index/topics.ts';
import type { MentorRef } from '../risk/types.ts';
import type { PublishedEntry, TopicPage } from '../site/model.ts';
import { kindInfo } from '../site/kinds.ts';
import { kinds } from '../schema/index.ts';

export interface PlanTopic {
  id: string;
  label: string;
  path: string;
  /** Nobody else has an entry on it: when they leave, nobody who has spoken to it remains. */
  sole: boolean;
  /** Their entries among the topic's (narrower topics counted in). */
  theirs: number;
  entries: number;
  /** What is already written, by kind. */
  byKind: Record<string, number>;
  newest?: string | undefined;
  /** Entries past their review date. */
  stale: number;
  /** What a reader of this topic cannot find yet. */
  missing: string[];
  /** Questions to ask them about it. */
  questions: string[];
}

export interface InterviewPlan {
  person: MentorRef;
  today: string;
  /** Days from `today` to their leaving day (negative once they have left). */
  daysLeft?: number | undefined;
  topics: PlanTopic[];
}

export interface PlanInput {
  topics: readonly TopicPage[];
  mentorOf(slug: string): MentorRef;
  /** The person's key, as `mentorOf` gives it. */
  person: string;
  today: string;
  /** Searches that found nothing ("Ask a mentor"), to turn into questions for the closest topic. */
  gaps?: readonly Gap[] | undefined;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** `Peak season` → `peak season` inside a sentence; `EDI` and `Q4 volume` stay as they are. */
const lower = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text).replace(/\.$/, '');

/**
 * The plan: every topic they have an entry on directly, those they alone speak to first, then by how
 * much of the topic is theirs. Undefined when they have no published entry.
 */
export function interviewPlan(input: PlanInput): InterviewPlan | undefined {
  const theirs = (e: PublishedEntry) => input.mentorOf(e.slug).key === input.person;
  const own = input.topics.filter((t) => t.entries.some(theirs));
  if (!own.length) return undefined;
  const person = input.mentorOf(own[0]!.entries.find(theirs)!.slug);
  const byId = new Map(input.topics.map((t) => [t.id, t]));
  const hints = topicHints(input);
  const asked = new Map<string, Gap[]>();
  for (const gap of input.gaps ?? []) {
    const near = closestTopics(gap.query, hints, 1)[0];
    if (near) (asked.get(near.path) ?? asked.set(near.path, []).get(near.path)!).push(gap);
  }

  const topics = own.map((t): PlanTopic => {
    const mentors = new Set(t.allEntries.map((e) => input.mentorOf(e.slug).key));
    const byKind = Object.fromEntries(kinds.map((k) => [k, t.allEntries.filter((e) => e.kind === k).length]));
    const newest = t.allEntries
      .map((e) => e.date)
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
    const emptyBelow = t.narrower.map((n) => byId.get(n.id)).filter((n) => n !== undefined && n.allEntries.length === 0) as TopicPage[];
    const noContext = t.entries.filter((e) => theirs(e) && !e.appliesWhen);
    const missing = [
      ...kinds.filter((k) => byKind[k] === 0).map((k) => `no ${kindInfo[k].plural.toLowerCase()}`),
      ...(emptyBelow.length ? [`nothing on ${emptyBelow.map((n) => n.label).join(', ')}`] : []),
      ...(noContext.length
        ? [
            `${noContext.length} of their entries ${noContext.length === 1 ? 'does' : 'do'} not say when ${noContext.length === 1 ? 'it applies' : 'they apply'}`,
          ]
        : []),
      ...(t.allEntries.some((e) => e.stale) ? [`${t.allEntries.filter((e) => e.stale).length} due for review`] : []),
      ...(t.allEntries.some((e) => !e.reviewed) ? [`${t.allEntries.filter((e) => !e.reviewed).length} never reviewed`] : []),
    ];
    const questions = [
      ...(byKind.story === 0 ? [`Tell us about a time when what you knew about ${lower(t.label)} changed how things turned out.`] : []),
      ...(byKind.advice === 0 ? [`If someone took over your work on ${lower(t.label)} tomorrow, what is the one thing they should do, or never do?`] : []),
      ...(t.definition ? [`We describe ${t.label} as “${lower(t.definition)}”. What does that leave out?`] : []),
      ...(t.scopeNote ? [`Where does ${t.label} stop? Our note says: “${t.scopeNote}” Is that where you would draw the line?`] : []),
      ...emptyBelow.map((n) => `What should someone new know about ${lower(n.label)}?`),
      ...noContext.slice(0, 2).map((e) => `When does “${e.title}” not hold?`),
      ...(asked.get(t.path) ?? []).map((g) => `Colleagues searched for “${g.query}” and found nothing. What would you tell them?`),
    ];
    return {
      id: t.id,
      label: t.label,
      path: t.path,
      sole: mentors.size === 1,
      theirs: t.allEntries.filter(theirs).length,
      entries: t.allEntries.length,
      byKind,
      newest,
      stale: t.allEntries.filter((e) => e.stale).length,
      missing,
      questions,
    };
  });
  topics.sort((a, b) => Number(b.sole) - Number(a.sole) || b.theirs / b.entries - a.theirs / a.entries || b.entries - a.entries);
  return { person, today: input.today, daysLeft: person.leaving ? days(input.today, person.leaving) : undefined, topics };
}

/** The plan as Markdown, to print or send. */
export function formatInterviewPlan(plan: InterviewPlan): string {
  const p = plan.person;
  const who = p.name ?? 'A mentor';
  const when =
    plan.daysLeft === undefined
      ? 'No leaving date is recorded.'
      : plan.daysLeft < 0
        ? `Left on ${p.leaving}.`
        : `Leaves on ${p.leaving}, in ${plan.daysLeft} ${plan.daysLeft === 1 ? 'day' : 'days'}.`;
  const lines = [`# Interview plan: ${who}`, '', [p.role, when].filter(Boolean).join('. '), ''];
  const sole = plan.topics.filter((t) => t.sole).length;
  lines.push(`${plan.topics.length} ${plan.topics.length === 1 ? 'topic' : 'topics'} to cover, ${sole} of them held by ${who} alone. Most at risk first.`, '');
  plan.topics.forEach((t, i) => {
    const kindsLine = kinds
      .filter((k) => t.byKind[k])
      .map((k) => `${t.byKind[k]} ${(t.byKind[k] === 1 ? kindInfo[k].label : kindInfo[k].plural).toLowerCase()}`)
      .join(', ');
    lines.push(`## ${i + 1}. ${t.label}${t.sole ? ' (only mentor)' : ''}`, '');
    lines.push(
      `- Captured: ${t.entries} ${t.entries === 1 ? 'entry' : 'entries'}${kindsLine ? ` (${kindsLine})` : ''}, ${t.theirs} of them theirs${t.newest ? `; newest ${t.newest}` : ''}.`,
    );
    lines.push(`- Missing: ${t.missing.length ? t.missing.join('; ') : 'nothing obvious'}.`);
    if (t.questions.length) {
      lines.push('- Ask:');
      for (const q of t.questions) lines.push(`  1. ${q}`);
    }
    lines.push('');
  });
  return lines.join('\n').trimEnd();
}
