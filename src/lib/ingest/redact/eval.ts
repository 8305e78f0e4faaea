/**
 * Measure the detectors on a Presidio-style data set (`presidio-research`'s synthetic sentences:
 * `[{ full_text, spans: [{ entity_type, entity_value, start_position, end_position }] }]`).
 *
 * A gold span counts as found when a redaction overlaps it (the redacted text no longer shows it
 * whole); `fullRecall` is stricter and needs it covered entirely. A predicted span counts as right
 * when it overlaps a gold span of the same kind. Precision is against Presidio's labels only: a
 * person span over a place or a company counts as wrong, even though redacting it leaks nothing.
 *
 * `split` picks `dev` (even records, which the rules were tuned on) or `test` (odd records, only
 * ever scored), or `all`.
 */
import { readFileSync } from 'node:fs';
import { detectKnownNames } from './known-names.ts';
import { findRedactions, type Redaction } from './redact.ts';
import { scores } from '../../text/index.ts';

export interface PresidioSpan {
  entity_type: string;
  entity_value: string;
  start_position: number;
  end_position: number;
}

export interface PresidioRecord {
  full_text: string;
  spans: PresidioSpan[];
}

export type Split = 'all' | 'dev' | 'test';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Gold spans of this kind. */
  n: number;
  /** Gold spans entirely covered by a redaction. */
  fullRecall: number;
  /** Predicted spans of this kind. */
  predicted: number;
  /** Up to 20 gold spans that were not found, with some context. */
  misses: string[];
  /** Up to 20 predicted spans that overlap no gold span of this kind, and what Presidio says is there. */
  falsePositives: string[];
}

interface Interval {
  start: number;
  end: number;
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

function gold(span: PresidioSpan): Interval {
  return { start: span.start_position, end: span.end_position };
}

export function loadPresidio(source: string | readonly PresidioRecord[], split: Split = 'all'): PresidioRecord[] {
  const records: PresidioRecord[] = typeof source === 'string' ? (JSON.parse(readFileSync(source, 'utf8')) as PresidioRecord[]) : [...source];
  if (split === 'all') return records;
  return records.filter((_, i) => i % 2 === (split === 'dev' ? 0 : 1));
}

function context(text: string, s: Interval): string {
  return JSON.stringify(`${text.slice(Math.max(0, s.start - 40), s.start)}⟦${text.slice(s.start, s.end)}⟧${text.slice(s.end, s.end + 30)}`);
}

class Tally {
  tp = 0;
  fp = 0;
  found = 0;
  full = 0;
  n = 0;
  misses: string[] = [];
  falsePositives: string[] = [];

  /** Score one record: `goldSpans` of the kind, `predicted` of the kind, `any` = every redaction. */
  add(record: PresidioRecord, goldSpans: Interval[], predicted: Interval[], any: Interval[], goldTypes: readonly string[]): void {
    const text = record.full_text;
    for (const g of goldSpans) {
      this.n++;
      if (any.some((p) => overlaps(p, g))) this.found++;
      else if (this.misses.length < 20) this.misses.push(context(text, g));
      if (coveredChars(g, any) === g.end - g.start) this.full++;
    }
    for (const p of predicted) {
      if (goldSpans.some((g) => overlaps(p, g))) this.tp++;
      else {
        this.fp++;
        if (this.falsePositives.length < 20) {
          const other = record.spans.find((s) => overlaps(gold(s), p) && !goldTypes.includes(s.entity_type));
          this.falsePositives.push(`${context(text, p)} (${other ? other.entity_type : 'not labelled'})`);
        }
      }
    }
  }

  score(): Score {
    // A gold span counts as found when any prediction overlaps it; a prediction is right when it overlaps any.
    return {
      ...scores({ truePositives: this.tp, predicted: this.tp + this.fp, expected: this.n, found: this.found }),
      n: this.n,
      fullRecall: this.n === 0 ? 1 : this.full / this.n,
      predicted: this.tp + this.fp,
      misses: this.misses,
      falsePositives: this.falsePositives,
    };
  }
}

function coveredChars(g: Interval, spans: Interval[]): number {
  let covered = 0;
  for (let i = g.start; i < g.end; i++) if (spans.some((s) => s.start <= i && i < s.end)) covered++;
  return covered;
}

function goldOf(record: PresidioRecord, types: readonly string[]): Interval[] {
  return record.spans.filter((s) => types.includes(s.entity_type)).map(gold);
}

function ofType(redactions: Redaction[], type: Redaction['type']): Interval[] {
  return redactions.filter((r) => r.type === type);
}

/**
 * Person names nobody announced: the whole pipeline runs with no known names, companies kept and
 * asides left in, as for a transcript whose speakers mention colleagues.
 */
export function evaluatePersonNames(source: string | readonly PresidioRecord[], split: Split = 'all'): Score {
  const tally = new Tally();
  for (const record of loadPresidio(source, split)) {
    const redactions = findRedactions(record.full_text, { organizations: 'keep', dropAsides: false });
    tally.add(record, goldOf(record, ['PERSON']), ofType(redactions, 'person'), redactions, ['PERSON']);
  }
  return tally.score();
}

/**
 * Names given in advance: each record's gold names are passed as known names. `precision` and
 * `recall` are those of the known-name matcher alone.
 */
export function evaluateKnownNames(source: string | readonly PresidioRecord[], split: Split = 'all'): Score {
  const tally = new Tally();
  for (const record of loadPresidio(source, split)) {
    const names = [...new Set(record.spans.filter((s) => s.entity_type === 'PERSON').map((s) => s.entity_value))];
    const spans = detectKnownNames(record.full_text, names);
    tally.add(record, goldOf(record, ['PERSON']), spans, spans, ['PERSON']);
  }
  return tally.score();
}

const CONTACT_TYPES = {
  email: ['EMAIL_ADDRESS'],
  phone: ['PHONE_NUMBER'],
  address: ['STREET_ADDRESS'],
  organization: ['ORGANIZATION'],
} as const;

export type ContactKind = keyof typeof CONTACT_TYPES;

/** E-mail, phone, street address and organisation detection (organisations redacted). */
export function evaluateContacts(source: string | readonly PresidioRecord[], split: Split = 'all'): Record<ContactKind, Score> {
  const tallies = { email: new Tally(), phone: new Tally(), address: new Tally(), organization: new Tally() };
  for (const record of loadPresidio(source, split)) {
    const redactions = findRedactions(record.full_text, { organizations: 'redact', dropAsides: false });
    for (const kind of Object.keys(CONTACT_TYPES) as ContactKind[]) {
      const types = CONTACT_TYPES[kind];
      // Recall counts only spans of the kind: a phone number inside an "[address]" is not "found as a phone".
      const mine = ofType(redactions, kind);
      tallies[kind].add(record, goldOf(record, types), mine, mine, types);
    }
  }
  return {
    email: tallies.email.score(),
    phone: tallies.phone.score(),
    address: tallies.address.score(),
    organization: tallies.organization.score(),
  };
}
