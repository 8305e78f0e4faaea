import { appendFileSync } from 'node:fs';
import type { Problem } from '../problems.ts';

// GitHub's workflow-command syntax: properties escape `%`, CR, LF, `:` and `,`; messages escape `%`, CR and LF.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message` lines that GitHub shows on the pull request's diff. */
export function annotations(problems: readonly Problem[]): string[] {
  return problems.map(
    (p) => `::${p.severity === 'error' ? 'error' : 'warning'} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(p.rule)}::${data(p.message)}`,
  );
}

/** A Markdown summary table for the job's summary page. */
export function summaryTable(problems: readonly Problem[], entries: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const head = `### Tacit check: ${errors ? `❌ ${errors} error${errors === 1 ? '' : 's'}` : '✅ no errors'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'} in ${entries} entries\n\n`;
  if (!problems.length) return head;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `${head}| file | line | severity | rule | message |\n| --- | --- | --- | --- | --- |\n${problems.map((p) => `| ${cell(p.file)} | ${p.line}:${p.column} | ${p.severity} | \`${p.rule}\` | ${cell(p.message)} |`).join('\n')}\n`;
}

export function writeStepSummary(markdown: string, path = process.env.GITHUB_STEP_SUMMARY): void {
  if (path) appendFileSync(path, markdown);
}
