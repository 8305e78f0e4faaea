/**
 * Score the redaction detectors on a Presidio-style data set:
 *   node scripts/redact-eval.ts [path/to/presidio.json] [all|dev|test] [--examples]
 * Defaults to the 100 sentences in tests/fixtures/pii/.
 */
import { evaluateContacts, evaluateKnownNames, evaluatePersonNames, type Score, type Split } from '../src/lib/ingest/redact/eval.ts';

const args = process.argv.slice(2);
const examples = args.includes('--examples');
const [path = 'tests/fixtures/pii/presidio-sample.json', split = 'all'] = args.filter((a) => !a.startsWith('--'));

function row(name: string, s: Score): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name.padEnd(22)} ${f(s.precision)}     ${f(s.recall)}  ${f(s.f1)}  ${f(s.fullRecall)}      ${String(s.n).padStart(4)}  ${String(s.predicted).padStart(5)}`;
}

const results: [string, Score][] = [
  ['person (unknown)', evaluatePersonNames(path, split as Split)],
  ['person (known)', evaluateKnownNames(path, split as Split)],
  ...Object.entries(evaluateContacts(path, split as Split)),
];
console.log(`${path} (${split})`);
console.log('type                   precision recall f1     full-recall  gold  found');
for (const [name, s] of results) console.log(row(name, s));
if (examples) {
  for (const [name, s] of results) {
    console.log(`\n## ${name}: misses`);
    for (const m of s.misses) console.log(`  ${m}`);
    console.log(`## ${name}: false positives`);
    for (const m of s.falsePositives) console.log(`  ${m}`);
  }
}
