import type { Nodes } from 'mdast';
import { walk } from '../read/walk.ts';
import { detectEmails, detectKnownNames, detectPeople, detectPhones, nameTokens } from '../ingest/redact/index.ts';
import type { ContentRecords, EntrySource } from '../read/content.ts';
import type { Person } from '../schema/index.ts';
import type { FieldIndex } from '../read/fields.ts';
import { fieldPosition } from './locate.ts';
import type { Finding } from './types.ts';

interface Text { value: string; line: number; column: number; where: string }

/** Body text nodes and the title and summary, each with where it starts in the file. */
function texts(entry: EntrySource & { fields: FieldIndex }): Text[] {
  const out: Text[] = [];
  for (const field of ['title', 'summary'] as const) out.push({ value: entry.data[field], ...fieldPosition(entry, [field]), where: `the ${field}` });
  walk<Nodes>(entry.tree, (node) => {
    const start = node.type === 'text' ? node.position?.start : undefined;
    if (start && node.type === 'text') out.push({ value: node.value, line: start.line, column: start.column, where: 'the body' });
  });
  return out;
}

/** Where in the file an offset inside a text node falls (text nodes may span lines). */
function position(text: Text, offset: number): { line: number; column: number } {
  const before = text.value.slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1 ? { line: text.line, column: text.column + offset } : { line: text.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

/** A cheap prefilter: only texts containing one of these words can contain a known name. */
export function namePrefilter(names: readonly string[]): RegExp | undefined {
  const tokens = [...new Set(names.flatMap((n) => nameTokens(n)).filter((t) => t.length >= 2))];
  return tokens.length ? new RegExp(`\\b(?:${tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i') : undefined;
}

export interface PrivacyIndex {
  people: ReadonlyMap<string, Person>;
  prefilter: RegExp | undefined;
  detectUnknownNames: boolean;
}

/**
 * What an entry must not say: the name of a mentor whose consent is `role` or `anonymous` (an attribution
 * leak), anyone else the organisation knows by name, emails and phone numbers. Uses ingest's detectors,
 * so what check refuses is exactly what ingest would have redacted.
 */
export function checkPrivacy(entry: EntrySource & { fields: FieldIndex }, content: Omit<ContentRecords, 'entries'>, index: PrivacyIndex): Finding[] {
  const out: Finding[] = [];
  const consent = content.consents.get(entry.data.consent);
  const mentor = content.people.get(entry.data.mentor);
  const hidesMentor = consent !== undefined && consent.attribution !== 'named';
  const others = [...index.people].filter(([id]) => id !== entry.data.mentor).map(([, p]) => p.name);
  for (const text of texts(entry)) {
    if (index.prefilter?.test(text.value)) {
      if (hidesMentor && mentor) {
        for (const span of detectKnownNames(text.value, [mentor.name])) {
          out.push({ file: entry.file, ...position(text, span.start), severity: 'error', rule: 'attribution-leak', message: `\`${span.text}\` in ${text.where} names the mentor, whose consent \`${entry.data.consent}\` is \`${consent.attribution}\`: readers must not learn who said this. Write "I" or [the mentor] instead.` });
        }
      }
      for (const span of detectKnownNames(text.value, others)) {
        out.push({ file: entry.file, ...position(text, span.start), severity: 'error', rule: 'third-party-name', message: `\`${span.text}\` in ${text.where} names a third party. Replace it with a neutral description such as [a colleague] or "my manager".` });
      }
    }
    for (const span of [...detectEmails(text.value), ...detectPhones(text.value)]) {
      out.push({ file: entry.file, ...position(text, span.start), severity: 'error', rule: 'contact-details', message: `\`${span.text}\` in ${text.where} looks like ${span.type === 'email' ? 'an email address' : 'a phone number'}. Remove it or write [${span.type}].` });
    }
    if (index.detectUnknownNames && text.where === 'the body') {
      for (const span of detectPeople(text.value)) {
        if (mentor && detectKnownNames(span.text, [mentor.name]).length && !hidesMentor) continue;
        out.push({ file: entry.file, ...position(text, span.start), severity: 'warning', rule: 'possible-name', message: `\`${span.text}\` may be a person's name. If it is a third party, replace it with [a colleague]; if not, ignore this warning.` });
      }
    }
  }
  return out;
}
