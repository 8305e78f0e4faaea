// `npm run ingest -- <transcript>... --consent <id>`: consented conversation → draft entries for review.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import cliProgress from 'cli-progress';
import { fail, parseCli } from './lib/cli.ts';
import { ingestTranscript, type TranscriptResult } from '../src/lib/ingest/pipeline.ts';
import { TranscriptError } from '../src/lib/ingest/transcript.ts';
import { conversationDate, type DateSource } from '../src/lib/ingest/read/date.ts';
import { decode } from '../src/lib/ingest/read/decode.ts';
import { originalsOf, redactionList, redactionMarkdown, reviewQueue } from '../src/lib/ingest/review.ts';
import { planFiles, scanExisting, writeFiles, type PlannedFile } from '../src/lib/ingest/write/drafts.ts';
import { draftToMdx } from '../src/lib/ingest/write/mdx.ts';
import { suggestPhrases } from '../src/lib/ingest/tag/suggest.ts';
import { tokenize } from '../src/lib/ingest/tag/tokens.ts';
import { readContent } from '../src/lib/read/content.ts';
import { buildEnv } from '../src/lib/site/options.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { displayPath } from '../src/lib/text/index.ts';
import { isIsoDate } from '../src/lib/schema/index.ts';

const usage = `Usage: npm run ingest -- <transcript>... --consent <consent-id> [options]

Turns recorded mentoring conversations into draft entries: finds the mentor's stories, advice and
insights, redacts third parties, tags topics and writes one draft MDX file per passage, bound to the
consent record. Raw transcripts belong in inbox/ (never committed).

Reads WebVTT (Teams, Zoom, YouTube), SRT, Otter text, plain "Name: text" and Markdown transcripts,
in UTF-8, UTF-16 or Windows-1252; the format is detected from the content.

Options:
  --consent <id>        the consent record (content/consent/<id>.yaml); it names the mentor  (required)
  --out <dir>           where drafts go (default: content/entries); each mentor gets a folder
  --date <YYYY-MM-DD>   the day of the conversation (default: a date in the file name, else in the
                        transcript's header, else the file's date, with a warning)
  --companies <mode>    \`redact\` (default) or \`keep\` names of companies and customers
  --dry-run             show what would be written; write nothing
  --json                print the full report as JSON (each passage's kind, topics, quote, time)
  -h, --help            show this help

Prints a review queue (drafts, least sure first, with what to check) and what was redacted. The list of
redactions names third parties, so it is written beside the transcript when that is in an inbox/ folder,
else to inbox/ (or TACIT_INBOX), which git ignores; never beside the drafts.

Exit codes: 0 done, 1 a transcript or the content could not be used (nothing written), 2 wrong usage.`;

