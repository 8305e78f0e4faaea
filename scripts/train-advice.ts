/**
 * Train the sentence-level advice model shipped as src/lib/ingest/extract/advice-model.json.
 *
 *   node scripts/train-advice.ts [--data <dir>]
 *
 * Reads the Advice-EMNLP2020 r/needadvice split from ../shared/data/advice/ (train to fit, dev to
 * pick the regularisation and the threshold; the test files are never opened here). The result is
 * deterministic: full-batch optimisation from zero weights, features in sorted order, no sampling.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAdviceTsv, type AdviceRow } from '../src/lib/ingest/extract/advice-data.ts';
import { features } from '../src/lib/ingest/extract/advice-features.ts';
import { scores as scoreCounts } from '../src/lib/text/index.ts';

const usage =
  'Usage: node scripts/train-advice.ts [--data <dir>]\n\nRetrains src/lib/ingest/extract/advice-model.json from the Advice-EMNLP2020 data (default ../shared/data/advice/).';
let args: { data?: string | undefined; help?: boolean | undefined };
try {
  args = parseArgs({ options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const dataDir = args.data ?? fileURLToPath(new URL('../../shared/data/advice/', import.meta.url));
const outFile = fileURLToPath(new URL('../src/lib/ingest/extract/advice-model.json', import.meta.url));

/** Features kept in the shipped model; about 5,000 keeps the JSON near 120 KB at no cost on dev. */
const keepFeatures = 5000;
/** A feature seen in fewer training sentences than this is noise the model would memorise. */
const minCount = 2;
const l2Candidates = [5e-4, 1e-3, 2e-3];
const iterations = 300;

interface Model {
  features: string[];
  weights: Float64Array;
  bias: number;
}

function main(): void {
  const trainPath = join(dataDir, 'needadvice_train.tsv');
  const devPath = join(dataDir, 'needadvice_dev.tsv');
  if (!existsSync(trainPath) || !existsSync(devPath)) {
    console.error(`train-advice: the advice data set is not at ${dataDir}`);
    console.error('  It is expected beside the repository, in ../shared/data/advice/ (needadvice_train.tsv and needadvice_dev.tsv),');
    console.error('  or wherever --data <dir> points.');
    console.error('  The shipped model in src/lib/ingest/extract/advice-model.json still works without it.');
    process.exit(1);
  }
  const licencePath = join(dataDir, 'LICENSE-MIT');
  const licence = existsSync(licencePath) ? readFileSync(licencePath, 'utf8') : '';
  const copyright =
    licence
      .split('\n')
      .find((l) => /^copyright/i.test(l.trim()))
      ?.trim() ?? 'Copyright (c) 2020 Venkat';

  const train = prepare(parseAdviceTsv(readFileSync(trainPath, 'utf8')));
  const dev = prepare(parseAdviceTsv(readFileSync(devPath, 'utf8')));
  console.log(`train ${train.x.length} sentences (${count(train.y)} advice), dev ${dev.x.length} (${count(dev.y)} advice)`);

  const counts = new Map<string, number>();
  for (const xs of train.x) for (const f of xs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, c]) => c >= minCount)
    .map(([f]) => f)
    .sort();

  let chosen: { model: Model; l2: number; threshold: number; f1: number } | undefined;
  for (const l2 of l2Candidates) {
    const full = fit(train.x, train.y, vocabulary, l2);
    // Pruning by weight then refitting keeps the features that matter and lets them absorb the rest.
    const kept = full.features
      .map((f, i) => [f, Math.abs(full.weights[i] ?? 0)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, keepFeatures)
      .map(([f]) => f)
      .sort();
    const model = fit(train.x, train.y, kept, l2);
    const tuned = bestThreshold(dev.x.map(scorer(model)), dev.y);
    console.log(`l2 ${l2}: dev F1 ${tuned.f1.toFixed(3)} at threshold ${tuned.threshold.toFixed(2)}`);
    if (!chosen || tuned.f1 > chosen.f1) chosen = { model, l2, ...tuned };
  }
  if (!chosen) throw new Error('no model was trained');

  const devScores = dev.x.map(scorer(chosen.model));
  const devMetrics = metrics(devScores, dev.y, chosen.threshold);
  const json = {
    about:
      'Logistic regression over stemmed unigrams, bigrams, the opening trigram and hand cues (advice-features.ts). Rebuild with: node scripts/train-advice.ts',
    source:
      'Advice-EMNLP2020 (Govindarajan, Chen, Warholic, Erk, Li: "Help! Need Advice on Identifying Advice", EMNLP 2020), r/needadvice train split; dev split used for l2 and threshold only',
    license: 'MIT',
    copyright,
    licenseFile: 'ADVICE-MODEL-LICENSE.md',
    label: 'DS_Label (Dawid-Skene aggregate of three annotators)',
    l2: chosen.l2,
    threshold: round(chosen.threshold, 2),
    dev: { precision: round(devMetrics.precision, 3), recall: round(devMetrics.recall, 3), f1: round(devMetrics.f1, 3), n: dev.y.length },
    bias: round(chosen.model.bias, 4),
    features: chosen.model.features,
    weights: [...chosen.model.weights].map((w) => round(w, 3)),
  };
  writeFileSync(outFile, `${JSON.stringify(json)}\n`);
  console.log(
    `wrote ${outFile}: ${json.features.length} features, ${(JSON.stringify(json).length / 1024).toFixed(0)} KB, l2 ${chosen.l2}, threshold ${json.threshold}, dev P ${json.dev.precision} R ${json.dev.recall} F1 ${json.dev.f1}`,
  );
}

