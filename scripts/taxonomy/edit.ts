// `npm run taxonomy -- rename | merge | move | deprecate`: edits of the taxonomy that rewrite every entry.
import { CommandError } from '../../src/lib/command-error.ts';
import {
  deprecateConcept,
  formatDiff,
  mergeConcepts,
  moveConcept,
  readEditInput,
  renameConcept,
  writeChanges,
  type EditInput,
  type EditResult,
} from '../../src/lib/taxonomy/edit/index.ts';
import { environment, parse } from '../lib/subcommand.ts';

const common = `  --dry-run      print the unified diff of every file it would change; write nothing
  --json         print the outcome as JSON for tools (with --dry-run, the diff is in \`diff\`)
  -h, --help     show this help`;

const footer = `Edits keep content/taxonomy.yaml's comments and layout and change only the values concerned; in
entries only the \`topics:\` line(s) of the front matter change. All files are written or none, and
nothing is written if a file changed since it was read. An edit that would add an error to the taxonomy
(a cycle, a label used twice, an unknown id) is refused.

Exit codes: 0 done (or dry run shown), 1 cannot edit (unknown or taken id, invalid id, file changed or
unreadable; nothing written), 2 wrong usage.`;

export const renameUsage = `Usage: npm run taxonomy -- rename <old-id> <new-id> [options]

Gives a concept a new id and rewrites every \`broader\`, \`related\` and \`replacedBy\` that names it and
every entry's \`topics\`. Concepts whose ids are slash paths below it follow: renaming \`sales/tenders\` to
\`sales/bids\` also renames \`sales/tenders/public\` to \`sales/bids/public\`. Concepts below it only through
\`broader\` keep their ids.

Old links keep working: each old id stays as a deprecated concept (\`deprecated: true\`,
\`replacedBy: <new id>\`) just after the renamed one, and the site redirects its URL there. Its label gets
" (renamed)", since the renamed concept keeps the label and a label may lead to one concept only.

Options:
  --no-redirect  leave no deprecated concept behind; links to the old topic page stop working
${common}

${footer}`;

export const mergeUsage = `Usage: npm run taxonomy -- merge <from-id> <into-id> [options]

Folds <from> into <into>. Entries on <from> move to <into> (listed once if they had both). Concepts below
<from> move below <into> and keep their ids. Links and replacements naming <from> name <into>.

<from> stays as a deprecated concept replaced by <into>, so its URL redirects. Searches for its words
still find its entries: its label and altLabels become altLabels of <into>, its hiddenLabels hiddenLabels
of <into>, and its related topics related topics of <into>. A label may lead to one concept only, so the
retired <from> keeps none of them and its label becomes "<label> (merged)".

Options:
${common}

${footer}`;

export const moveUsage = `Usage: npm run taxonomy -- move <id> (--under <parent> | --also <parent> | --top) [options]

Changes where a concept sits in the hierarchy. Its id stays, so its URL and its entries do not change;
\`rename\` changes the id. A move that would put a concept below itself is refused.

Options:
  --under <id>   make <id> its only broader concept
  --also <id>    add <id> as a further broader concept, keeping the others
  --top          make it a top concept (no broader concept)
${common}

${footer}`;

export const deprecateUsage = `Usage: npm run taxonomy -- deprecate <id> [--replaced-by <id>] [options]

Retires a concept: sets \`deprecated: true\` and, with --replaced-by, \`replacedBy\`, so its URL redirects
to the replacement; concepts that were replaced by it are then replaced by the new one. Entries keep the
topic: \`npm run check\` reports them and \`npm run check -- --fix\` moves them to the replacement, unless
you pass --rewrite-entries. Concepts below it stay there; \`move\` them elsewhere.

Options:
  --replaced-by <id>   the concept that takes its place
  --rewrite-entries    move entries to the replacement now (needs --replaced-by)
${common}

${footer}`;

const edits = { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } as const;