const { values: args, positionals: files } = parseCli(
  usage,
  {
    consent: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
    companies: { type: 'string', default: 'redact' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  true,
);
if (!args.consent) fail(2, `Missing --consent <id>: ingest only runs for a consented conversation.\n\n${usage}`);
if (!files.length) fail(2, `Name at least one transcript file.\n\n${usage}`);
if (args.companies !== 'keep' && args.companies !== 'redact') fail(2, `--companies is \`${args.companies}\`; use \`redact\` or \`keep\`.`);
if (args.date && !isIsoDate(args.date)) fail(2, `--date is \`${args.date}\`; write a real day as YYYY-MM-DD.`);

const env = buildEnv();
const content = readContent(env.contentDir, { entries: false });
const consentId = args.consent!;
const consent = content.consents.get(consentId);
if (!consent)
  fail(
    1,
    `No consent record \`${consentId}\` in ${displayPath(join(env.contentDir, 'consent'))}/.${didYouMean(consentId, content.consents.keys())} Create it with \`npm run consent -- new --id ${consentId} --person <people-id>\` (the person needs a file in content/people/ first).`,
  );
if (consent!.revoked) fail(1, `Consent \`${consentId}\` was revoked on ${consent!.revoked}: nothing may be ingested under it.`);
const mentor = content.people.get(consent!.person);
if (!mentor) fail(1, `Consent \`${consentId}\` names \`${consent!.person}\`, who has no file in content/people/. Add content/people/${consent!.person}.yaml.`);
const setupProblems = content.problems.filter((p) => p.severity === 'error');
if (setupProblems.length) fail(1, setupProblems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}  ${p.rule}`).join('\n'));

const ctx = {
  consentId,
  consent: consent!,
  mentorId: consent!.person,
  mentor: mentor!,
  otherPeople: [...content.people].filter(([id]) => id !== consent!.person).map(([, p]) => p),
  taxonomy: content.taxonomy,
  organizations: args.companies as 'keep' | 'redact',
};
const outDir = resolve(args.out ?? join(env.contentDir, 'entries'));

const results: TranscriptResult[] = [];
const errors: string[] = [];
const warnings: string[] = [];
const dates = new Map<string, { date: string; from: DateSource }>();
const bar =
  !args.json && process.stderr.isTTY && files.length > 1
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
bar?.start(files.length, 0, { file: '' });
for (const file of files) {
  bar?.increment(0, { file: basename(file) });
  try {
    const bytes = readFileSync(file);
    const found = args.date ? { date: args.date, from: 'option' as const } : conversationDate(basename(file), decode(bytes).text);
    // A guessed date is said aloud: a conversation's date is provenance, and the file's date is often a download's.
    const dated = found ?? { date: statSync(file).mtime.toISOString().slice(0, 10), from: 'file date' as const };
    if (!found)
      warnings.push(
        `${file}: no date in the file name or the transcript's header, so the drafts say ${dated.date}, the file's modification date. Pass --date YYYY-MM-DD if that is not the day of the conversation.`,
      );
    results.push(ingestTranscript(bytes, displayPath(resolve(file)), dated.date, ctx));
    dates.set(results[results.length - 1]!.file, dated);
  } catch (error) {
    if (error instanceof TranscriptError) errors.push(error.message);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') errors.push(`${file}: no such file. Check the path; raw transcripts usually live in inbox/.`);
    else throw error;
  }
  bar?.increment(1);
}
bar?.stop();
// All or nothing: one unreadable transcript means nothing is written, so a re-run starts clean.
if (errors.length) fail(1, `${errors.join('\n')}\n\nNothing was written.`);

const mentorFolder = join(outDir, ctx.mentorId);
const existing = scanExisting([outDir, join(env.contentDir, 'entries')]);
const drafts = results.flatMap((r) => r.passages).filter((p) => p.text && p.slugBase);
const plan = () =>
  planFiles(
    drafts.map((p) => ({ passage: p.passage, slugBase: p.slugBase!, text: p.text!, folder: mentorFolder })),
    existing,
  );
// An advice drawn from a story names it as related: its slug is known only once the files are planned.
const slugs = new Map(plan().map((f) => [f.passage, f.slug]));
for (const p of drafts) {
  const story = p.drawnFrom && slugs.get(p.drawnFrom);
  if (story && p.draft) p.text = draftToMdx({ ...p.draft, data: { ...p.draft.data, related: [story] } });
}
const planned: PlannedFile[] = plan();
if (!args['dry-run']) writeFiles(planned);

const covered = new Set(content.taxonomy.topics.flatMap((t) => [t.label, ...t.altLabels]).flatMap((l) => tokenize(l).map((x) => x.stem)));
const suggestions = suggestPhrases(
  drafts.map((p) => p.quote),
  covered,
);
const redactions: Record<string, number> = {};
for (const r of results) for (const [k, n] of Object.entries(r.redactions)) redactions[k] = (redactions[k] ?? 0) + n;
const byPassage = new Map(planned.map((f) => [f.passage, f]));
const all = results.flatMap((r) => r.passages);
const skipped: Record<string, number> = {};
for (const p of all) if (p.skipped) skipped[p.skipped] = (skipped[p.skipped] ?? 0) + 1;
for (const f of planned)
  if (f.status === 'edited' || f.status === 'unchanged')
    skipped[f.status === 'edited' ? 'edited by a person (kept)' : 'unchanged'] =
      (skipped[f.status === 'edited' ? 'edited by a person (kept)' : 'unchanged'] ?? 0) + 1;
const count = (s: string) => planned.filter((f) => f.status === s).length;

const queue = reviewQueue(all);
const lists = results.map((r) => ({ file: r.file, list: redactionList(r.passages) }));
// The list of what was redacted names third parties: it goes beside the raw transcript in inbox/ (git
// ignores it), never beside the drafts in content/.
const listFiles: string[] = [];
if (!args['dry-run']) {
  for (const { file, list } of lists) {
    const inInbox = resolve(file).split(sep).includes('inbox');
    const dir = inInbox ? dirname(resolve(file)) : resolve(process.env.TACIT_INBOX || join(process.cwd(), 'inbox'));
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${basename(file)}.redactions.md`);
    writeFileSync(path, redactionMarkdown(file, list));
    listFiles.push(displayPath(path));
  }
}
for (const w of warnings) console.error(`warning: ${w}`);

