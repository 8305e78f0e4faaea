/** One thing wrong with the knowledge base, located precisely enough to fix. */
export interface Problem {
  /** Path relative to the project (or content) root, with `/` separators. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /** What is wrong and how to fix it; values quoted in backticks. */
  message: string;
  /** A stable id for the rule, e.g. `entry-schema` or `mdx-component`. */
  rule: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}  ${p.rule}`;

export const formatProblems = (problems: readonly Problem[]): string => [...problems].sort(compareProblems).map(formatProblem).join('\n');

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in the content must be fixed before it can be built:\n${formatProblems(errors)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
