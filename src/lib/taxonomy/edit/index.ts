// Bulk taxonomy edits: pure functions from the texts of `taxonomy.yaml` and the entries to their new texts,
// plus reading and all-or-nothing writing. See `scripts/taxonomy/edit.ts` for the commands.
export { deprecateConcept } from './deprecate.ts';
export { formatDiff, readEditInput, writeChanges } from './files.ts';
export { mergeConcepts } from './merge.ts';
export { moveConcept } from './move.ts';
export type { EditInput, EditResult } from './plan.ts';
export { renameConcept } from './rename.ts';
