import type { Problem } from '../problems.ts';

/** A byte-exact replacement in one file that repairs a problem (`npm run check -- --fix`). */
export interface Fix {
  /** Absolute path of the file to edit. */
  path: string;
  /** Offset range in the file's text to replace. */
  start: number;
  end: number;
  /** The text expected there now; a fix whose text changed meanwhile is skipped. */
  expected: string;
  replacement: string;
}

export type Finding = Problem & { fix?: Fix | undefined };
