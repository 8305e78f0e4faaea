import { z } from 'zod';
import { closestTopics, type TopicHint } from '../index/topics.ts';

/**
 * One issue as `gh issue list --json number,title,body,url,createdAt` prints it (other fields are
 * ignored): a reader's "Ask a mentor about this" from the search page, or any gap filed by hand.
 */
const issueSchema = z.looseObject({
  number: z.number().int().optional(),
  title: z.string().default(''),
  body: z.string().nullable().default(''),
  url: z.string().optional(),
  createdAt: z.string().optional(),
});
export const issueListSchema = z.array(issueSchema, { error: 'expected the JSON list that `gh issue list --json number,title,body,url,createdAt` prints' });

/** A knowledge gap: what someone searched for and found nothing, or too little, about. */
export interface Gap {
  query: string;
  filters?: string | undefined;
  number?: number | undefined;
  url?: string | undefined;
  created?: string | undefined;
}

/** The answer under a heading of an issue form's body (`### What did you search for?` then the text). */
function section(body: string, heading: RegExp): string | undefined {
  const lines = body.split(/\r?\n/);
  const at = lines.findIndex((l) => /^#{2,4}\s/.test(l) && heading.test(l));
  if (at < 0) return undefined;
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => /^#{2,4}\s/.test(l));
  const text = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return text && text !== '_No response_' ? text : undefined;
}

/**
 * The gaps in an issue list. The query comes from the issue form's "What did you search for?" field,
 * else from a title the search page wrote (`Ask a mentor: …`), else from the title itself.
 */
export function gapsOf(issues: z.infer<typeof issueListSchema>): Gap[] {
  return issues.flatMap((issue) => {
    const body = issue.body ?? '';
    const query = section(body, /search/i) ?? issue.title.replace(/^\s*ask a mentor:\s*/i, '').trim();
    if (!query) return [];
    return [{ query, filters: section(body, /filter/i), number: issue.number, url: issue.url, created: issue.createdAt }];
  });
}

/** Gaps grouped by the topic closest to what was asked, busiest first; those near no topic last. */
export interface GapGroup {
  topic?: TopicHint | undefined;
  gaps: Gap[];
}

export function groupGaps(gaps: readonly Gap[], hints: readonly TopicHint[]): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const gap of gaps) {
    const topic = closestTopics(gap.query, hints, 1)[0];
    const key = topic?.path ?? '';
    (groups.get(key) ?? groups.set(key, { topic, gaps: [] }).get(key)!).gaps.push(gap);
  }
  return [...groups.values()].sort(
    (a, b) => Number(!a.topic) - Number(!b.topic) || b.gaps.length - a.gaps.length || (a.topic?.label ?? '').localeCompare(b.topic?.label ?? ''),
  );
}

/** The report as text: per topic, how much is written and what was asked. */
export function formatGapReport(groups: readonly GapGroup[]): string {
  if (!groups.length) return 'No gaps: no issue in the list asks for something the site does not have.';
  const total = groups.reduce((n, g) => n + g.gaps.length, 0);
  const lines = [`${total} ${total === 1 ? 'gap' : 'gaps'}, by the closest topic:`, ''];
  for (const g of groups) {
    const head = g.topic
      ? `${g.topic.label} (${g.topic.entries === 0 ? 'no entries yet' : `${g.topic.entries} ${g.topic.entries === 1 ? 'entry' : 'entries'}`})`
      : 'Near no topic: a new topic, or synonyms for one, may be missing';
    lines.push(`${head}: ${g.gaps.length}`);
    for (const gap of g.gaps)
      lines.push(`  - “${gap.query}”${gap.filters ? ` (filters: ${gap.filters})` : ''}${gap.number !== undefined ? ` #${gap.number}` : ''}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export const gapReportJson = (groups: readonly GapGroup[]) => ({
  gaps: groups.reduce((n, g) => n + g.gaps.length, 0),
  groups: groups.map((g) => ({ topic: g.topic ? { label: g.topic.label, path: g.topic.path, entries: g.topic.entries } : null, gaps: g.gaps })),
});
