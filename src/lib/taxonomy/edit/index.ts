// Bulk taxonomy edits: pure functions from the texts of `taxonomy.yaml` and the entries to their new texts,
// plus reading and all-or-nothing writing. See `scripts/taxonomy/edit.ts` for the commands.
export { deprecateConcept, type DeprecateOptions } from './deprecate.ts';
export { formatDiff, readEditInput, writeChanges } from './files.ts';
export { mergeConcepts, type MergeOptions } from './merge.ts';
export { moveConcept, type MoveOptions } from './move.ts';
export type { EditInput, EditResult, FileChange } from './plan.ts';
export { renameConcept, type RenameOptions } from './rename.ts';
