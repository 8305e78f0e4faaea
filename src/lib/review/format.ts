import { textTable } from '../text/index.ts';
import type { ReviewGroup } from './overdue.ts';
import type { ReviewScope } from './scope.ts';

export interface StaleReportMeta {
  today: string;
  /** The audience whose published list was judged, or undefined for every entry marked `published`. */
  audience: string | undefined;
  staleAfterMonths: number;
}

/** `npm run report -- stale` as text: one "Ask …" block per person, each a table of their overdue entries. */
export function formatStaleReport(groups: readonly ReviewGroup[], scope: ReviewScope, meta: StaleReportMeta): string {
  const what = meta.audience ? `entries published for \`${meta.audience}\`` : 'every entry marked published, for any audience';
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const out = [`Entries due for review on ${meta.today}: ${what}; due after ${meta.staleAfterMonths} months without review, or on their reviewBy day.`];
  for (const g of groups) {
    const head =
      g.ask.kind === 'nobody'
        ? 'Nobody to ask: the mentor has left and no steward can stand in'
        : `Ask ${g.ask.name} (${g.ask.role}), ${g.ask.kind === 'mentor' ? 'the mentor' : 'as steward'}: ${g.entries.length} ${g.entries.length === 1 ? 'entry' : 'entries'}`;
    const rows = g.entries.map((e) => [
      e.file,
      e.state.dueOn ?? '—',
      e.due,
      g.ask.kind === 'mentor' ? (scope.notes.get(e.slug) ?? '') : [e.route, scope.notes.get(e.slug)].filter(Boolean).join('; '),
    ]);
    // An empty last column would only add a ruled header, so it is left out.
    const header = ['entry', 'due on', 'why due', g.ask.kind === 'mentor' ? 'note' : 'why them'];
    const keep = rows.some((r) => r[3]) ? 4 : 3;
    out.push(
      '',
      head,
      textTable(
        header.slice(0, keep),
        rows.map((r) => r.slice(0, keep)),
      ),
    );
  }
  const askable = groups.filter((g) => g.ask.kind !== 'nobody').length;
  const orphans = groups.find((g) => g.ask.kind === 'nobody')?.entries.length ?? 0;
  const summary = `${total} ${total === 1 ? 'entry' : 'entries'} due, for ${askable} ${askable === 1 ? 'person' : 'people'} to look at${orphans ? `; ${orphans} with nobody to ask` : ''}.`;
  out.push('', total ? summary : 'Nothing is due for review.');
  for (const l of scope.leftOut) out.push(`Left out: ${l.file} (${l.reason}).`);
  return out.join('\n');
}

/** The same report as JSON, for tools. */
export function staleReportJson(groups: readonly ReviewGroup[], scope: ReviewScope, meta: StaleReportMeta): unknown {
  return {
    report: 'stale',
    date: meta.today,
    audience: meta.audience ?? null,
    staleAfterMonths: meta.staleAfterMonths,
    total: groups.reduce((n, g) => n + g.entries.length, 0),
    groups: groups.map((g) => ({
      ask: g.ask,
      entries: g.entries.map((e) => ({
        slug: e.slug,
        file: e.file,
        title: e.title,
        mentor: e.mentor,
        topic: e.topic ?? null,
        rule: e.state.rule,
        dueOn: e.state.dueOn ?? null,
        lastConfirmed: e.state.confirmed ?? null,
        due: e.due,
        route: e.route,
        note: scope.notes.get(e.slug) ?? null,
      })),
    })),
    leftOut: scope.leftOut,
  };
}