if (args.json) {
  console.log(
    JSON.stringify(
      {
        consent: consentId,
        mentor: ctx.mentorId,
        dryRun: Boolean(args['dry-run']),
        transcripts: results.map((r) => ({
          file: r.file,
          format: r.transcript.format,
          encoding: r.transcript.encoding,
          speakers: r.transcript.speakers,
          mentorLabels: r.mentorLabels,
          turns: r.transcript.turns.length,
          date: dates.get(r.file)?.date,
          dateFrom: dates.get(r.file)?.from,
        })),
        review: queue.map((q) => ({ ...q, path: byPassage.get(q.passage) ? displayPath(byPassage.get(q.passage)!.path) : null })),
        redactionLists: lists.map(({ file, list }) => ({ file, ...list })),
        warnings,
        passages: all.map((p) => {
          const f = byPassage.get(p.passage);
          return {
            file: p.file,
            line: p.line,
            at: p.at ?? null,
            kind: p.kind ?? null,
            confidence: p.confidence,
            topics: p.topics,
            title: p.title ?? null,
            summary: p.summary ?? null,
            question: p.question ?? null,
            // The story this lesson was drawn from: the draft names it as related.
            related: (p.drawnFrom && slugs.get(p.drawnFrom)) || null,
            quote: p.quote,
            skipped: p.skipped ?? null,
            status: f?.status ?? 'skipped',
            path: f ? displayPath(f.path) : null,
          };
        }),
        totals: { passages: all.length, written: count('new'), updated: count('updated'), unchanged: count('unchanged'), edited: count('edited'), skipped },
        redactions,
        suggestions,
        offRecord: { passages: results.reduce((n, r) => n + r.offRecord.passages, 0), words: results.reduce((n, r) => n + r.offRecord.words, 0) },
      },
      null,
      2,
    ),
  );
} else {
  const verb = args['dry-run'] ? 'would write' : 'wrote';
  console.log(`\n${ctx.mentor.name} (${consentId}, ${consent!.attribution}) — ${results.length} transcript${results.length === 1 ? '' : 's'}\n`);
  for (const p of all.filter((x) => !x.skipped)) {
    const f = byPassage.get(p.passage)!;
    const was = f.replaces ? ` (was ${basename(f.replaces)})` : '';
    console.log(`  ${(p.at ?? `line ${p.line}`).padEnd(9)} ${p.kind!.padEnd(8)} ${f.status.padEnd(9)} ${displayPath(f.path)}${was}`);
    console.log(
      `  ${''.padEnd(9)} ${''.padEnd(8)} ${''.padEnd(9)} “${p.title}” · ${p.topics.map((t) => `${t.id} ${t.confidence}`).join(', ') || 'no topic matched'}`,
    );
  }
  const rows: [string, string | number][] = [
    ['passages found', all.length],
    [`drafts ${verb} (new)`, count('new')],
    [`drafts ${verb} (updated)`, count('updated')],
    ...Object.entries(skipped).map(([k, n]): [string, number] => [`skipped: ${k}`, n]),
    ...Object.entries(redactions)
      .filter(([, n]) => n > 0)
      .map(([k, n]): [string, number] => [`redacted: ${k}`, n]),
    ...offRecordRow(results.reduce((n, r) => n + r.offRecord.passages, 0)),
    ['suggested topics', suggestions.map((s) => `${s.phrase} (${s.count})`).join(', ') || '—'],
  ];
  console.log();
  for (const [k, v] of rows) console.log(`  ${k.padEnd(28)} ${v}`);
  if (queue.length) {
    console.log('\nReview queue, least sure first:');
    for (const q of queue)
      console.log(`  ${q.confidence.toFixed(2)}  ${displayPath(byPassage.get(q.passage)!.path)}${q.flags.length ? `  ${q.flags.join(' · ')}` : ''}`);
  }
  for (const { file, list } of lists) {
    if (!list.redacted.length && !list.kept.length) continue;
    console.log(`\nRedacted in ${file}, draft by draft (confirm with the mentor):`);
    for (const d of list.drafts) {
      const draft = byPassage.get(d.passage);
      console.log(`  ${draft ? displayPath(draft.path) : d.title}`);
      for (const p of d.placeholders) console.log(`    ${p.placeholder.padEnd(22)} ${originalsOf(p)}`);
    }
    if (list.kept.length)
      console.log(
        `  kept: ${list.kept
          .slice(0, 30)
          .map((k) => k.word)
          .join(', ')}${list.kept.length > 30 ? ', …' : ''}`,
      );
  }
  if (listFiles.length) console.log(`\nThe redaction list${listFiles.length > 1 ? 's are' : ' is'} in ${listFiles.join(', ')} (git ignores inbox/).`);
  if (args['dry-run']) console.log('\nDry run: nothing was written.');
  else if (count('new') + count('updated'))
    console.log('\nReview the drafts, edit freely (ingest never overwrites an edited draft), set `status: published` and open a pull request.');
}

/** "1 passage off the record, left out": the count only, never the words. */
function offRecordRow(n: number): [string, string][] {
  return n ? [['off the record', `${n} passage${n === 1 ? '' : 's'} off the record, left out`]] : [];
}
