import type { Consent } from '../schema/index.ts';

/** Why a consent keeps its entries off the site on a given day. */
export type ConsentBar = 'consent-revoked' | 'consent-expired' | 'consent-embargoed';

/**
 * What keeps a consent's entries off the site on `today`, in the order that matters: a revocation at
 * once, whatever date it carries; an expiry from its day on; an embargo, or a `given` date still to come,
 * until its day. The gate, `consent list`, check and the commands that write entries all ask this.
 */
export function consentBars(consent: Consent, today: string): ConsentBar[] {
  const bars: ConsentBar[] = [];
  if (consent.revoked !== undefined) bars.push('consent-revoked');
  if (consent.expires !== undefined && consent.expires <= today) bars.push('consent-expired');
  if (embargoEnd(consent, today) !== undefined) bars.push('consent-embargoed');
  return bars;
}

/** The day an embargo (or a `given` date in the future) ends, when it has not yet. */
export function embargoEnd(consent: Consent, today: string): string | undefined {
  return [consent.embargoUntil, consent.given]
    .filter((d): d is string => d !== undefined && d > today)
    .sort()
    .at(-1);
}
