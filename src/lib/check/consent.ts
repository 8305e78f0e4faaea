import { decide, embargoEnd, type GateContext } from '../gate/index.ts';
import type { ContentRecords, EntryRecord } from '../read/content.ts';
import { fieldPosition } from './locate.ts';
import type { Finding } from './types.ts';

/**
 * A published entry must be publishable: its consent in force, covering its kind and its mentor. Asked of
 * the gate itself, so `check` and the build can never disagree. Unknown ids are reported elsewhere.
 */
export function checkConsent(entry: EntryRecord, content: ContentRecords, ctx: GateContext): Finding[] {
  if (entry.data.status !== 'published') return [];
  const decision = decide(entry, { ...ctx, audience: content.consents.get(entry.data.consent)?.audience ?? ctx.audience });
  if (decision.published) return [];
  const consent = content.consents.get(entry.data.consent);
  const at = (field: string) => ({ file: entry.file, ...fieldPosition(entry, [field]) });
  const out: Finding[] = [];
  for (const reason of decision.reasons) {
    switch (reason) {
      // `consent-revoked`: reported for every status by the returning-content rule (returning.ts).
      case 'consent-expired':
        out.push({
          ...at('consent'),
          severity: 'warning',
          rule: 'consent-expired',
          message: `Consent \`${entry.data.consent}\` expired on ${consent?.expires}, so the entry is no longer published. Ask the mentor to renew consent, or retire the entry (\`status: retired\`).`,
        });
        break;
      case 'consent-embargoed':
        out.push({
          ...at('consent'),
          severity: 'warning',
          rule: 'consent-embargoed',
          message: `Consent \`${entry.data.consent}\` holds this entry back until ${consent && embargoEnd(consent, ctx.today)}; it will appear from then on.`,
        });
        break;
      case 'kind-not-consented':
        out.push({
          ...at('kind'),
          severity: 'error',
          rule: 'kind-not-consented',
          message: `Kind \`${entry.data.kind}\` is not covered by consent \`${entry.data.consent}\`, which allows ${consent?.kinds?.map((k) => `\`${k}\``).join(', ')}. Change the kind if it was wrong, or ask the mentor to extend consent.`,
        });
        break;
      case 'mentor-mismatch':
        // An unknown mentor is reported as such; saying it also mismatches would only add noise.
        if (!content.people.has(entry.data.mentor)) break;
        out.push({
          ...at('mentor'),
          severity: 'error',
          rule: 'mentor-mismatch',
          message: `Mentor \`${entry.data.mentor}\` is not the person who gave consent \`${entry.data.consent}\` (\`${consent?.person}\`). Use that person's own consent record.`,
        });
        break;
    }
  }
  return out;
}
