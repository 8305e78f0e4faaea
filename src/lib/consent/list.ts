import { formatProblem, type Problem } from '../problems.ts';
import { readConsentRecords } from './record.ts';
import { scanEntries } from './scan.ts';
import { consentState, type ConsentState } from './state.ts';

/** One line of `npm run consent -- list`. Only people ids: the list is for knowledge managers in the repo. */
export interface ConsentRow {
  id: string;
  file: string;
  person?: string | undefined;
  audience?: string | undefined;
  attribution?: string | undefined;
  kinds?: string[] | undefined;
  /** Absent when the record is invalid; see `problems`. */
  state?: ConsentState | undefined;
  /** How many entry files name this consent, by status. */
  entries: { published: number; draft: number; retired: number };
  problems: Problem[];
}

/**
 * Every consent record with its state on `date` and how many entries use it. Invalid records are listed too,
 * with their problems, so a typo never hides a record from the people responsible for it.
 */
export function listConsents(contentDir: string, date: string): ConsentRow[] {
  const counts = new Map<string, ConsentRow['entries']>();
  for (const entry of scanEntries(contentDir)) {
    if (!entry.consent) continue;
    const c = counts.get(entry.consent) ?? { published: 0, draft: 0, retired: 0 };
    if (entry.status === 'published' || entry.status === 'draft' || entry.status === 'retired') c[entry.status]++;
    counts.set(entry.consent, c);
  }
  return readConsentRecords(contentDir).map((record): ConsentRow => {
    const str = (key: string) => (typeof record.raw[key] === 'string' ? record.raw[key] : undefined);
    return {
      id: record.id,
      file: record.file,
      person: record.data?.person ?? str('person'),
      audience: record.data?.audience ?? str('audience'),
      attribution: record.data?.attribution ?? str('attribution'),
      kinds: record.data?.kinds,
      state: record.data ? consentState(record.data, date) : undefined,
      entries: counts.get(record.id) ?? { published: 0, draft: 0, retired: 0 },
      problems: record.problems,
    };
  });
}

/** The list as an aligned text table, then the problems of invalid records, if any. */
export function formatConsentTable(rows: readonly ConsentRow[], date: string): string {
  if (rows.length === 0) return 'No consent records in `content/consent/`. Add one with `npm run consent -- new`.';
  const entries = (e: ConsentRow['entries']) =>
    [e.published && `${e.published} published`, e.draft && `${e.draft} draft`, e.retired && `${e.retired} retired`].filter(Boolean).join(', ') || 'none';
  const head = ['id', 'person', 'audience', 'attribution', 'state', 'entries'];
  const body = rows.map((r) => [r.id, r.person ?? '?', r.audience ?? '?', r.attribution ?? '?', r.state?.label ?? 'invalid (see below)', entries(r.entries)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const out = [`Consent records on ${date}:`, '', line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  const problems = rows.flatMap((r) => r.problems);
  if (problems.length) out.push('', 'Invalid records (fix them; the build refuses them too):', ...problems.map(formatProblem));
  return out.join('\n');
}
