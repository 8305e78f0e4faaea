import type { Consent } from '../schema/index.ts';
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
 * Judges a consent on `date` the way the gate does (`src/lib/gate/gate.ts`): a revocation counts at once, an
 * expiry from its day on, an embargo (or a `given` date still to come) until its day. The first that applies
 * wins, because it is the one that keeps entries off the site.
 */
export function consentState(consent: Consent, date: string): ConsentState {
  if (consent.revoked !== undefined) return { state: 'revoked', when: consent.revoked, label: `revoked ${consent.revoked}` };
  if (consent.expires !== undefined && consent.expires <= date) return { state: 'expired', when: consent.expires, label: `expired ${consent.expires}` };
  const embargo = [consent.embargoUntil, consent.given]
    .filter((d): d is string => d !== undefined && d > date)
    .sort()
    .at(-1);
  if (embargo) return { state: 'embargoed', when: embargo, label: `embargoed until ${embargo}` };
  if (consent.expires !== undefined) {
    const daysLeft = daysBetween(date, consent.expires);
    if (daysLeft <= EXPIRING_WITHIN_DAYS) {
      return { state: 'expiring', when: consent.expires, daysLeft, label: `expiring ${consent.expires} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})` };
    }
  }
  return { state: 'active', label: 'active' };
}
