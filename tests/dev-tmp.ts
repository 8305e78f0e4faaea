import { readFileSync } from 'node:fs';
import { ingestTranscript } from '../src/lib/ingest/pipeline.ts';
import { readContent } from '../src/lib/read/index.ts';
const gold = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const path = gold.file.replace('../shared/data/', '../shared/data/');
const taxonomy = readContent('content', { entries: false }).taxonomy;
const r = ingestTranscript(readFileSync(path), gold.transcript, '2020-01-01', { consentId: 'e', mentorId: 'm', mentor: { name: gold.mentorName ?? gold.mentor, role: 'M' }, consent: { person: 'm', given: '2020-01-01', audience: 'all-staff', attribution: 'named' }, otherPeople: [], taxonomy, organizations: 'keep' });
const norm = (s: string) => (s.toLowerCase().normalize('NFKD').replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean);
const words = r.transcript.turns.filter((x) => x.speaker === gold.mentor).flatMap((x) => norm(x.text));
const find = (w: string[], from = 0) => { for (let i = from; i <= words.length - w.length; i++) if (w.every((x, k) => words[i + k] === x)) return i; return -1; };
const units = gold.units.map((u: any, i: number) => { const s = find(norm(u.start)); const e = find(norm(u.end), s); return { i, kind: u.kind, from: s, to: e + norm(u.end).length, title: u.title }; });
for (const p of r.passages.filter((x) => x.text)) {
  const runs = p.quote.split(/\[[^\]]*\]/u).map(norm).filter((x) => x.length >= 3);
  const from = find(runs[0]!.slice(0, 8)); const last = runs[runs.length - 1]!.slice(-8); const to = find(last, from) + last.length;
  const ov = units.map((u: any) => ({ u, o: Math.max(0, Math.min(to, u.to) - Math.max(from, u.from)) })).filter((x: any) => x.o > 0);
  console.log(`[${from}-${to} ${to - from}w ${p.kind}] ${(p.title ?? '').slice(0, 60)} :: ${ov.map((x: any) => `#${x.u.i}(${x.u.kind} ${Math.round(100 * x.o / (x.u.to - x.u.from))}%)`).join(' ')}`);
}
console.log(units.map((u: any) => `#${u.i} ${u.from}-${u.to} ${u.kind} ${u.title}`).join('\n'));
