import { z } from 'zod';

/** The parts of `npm run report -- stale --json` the reminders need. */
const staleSchema = z.looseObject({
  report: z.literal('stale', { error: 'expected the output of `npm run report -- stale --json`' }),
  date: z.string(),
  groups: z.array(
    z.looseObject({
      ask: z.looseObject({ kind: z.string(), person: z.string(), name: z.string() }).nullable(),
      entries: z.array(z.looseObject({ file: z.string(), title: z.string(), due: z.string(), route: z.string() })),
    }),
  ),
});
/** Open issues as `gh issue list --label review-reminder --json number,title,body` prints them. */
const issuesSchema = z.array(z.looseObject({ number: z.number().int(), title: z.string(), body: z.string().nullable().default('') }), {
  error: 'expected the JSON list that `gh issue list --json number,title,body` prints',
});
export const reminderInputs = { stale: staleSchema, issues: issuesSchema };

/** What the workflow does: open an issue for someone newly due, rewrite one whose list changed, close one with nothing due. */
export interface ReminderPlan {
  create: { person: string; title: string; body: string }[];
  update: { number: number; person: string; title: string; body: string }[];
  close: { number: number; person: string; comment: string }[];
}

/** The line that says whose issue it is, so reruns find it again whatever its title says. */
const marker = (person: string) => `<!-- tacit-review-reminder: ${person} -->`;
const personOf = (body: string) => /<!-- tacit-review-reminder: ([a-z0-9-]+) -->/.exec(body)?.[1];

/**
 * One issue per person with entries due: the mentor, or the steward standing in for one who has left.
 * Idempotent: the same report and the issues it produced give an empty plan.
 */
export function planReminders(stale: z.infer<typeof staleSchema>, open: z.infer<typeof issuesSchema>): ReminderPlan {
  const plan: ReminderPlan = { create: [], update: [], close: [] };
  const existing = new Map<string, { number: number; title: string; body: string }>();
  for (const issue of open) {
    const person = personOf(issue.body ?? '');
    if (person && !existing.has(person)) existing.set(person, { number: issue.number, title: issue.title, body: issue.body ?? '' });
  }
  const due = new Set<string>();
  for (const group of stale.groups) {
    if (!group.ask || !group.entries.length) continue;
    const { person, name, kind } = group.ask;
    due.add(person);
    const title = `Review due: ${group.entries.length} ${group.entries.length === 1 ? 'entry' : 'entries'} for ${name}`;
    const body = [
      marker(person),
      `${name}, ${kind === 'mentor' ? 'these entries of yours' : 'as steward, these entries on your topics'} are due for review. For each, confirm it still holds (set \`reviewed:\` to the day you checked) or say what changed:`,
      '',
      ...group.entries.map((e) => `- [ ] **${e.title}** (\`${e.file}\`): ${e.due}; ${e.route}.`),
      '',
      'This issue is kept up to date by the review-reminders workflow and closes itself when nothing is due.',
    ].join('\n');
    const issue = existing.get(person);
    if (!issue) plan.create.push({ person, title, body });
    else if (issue.body.trim() !== body.trim() || issue.title !== title) plan.update.push({ number: issue.number, person, title, body });
  }
  for (const [person, issue] of existing)
    if (!due.has(person)) plan.close.push({ number: issue.number, person, comment: `Nothing is due for review any more (as of ${stale.date}). Thank you.` });
  return plan;
}
