import type { Root } from 'mdast';
import { guardBody } from '../guard/guard.ts';
import type { Problem } from '../problems.ts';
import { entrySchema, type EntryData } from '../schema/index.ts';
import { parseBody } from './body.ts';
import { readFrontMatter } from './frontmatter.ts';
import { validate, type ParsedYaml } from './yaml.ts';

/**
 * Reads one entry file: front matter validated against the schema, body parsed and guarded. With
 * `bodyKnownClean` (these exact bytes were parsed and guarded before, with no problem at all) the body is
 * left unparsed and the result has no tree.
 */
export function readEntry(source: string, file: string, bodyKnownClean = false): { data?: EntryData; tree?: Root; yaml?: ParsedYaml; problems: Problem[] } {
  const fm = readFrontMatter(source, file);
  const problems = [...fm.problems];
  const validated = fm.parsed ? validate(entrySchema, fm.parsed, file, 'entry-schema') : undefined;
  if (validated) problems.push(...validated.problems);
  if (bodyKnownClean) {
    const ok = problems.every((p) => p.severity !== 'error');
    return ok && validated?.data && fm.parsed ? { data: validated.data, yaml: fm.parsed, problems } : { problems };
  }
  const body = parseBody(fm.body, file, fm.bodyLineOffset);
  problems.push(...body.problems);
  const deep = body.tree && tooDeep(body.tree);
  if (deep)
    problems.push({
      file,
      line: deep.line,
      column: deep.column,
      severity: 'error',
      rule: 'mdx-depth',
      message: `The body nests more than ${maxDepth} levels deep here (quotes in quotes, lists in lists); no entry needs that, and rendering it would fail. Flatten it.`,
    });
  else if (body.tree) problems.push(...guardBody(body.tree, file));
  const ok = problems.every((p) => p.severity !== 'error');
  return ok && validated?.data && body.tree && fm.parsed ? { data: validated.data, tree: body.tree, yaml: fm.parsed, problems } : { problems };
}

/** Entries nest a few levels; thousands of `>` would overflow every recursive tree walk after this point. */
const maxDepth = 100;

/** Where the body first nests deeper than `maxDepth`, found without recursion. */
function tooDeep(tree: Root): { line: number; column: number } | undefined {
  const stack: [{ children?: unknown[]; position?: { start: { line: number; column: number } } | undefined }, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > maxDepth) return node.position?.start ?? { line: 1, column: 1 };
    for (const child of node.children ?? []) stack.push([child as typeof node, depth + 1]);
  }
  return undefined;
}
