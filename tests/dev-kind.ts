import { readFileSync, readdirSync } from 'node:fs';
import { ingestTranscript } from '../src/lib/ingest/pipeline.ts';
import { readContent } from '../src/lib/read/index.ts';
const taxonomy = readContent('content', { entries: false }).taxonomy;
const norm = (s: string) => (s.toLowerCase().normalize('NFKD').replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean);
const conf: Record<string, number> = {};
for (const f of readdirSync('tests/fixtures/ingest-dev').filter((x) => x.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(`tests/fixtures/ingest-dev/${f}`, 'utf8'));
  const r = ingestTranscript(readFileSync(gold.file), gold.transcript, '2020-01-01', { consentId: 'e', mentorId: 'm', mentor: { name: gold.mentorName ?? gold.mentor, role: 'M' }, consent: { person: 'm', given: '2020-01-01', audience: 'all-staff', attribution: 'named' }, otherPeople: [], taxonomy, organizations: 'keep' });
  const words = r.transcript.turns.filter((x) => x.speaker === gold.mentor).flatMap((x) => norm(x.text));
  const find = (w: string[], from = 0) => { for (let i = from; i <= words.length - w.length; i++) if (w.every((x, k) => words[i + k] === x)) return i; return -1; };
  const units = gold.units.map((u: any) => { const s = find(norm(u.start)); const e = find(norm(u.end), s); return { kind: u.kind, from: s, to: e + norm(u.end).length, title: u.title }; });
  for (const p of r.passages.filter((x) => x.text)) {
    const runs = p.quote.split(/\[[^\]]*\]/u).map(norm).filter((x) => x.length >= 3);
    const from = find(runs[0]!.slice(0, 8)); const last = runs[runs.length - 1]!.slice(-8); const to = find(last, from) + last.length;
    const best = units.map((u: any) => ({ u, o: Math.max(0, Math.min(to, u.to) - Math.max(from, u.from)) })).sort((a: any, b: any) => b.o - a.o)[0];
    if (!best || best.o < 0.5 * Math.min(to - from, best.u.to - best.u.from)) continue;
    const k = `${best.u.kind}->${p.kind}`; conf[k] = (conf[k] ?? 0) + 1;
    if (best.u.kind !== p.kind && process.argv[2]) console.log(k, '|', best.u.title, '|', p.title, p.confidence);
  }
}
console.log(conf);
