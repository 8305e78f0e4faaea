import { withheldReasons } from '../gate/index.ts';
import type { RetiringEntry, RevocationPlan } from './plan.ts';
import { plural } from '../text/index.ts';

/** Where an entry stands today, in words: on which sites, or why none publishes it. */
function standing(e: RetiringEntry): string {
  const status = e.status ?? 'no status';
  if (e.publishedIn.length) return `${status}, on the ${e.publishedIn.map((a) => `\`${a}\``).join(', ')} site${e.publishedIn.length === 1 ? '' : 's'}`;
  if (e.withheld === undefined) return `${status}, on no site (the file has errors)`;
  return `${status}, on no site (${e.withheld.map((r) => withheldReasons[r]).join(', ')})`;
}

/**
 * The revocation report a knowledge manager reads before confirming: every file that leaves, what each
 * audience's site stops building, what stays, and what is written. Names no one: entries by title, the
 * person by people id, as the repository already does.
 */
export function formatRevocation(plan: RevocationPlan, state: 'plan' | 'dry-run' | 'done'): string {
  const out: string[] = [];
  out.push(`Revoke consent \`${plan.consentId}\` (person \`${plan.person}\`), withdrawn on ${plan.revoked}.`, '');

  if (plan.entries.length === 0) out.push('No entry uses this consent; only the record is marked.');
  else {
    out.push(`Leaves the repository (${plural(plan.entries.length, 'entry', 'entries')}, whatever their status):`);
    for (const e of plan.entries) out.push(`  ${e.file}`, `      ${e.title ? `"${e.title}"` : '(no title)'}: ${standing(e)}`);
  }

  out.push('', `What the site stops building, judged on ${plan.retired}:`);
  for (const a of plan.impact) {
    if (a.pages.length === 0 && a.mentorPages.length === 0) {
      out.push(`  ${a.audience}: nothing (${a.published.before} published before and after)`);
      continue;
    }
    out.push(`  ${a.audience}: ${plural(a.pages.length, 'entry page')} (${a.published.before} → ${a.published.after} published)`);
    for (const p of a.pages) out.push(`    ${p.path}  ${p.title}`);
    for (const m of a.mentorPages) out.push(`    ${m.path}  the mentor page (no published entry names them any more)`);
    if (a.topics.length) {
      out.push('    entries per topic page:');
      for (const t of a.topics) out.push(`      ${t.path}  ${t.label}: ${t.before} → ${t.after}`);
    }
  }
  if (plan.staying.length) {
    out.push('', `Stays: ${plural(plan.staying.length, 'entry', 'entries')} by \`${plan.person}\` under other consent records (check they are still wanted):`);
    for (const s of plan.staying) out.push(`  ${s.file}  consent \`${s.consent}\`, ${s.status ?? 'no status'}`);
  }

  out.push('', state === 'done' ? 'Written:' : 'Writes:');
  out.push(
    `  ${plan.consent.file}  \`revoked: ${plan.revoked}\`${plan.reasonKept ? ', and the reason as a dated line in `notes` (kept because the person agreed)' : ''}`,
  );
  out.push(
    `  ${plan.tombstone.file}  ${plan.tombstone.merged ? 'the existing tombstone, with these entries added' : 'a tombstone'}: digests of the consent id and ${plural(plan.entries.length, 'slug')}, and the dates; no name, role, title or text`,
  );
  if (plan.otherProblems)
    out.push('', `Note: the content has ${plural(plan.otherProblems, 'other error')} (\`npm run check\` lists them). They do not stop the revocation.`);

  out.push('');
  if (state === 'dry-run') out.push('Dry run: nothing was written. Run again without `--dry-run` to revoke.');
  else if (state === 'done') out.push(revocationDone(plan));
  return out.join('\n');
}

/** The closing line once the revocation is written, on its own after a confirmed plan. */
export const revocationDone = (plan: RevocationPlan): string =>
  `Done: consent \`${plan.consentId}\` is revoked and ${plural(plan.entries.length, 'entry', 'entries')} deleted. Commit the change and open a pull request; the next build of every audience leaves these pages out.`;

/** The same report for tools (`--json`). */
export function revocationJson(plan: RevocationPlan, state: 'dry-run' | 'done') {
  return {
    consent: plan.consentId,
    person: plan.person,
    revoked: plan.revoked,
    retired: plan.retired,
    written: state === 'done',
    consentFile: plan.consent.file,
    tombstoneFile: plan.tombstone.file,
    reasonKept: plan.reasonKept,
    entries: plan.entries.map((e) => ({
      slug: e.slug,
      file: e.file,
      title: e.title ?? null,
      status: e.status ?? null,
      publishedIn: e.publishedIn,
      withheld: e.withheld ?? null,
    })),
    audiences: plan.impact,
    staying: plan.staying,
  };
}
