import { matcherFor } from '../gate/index.ts';
import { detectEmails, detectKnownNames, detectPeople, detectPhones, nameTokens } from '../ingest/redact/index.ts';
import { describeSource, findLeaks, outputStrings, type Leak, type OutputString } from '../privacy/index.ts';
import type { ContentRecords, EntrySource } from '../read/content.ts';
import type { Person } from '../schema/index.ts';
import type { FieldIndex } from '../read/fields.ts';
import { fieldPosition, scalarRange } from './locate.ts';
import type { Finding } from './types.ts';

type Entry = EntrySource & { fields: FieldIndex };

/** Where in the file an offset inside an output string falls (body text may span lines). */
function position(entry: Entry, string: OutputString, offset: number): { line: number; column: number } {
  const source = string.source;
  if (source.in === 'slug') return { line: 1, column: 1 };
  if (source.in === 'front-matter') {
    // On the value's own line when the scalar is written as it reads (plain, or quoted without escapes).
    const at = fieldPosition(entry, source.path);
    const raw = scalarRange(entry, source.path)?.text;
    const k = raw?.indexOf(string.value) ?? -1;
    return k >= 0 ? { line: at.line, column: at.column + k + offset } : at;
  }
  if (source.node !== 'text') return { line: source.line, column: source.column };
  const lines = string.value.slice(0, offset).split('\n');
  return lines.length === 1
    ? { line: source.line, column: source.column + offset }
    : { line: source.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

// What people read as prose, where other people's names and contact details are looked for. URLs, code
// block languages and labels are left to the attribution scan, which reads every string.
const prose = (s: OutputString) =>
  s.source.in === 'front-matter'
    ? !['topics', 'stages', 'conversation', 'reviewed', 'reviewBy', 'added', 'kind'].includes(String(s.source.path[0]))
    : s.source.in === 'body' && (s.source.node === 'text' || ['alt', 'title', 'title='].includes(s.source.part));

/** A cheap prefilter: only texts containing one of these words can contain a known name. */
export function namePrefilter(names: readonly string[]): RegExp | undefined {
  const tokens = [...new Set(names.flatMap((n) => nameTokens(n)).filter((t) => t.length >= 2))];
  return tokens.length ? new RegExp(`\\b(?:${tokens.map((t) => RegExp.escape(t)).join('|')})\\b`, 'i') : undefined;
}

export interface PrivacyIndex {
  people: ReadonlyMap<string, Person>;
  prefilter: RegExp | undefined;
  detectUnknownNames: boolean;
}

const fixFor = (leak: Leak): string => {
  const s = leak.string.source;
  if (s.in === 'slug') return 'Rename the file to a slug that does not name them.';
  if (s.in === 'body' && /url/.test(s.part)) return 'Remove the link, or point it at a page whose address does not name them.';
  if (leak.what === 'role') return 'Describe the work in general terms ("a senior engineer", "our platform team").';
  return 'Write "I" or [the mentor] instead.';
};

/**
 * What an entry must not say: anything naming a mentor whose consent is `role` or `anonymous` (an
 * attribution leak: the gate's own scan, so check and the build always agree), anyone else the
 * organisation knows by name, emails and phone numbers. Uses ingest's detectors, so what check refuses is
 * exactly what ingest would have redacted.
 */
export function checkPrivacy(entry: Entry, content: Omit<ContentRecords, 'entries'>, index: PrivacyIndex): Finding[] {
  const found: Finding[] = [];
  const consent = content.consents.get(entry.data.consent);
  const mentor = content.people.get(entry.data.mentor);
  const strings = [...outputStrings(entry)];
  const matcher = consent && mentor ? matcherFor(entry.data.mentor, mentor, consent.attribution, consent.identifying) : undefined;
  if (matcher && consent) {
    for (const leak of findLeaks(strings, matcher)) {
      const gives = {
        role: "gives away the mentor's role",
        'people id': "is the mentor's people id",
        identifying: "identifies the mentor (it is in the consent's `identifying` list)",
        name: 'names the mentor',
      }[leak.what];
      found.push({
        file: entry.file,
        ...position(entry, leak.string, leak.start),
        severity: 'error',
        rule: 'attribution-leak',
        message: `\`${leak.text}\` in ${describeSource(leak.string.source)} ${gives}, whose consent \`${entry.data.consent}\` is \`${consent.attribution}\`: readers must not learn who said this, and the build withholds the entry. ${fixFor(leak)}`,
      });
    }
  }
  const others = [...index.people].filter(([id]) => id !== entry.data.mentor).map(([, p]) => p.name);
  for (const string of strings.filter(prose)) {
    const where = describeSource(string.source);
    const at = (offset: number) => ({ file: entry.file, ...position(entry, string, offset) });
    if (index.prefilter?.test(string.value)) {
      for (const span of detectKnownNames(string.value, others)) {
        found.push({
          ...at(span.start),
          severity: 'error',
          rule: 'third-party-name',
          message: `\`${span.text}\` in ${where} names a third party. Replace it with a neutral description such as [a colleague] or "my manager".`,
        });
      }
    }
    for (const span of [...detectEmails(string.value), ...detectPhones(string.value)]) {
      found.push({
        ...at(span.start),
        severity: 'error',
        rule: 'contact-details',
        message: `\`${span.text}\` in ${where} looks like ${span.type === 'email' ? 'an email address' : 'a phone number'}. Remove it or write [${span.type}].`,
      });
    }
    if (index.detectUnknownNames && string.source.in === 'body' && string.source.node === 'text') {
      for (const span of detectPeople(string.value)) {
        if (mentor && detectKnownNames(span.text, [mentor.name]).length) continue;
        found.push({
          ...at(span.start),
          severity: 'warning',
          rule: 'possible-name',
          message: `\`${span.text}\` may be a person's name. If it is a third party, replace it with [a colleague]; if not, ignore this warning.`,
        });
      }
    }
  }
  // A footnote's label is both its identifier and its label: one finding for one place.
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(`${f.line}:${f.column}:${f.rule}`) && !!seen.add(`${f.line}:${f.column}:${f.rule}`));
}