function prepare(rows: AdviceRow[]): { x: string[][]; y: number[] } {
  return { x: rows.map((r) => features(r.sentence)), y: rows.map((r) => (r.advice ? 1 : 0)) };
}

const count = (y: number[]) => y.filter((v) => v === 1).length;
const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

/** L2-regularised logistic regression, full-batch Adam: deterministic and quick at this size. */
function fit(x: string[][], y: number[], vocabulary: string[], l2: number): Model {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = x.map((xs) => xs.flatMap((f) => index.get(f) ?? []));
  const n = vocabulary.length;
  const w = new Float64Array(n + 1); // the last slot is the bias, which is not regularised
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const g = new Float64Array(n + 1);
  const rate = 0.05;
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    rows.forEach((row, k) => {
      let z = w[n] ?? 0;
      for (const i of row) z += w[i] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (y[k] ?? 0);
      for (const i of row) g[i] = (g[i] ?? 0) + error;
      g[n] = (g[n] ?? 0) + error;
    });
    const c1 = 1 - 0.9 ** it;
    const c2 = 1 - 0.999 ** it;
    for (let i = 0; i <= n; i++) {
      const gi = (g[i] ?? 0) / rows.length + (i < n ? l2 * (w[i] ?? 0) : 0);
      m[i] = 0.9 * (m[i] ?? 0) + 0.1 * gi;
      v[i] = 0.999 * (v[i] ?? 0) + 0.001 * gi * gi;
      w[i] = (w[i] ?? 0) - (rate * ((m[i] ?? 0) / c1)) / (Math.sqrt((v[i] ?? 0) / c2) + 1e-8);
    }
  }
  return { features: vocabulary, weights: w.slice(0, n), bias: w[n] ?? 0 };
}

function scorer(model: Model): (xs: string[]) => number {
  const weight = new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0]));
  return (xs) => 1 / (1 + Math.exp(-xs.reduce((z, f) => z + (weight.get(f) ?? 0), model.bias)));
}

function metrics(scores: number[], y: number[], threshold: number) {
  let tp = 0,
    fp = 0,
    fn = 0;
  scores.forEach((p, i) => {
    if (p >= threshold) y[i] ? tp++ : fp++;
    else if (y[i]) fn++;
  });
  return scoreCounts({ truePositives: tp, predicted: tp + fp, expected: tp + fn });
}

/** The dev-F1-maximising threshold on a 0.01 grid; ties go to the higher (more precise) threshold. */
function bestThreshold(scores: number[], y: number[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 10; t <= 90; t++) {
    const f1 = metrics(scores, y, t / 100).f1;
    if (f1 >= best.f1) best = { threshold: t / 100, f1 };
  }
  return best;
}

main();
