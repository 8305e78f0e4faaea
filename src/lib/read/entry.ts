import type { Root } from 'mdast';
import { guardBody } from '../guard/guard.ts';
import type { Problem } from '../problems.ts';
import { entrySchema, type EntryData } from '../schema/index.ts';
import { parseBody } from './body.ts';
import { readFrontMatter } from './frontmatter.ts';
import { validate, type ParsedYaml } from './yaml.ts';

/** Reads one entry file: front matter validated against the schema, body parsed and guarded. */
export function readEntry(source: string, file: string): { data?: EntryData; tree?: Root; yaml?: ParsedYaml; problems: Problem[] } {
  const fm = readFrontMatter(source, file);
  const problems = [...fm.problems];
  const validated = fm.parsed ? validate(entrySchema, fm.parsed, file, 'entry-schema') : undefined;
  if (validated) problems.push(...validated.problems);
  const body = parseBody(fm.body, file, fm.bodyLineOffset);
  problems.push(...body.problems);
  if (body.tree) problems.push(...guardBody(body.tree, file));
  const ok = problems.every((p) => p.severity !== 'error');
  return ok && validated?.data && body.tree && fm.parsed ? { data: validated.data, tree: body.tree, yaml: fm.parsed, problems } : { problems };
}
