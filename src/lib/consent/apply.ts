import { existsSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

import { CommandError } from '../command-error.ts';
import { writeFilesAtomically } from '../write-files.ts';
import type { PlannedWrite, RevocationPlan } from './plan.ts';

/**
 * Carries out a revocation plan. The consent record and the tombstone are first written beside their targets
 * under temporary names; only when both are on disk are they renamed into place (a rename is atomic), and
 * only then are the entry files deleted. If a file changed since the plan was made, nothing is written.
 */
export function applyRevocation(plan: RevocationPlan, contentDir: string): void {
  writeAtomically([plan.consent, plan.tombstone]);
  const entriesDir = resolve(contentDir, 'entries');
  plan.entries.forEach((e, i) => {
    try {
      rmSync(e.path, { force: true });
    } catch (error) {
      // The record and tombstone are already in place, so the content is safe from publication; say exactly
      // what is left to do by hand rather than leave the person guessing.
      const left = plan.entries
        .slice(i)
        .map((x) => `\`${x.file}\``)
        .join(', ');
      throw new CommandError(
        `Consent \`${plan.consentId}\` is marked revoked and its tombstone written, but \`${e.file}\` could not be deleted (${(error as Error).message}). Delete these files by hand: ${left}.`,
      );
    }
    removeEmptyFolders(dirname(e.path), entriesDir);
  });
}

/**
 * The shared all-or-nothing writer. Each write states the text it replaces (none for a new file), so a file
 * that changed since it was read, or appeared meanwhile, is never overwritten: nothing is written then.
 */
export const writeAtomically = (writes: readonly PlannedWrite[]): void =>
  writeFilesAtomically(writes.map((w) => ({ path: w.path, text: w.text, original: w.before ?? null })));

/** Removes folders the deletions emptied, up to (not including) `root`, so no empty topic folder lingers. */
function removeEmptyFolders(dir: string, root: string): void {
  for (let d = resolve(dir); d.startsWith(root + sep) && existsSync(d) && readdirSync(d).length === 0; d = dirname(d)) rmdirSync(d);
}