export async function renameRun(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { ...edits, 'no-redirect': { type: 'boolean' } }, renameUsage);
  if (values.help) return void console.log(renameUsage);
  const [from, to] = positional(positionals, ['old id', 'new id'], 'npm run taxonomy -- rename sales/tenders sales/bids', renameUsage);
  carryOut((input) => renameConcept(input, { from, to, redirect: !values['no-redirect'] }), values);
}

export async function mergeRun(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, edits, mergeUsage);
  if (values.help) return void console.log(mergeUsage);
  const [from, into] = positional(positionals, ['concept to retire', 'concept to keep'], 'npm run taxonomy -- merge sales/bids sales/tenders', mergeUsage);
  carryOut((input) => mergeConcepts(input, { from, into }), values);
}

export async function moveRun(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { ...edits, under: { type: 'string' }, also: { type: 'string' }, top: { type: 'boolean' } }, moveUsage);
  if (values.help) return void console.log(moveUsage);
  const [id] = positional(positionals, ['concept to move'], 'npm run taxonomy -- move leadership/hiring --under career', moveUsage);
  const modes = [values.under !== undefined, values.also !== undefined, Boolean(values.top)].filter(Boolean).length;
  if (modes !== 1) throw new CommandError(`Say where \`${id}\` goes with exactly one of \`--under <id>\`, \`--also <id>\` or \`--top\`.\n\n${moveUsage}`, 2);
  const options = values.under !== undefined ? { id, under: values.under } : values.also !== undefined ? { id, also: values.also } : { id, top: true as const };
  carryOut((input) => moveConcept(input, options), values);
}

export async function deprecateRun(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { ...edits, 'replaced-by': { type: 'string' }, 'rewrite-entries': { type: 'boolean' } }, deprecateUsage);
  if (values.help) return void console.log(deprecateUsage);
  const [id] = positional(positionals, ['concept to retire'], 'npm run taxonomy -- deprecate sales/tenders --replaced-by sales/bids', deprecateUsage);
  if (values['rewrite-entries'] && values['replaced-by'] === undefined) {
    throw new CommandError(`\`--rewrite-entries\` needs \`--replaced-by <id>\`: the concept the entries move to.\n\n${deprecateUsage}`, 2);
  }
  carryOut((input) => deprecateConcept(input, { id, replacedBy: values['replaced-by'], rewriteEntries: Boolean(values['rewrite-entries']) }), values);
}

/** Exactly the positional arguments named in `what`, else wrong usage with an example. */
function positional<const W extends readonly string[]>(positionals: string[], what: W, example: string, usage: string): { [K in keyof W]: string } {
  if (positionals.length === what.length) return positionals as unknown as { [K in keyof W]: string };
  const got = positionals.length ? ` Got ${positionals.map((p) => `\`${p}\``).join(', ')}.` : '';
  throw new CommandError(`Give ${what.map((w) => `the ${w}`).join(' and ')}, e.g. \`${example}\`.${got}\n\n${usage}`, 2);
}

/** Works the edit out in memory, then prints the diff (dry run) or writes every file at once and reports. */
function carryOut(edit: (input: EditInput) => EditResult, flags: { 'dry-run'?: boolean | undefined; json?: boolean | undefined }): void {
  const { contentDir } = environment();
  const result = edit(readEditInput(contentDir));
  const dryRun = Boolean(flags['dry-run']);
  if (!dryRun) writeChanges(result.changes);
  if (flags.json) {
    const json = {
      command: result.command,
      dryRun,
      summary: result.summary,
      files: result.changes.map((c) => c.file),
      entries: result.entries,
      notes: result.notes,
      ...result.details,
      ...(dryRun ? { diff: formatDiff(result.changes) } : {}),
    };
    return void console.log(JSON.stringify(json, null, 2));
  }
  const lines = [
    ...(dryRun
      ? [
          formatDiff(result.changes).trimEnd(),
          `Dry run: nothing was written; ${result.changes.length} file${result.changes.length === 1 ? ' would' : 's would'} change.`,
        ]
      : []),
    result.summary,
    ...result.notes.map((n) => `Note: ${n}`),
  ];
  console.log(lines.filter((l) => l !== '').join('\n'));
}
