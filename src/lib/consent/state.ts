import { consentBars, embargoEnd } from '../gate/standing.ts';
import type { Consent } from '../schema/index.ts';
import { plural } from '../text/index.ts';
import { daysBetween } from './dates.ts';

/** A consent that ends within this many days is flagged, so knowledge managers can ask for a renewal in time. */
export const EXPIRING_WITHIN_DAYS = 60;

export type ConsentStateName = 'active' | 'embargoed' | 'expiring' | 'expired' | 'revoked';

/** Where a consent stands on a given day, with the day that matters for that state. */
export interface ConsentState {
  state: ConsentStateName;
  /** The revoked, expiry or embargo date behind the state; absent for `active`. */
  when?: string | undefined;
  /** For `expiring`: days left until nothing is published. */
  daysLeft?: number | undefined;
  /** Short words for a table, e.g. `embargoed until 2027-06-01`. */
  label: string;
}

/**
 * Judges a consent on `date` by the gate's own rule (`consentBars`); the first bar that applies names the
 * state, because it is the one that keeps entries off the site.
 */
export function consentState(consent: Consent, date: string): ConsentState {
  const bar = consentBars(consent, date)[0];
  if (bar === 'consent-revoked') return { state: 'revoked', when: consent.revoked, label: `revoked ${consent.revoked}` };
  if (bar === 'consent-expired') return { state: 'expired', when: consent.expires, label: `expired ${consent.expires}` };
  const embargo = bar === 'consent-embargoed' ? embargoEnd(consent, date) : undefined;
  if (embargo) return { state: 'embargoed', when: embargo, label: `embargoed until ${embargo}` };
  if (consent.expires !== undefined) {
    const daysLeft = daysBetween(date, consent.expires);
    if (daysLeft <= EXPIRING_WITHIN_DAYS) {
      return { state: 'expiring', when: consent.expires, daysLeft, label: `expiring ${consent.expires} (in ${plural(daysLeft, 'day')})` };
    }
  }
  return { state: 'active', label: 'active' };
}
