// `npm run eval`: how well ingest finds advice and removes third parties, on the labelled data in ../shared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateAdvice } from '../src/lib/ingest/extract/eval-advice.ts';
import { survivingNames } from '../src/lib/ingest/extract/survivors.ts';
import { ingestTranscript } from '../src/lib/ingest/pipeline.ts';
import { evaluateKnownNames, evaluatePersonNames } from '../src/lib/ingest/redact/eval.ts';
import { readContent } from '../src/lib/read/content.ts';

const usage = `Usage: npm run eval [-- --shared <dir>] [--json]

Prints precision, recall and F1 for advice detection and person-name redaction, and counts third-party
names that survive ingest of real conversations. Reads ../shared/data (or --shared); says so when absent.`;

const { values: args } = parseArgs({ options: { shared: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const data = resolve(args.shared ?? join(import.meta.dirname, '../../shared/data'));
if (!existsSync(data)) {
  console.log(`No evaluation data: ${data} is absent. Put the shared data folder beside the project (../shared/data) or pass --shared <dir>. Nothing was measured.`);
  process.exit(0);
}

const pct = (x: number) => x.toFixed(3);
const report: Record<string, unknown> = {};

// Advice detection, sentence level, on the held-out test sets.
for (const name of ['needadvice_test.tsv', 'askparents_test.tsv']) {
  const path = join(data, 'advice', name);
  if (existsSync(path)) report[`advice ${name}`] = evaluateAdvice(path);
}

// Person names, on synthetic sentences with gold spans: as unknown names and as names known in advance.
const pii = join(data, 'pii', 'presidio-synth-v2.json');
if (existsSync(pii)) {
  report['person names, unknown'] = evaluatePersonNames(pii);
  report['person names, known'] = evaluateKnownNames(pii);
}

// Real conversations: the guest consents; every other speaker is a third party whose name must not survive.
const guests: Record<string, string> = {
  'brain-science-1.md': 'Mireille B. Reece, Psy.D', 'founders-talk-60.md': 'Travis Kimmel', 'go-time-99.md': 'Stevenson Jean-Pierre',
  'js-party-104.md': 'Kahlil Lechelt', 'the-changelog-342.md': 'Emma Wedekind', 'the-changelog-453.md': 'Lara Hogan',
  'the-changelog-462.md': 'Brittany Dionigi', 'the-changelog-572.md': 'Dan Moore',
};
const transcripts = join(data, 'transcripts');
if (existsSync(transcripts)) {
  const content = readContent(join(import.meta.dirname, '../content'), { entries: false });
  const rows: Record<string, unknown>[] = [];
  let bytes = 0;
  let ms = 0;
  for (const file of readdirSync(transcripts).filter((f) => f.endsWith('.md')).sort()) {
    const guest = guests[file];
    if (!guest) continue;
    const source = readFileSync(join(transcripts, file));
    const started = performance.now();
    const result = ingestTranscript(source, file, '2020-01-01', {
      consentId: 'eval', mentorId: 'guest', mentor: { name: guest.replace(/,.*$/, ''), role: 'Guest' },
      consent: { person: 'guest', given: '2020-01-01', audience: 'all-staff', attribution: 'named' },
      otherPeople: [], taxonomy: content.taxonomy, organizations: 'keep',
    });
    ms += performance.now() - started;
    bytes += source.length;
    const others = result.transcript.speakers.filter((s) => !result.mentorLabels.includes(s) && s !== 'Break');
    const drafts = result.passages.filter((p) => p.text);
    const survivors = new Set(drafts.flatMap((p) => survivingNames(`${p.title}\n${p.summary}\n${p.quote}`, others)));
    rows.push({ file, guest, passages: result.passages.length, drafts: drafts.length, kinds: count(drafts.map((p) => p.kind!)), otherSpeakers: others.length, survivingNames: [...survivors] });
  }
  report['real conversations'] = rows;
  report['ingest throughput'] = { megabytes: bytes / 1e6, seconds: ms / 1000, mbPerSecond: bytes / 1e6 / (ms / 1000) };
}

if (args.json) console.log(JSON.stringify(report, null, 2));
else {
  for (const [name, value] of Object.entries(report)) {
    if (Array.isArray(value)) {
      console.log(`\n${name}:`);
      for (const r of value as Record<string, unknown>[]) console.log(`  ${String(r.file).padEnd(22)} drafts ${String(r.drafts).padStart(3)} of ${String(r.passages).padStart(3)} passages  ${JSON.stringify(r.kinds)}  surviving third-party names: ${(r.survivingNames as string[]).length ? (r.survivingNames as string[]).join(', ') : 0}`);
    } else if (value && typeof value === 'object' && 'f1' in value) {
      const v = value as { precision: number; recall: number; f1: number; n: number };
      console.log(`${name.padEnd(32)} precision ${pct(v.precision)}  recall ${pct(v.recall)}  F1 ${pct(v.f1)}  (n=${v.n})`);
    } else console.log(`${name.padEnd(32)} ${JSON.stringify(value)}`);
  }
}

function count(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
