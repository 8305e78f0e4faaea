import { CommandError } from '../../command-error.ts';
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { validateTaxonomy, type TaxonomyIssue } from '../validate/index.ts';
import { openTaxonomy } from './document.ts';

/**
 * Re-reads the edited taxonomy and compares its problems with the original's. An edit that adds an error
 * (a cycle, a clashing label, a dangling id) is refused, so nothing is written; errors that were already
 * there are `npm run check`'s business, not a reason to block an unrelated edit. New warnings are returned
 * for the summary.
 */
export function verifyEdit(before: Taxonomy, afterText: string, file: string): { taxonomy: Taxonomy; warnings: string[] } {
  let after: Taxonomy;
  try {
    after = openTaxonomy(afterText, file).taxonomy;
  } catch (error) {
    // The input was valid, so an invalid result is the editor's fault; say so rather than blame the file.
    throw new CommandError(
      `The edit would leave \`${file}\` unreadable (${(error as Error).message}); nothing was written. This is a bug in the taxonomy editor: please report it with the command you ran.`,
    );
  }
  const known = new Set(validateTaxonomy(before).map(key));
  const fresh = validateTaxonomy(after).filter((issue) => !known.has(key(issue)));
  const errors = fresh.filter((issue) => issue.severity === 'error');
  if (errors.length) {
    throw new CommandError(
      `The edit would add ${errors.length === 1 ? 'this problem' : 'these problems'} to \`${file}\`, so nothing was written:\n${errors.map((e) => `  ${e.message}`).join('\n')}`,
    );
  }
  return { taxonomy: after, warnings: fresh.map((issue) => issue.message) };
}

const key = (issue: TaxonomyIssue): string => `${issue.rule}\u0000${issue.message}`;
