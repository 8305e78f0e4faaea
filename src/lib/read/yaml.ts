import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { forbiddenCharacters } from './text.ts';

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/**
 * Parses YAML 1.2 (core schema: dates stay strings, no custom tags run) and keeps the document so
 * problems can point at the exact line and column of the value at fault.
 */
export function parseYaml(source: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, rule: string, message: string): Problem => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line + lineOffset, column: pos.col, severity: 'error', message, rule };
  };
  const problems: Problem[] = doc.errors.map((e) =>
    /call stack/i.test(e.message)
      ? at(e.pos[0], 'yaml-depth', tooDeep)
      : at(e.pos[0], 'yaml-syntax', `YAML cannot be read: ${e.message.split('\n')[0]}. Check indentation and quoting around here.`),
  );
  if (problems.length) return { problems };
  const deep = deepest(doc);
  if (deep) return { problems: [at(deep.range?.[0] ?? 0, 'yaml-depth', tooDeep)] };
  try {
    return { parsed: { data: clean(doc.toJS({ maxAliasCount: maxAliases }) ?? {}), doc, lines }, problems };
  } catch (error) {
    // Nesting was bounded above, so running out of stack here means an alias inside its own anchor
    // (`a: &x [*x]`): a value that contains itself.
    if (error instanceof RangeError)
      return {
        problems: [
          at(
            firstAlias(doc)?.range?.[0] ?? 0,
            'yaml-aliases',
            'An alias here (`*name`) refers to the value that contains it, so the value never ends. Write the values out instead of repeating them through `&anchor` and `*alias`.',
          ),
        ],
      };
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    // An alias bomb (a billion laughs): a few lines that expand to millions of values.
    return {
      problems: [
        at(
          firstAlias(doc)?.range?.[0] ?? 0,
          'yaml-aliases',
          `The aliases here (\`*name\`) expand to more than ${maxAliases} copies, which no Tacit record needs and which would exhaust memory. Write the values out instead of repeating them through \`&anchor\` and \`*alias\`.`,
        ),
      ],
    };
  }
}

/**
 * Values without the characters XML 1.0 forbids: a double-quoted `"\\x0B"` is one, and no output can carry
 * it. (Written literally in a file, `normalizeText` already dropped it.)
 */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(forbiddenCharacters, '');
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return value;
}

/** Tacit's records nest a few levels; far deeper is a mistake or an attack on the readers' stacks. */
const maxDepth = 64;
const maxAliases = 100;
const tooDeep = `The YAML here nests more than ${maxDepth} levels deep; Tacit's records need only a few. Flatten the structure.`;

/** The first node nested deeper than `maxDepth`, found without recursion. */
function deepest(doc: Document): Node | undefined {
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= maxDepth) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

function firstAlias(doc: Document): Node | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (isCollection(node)) for (const item of node.items) stack.push(...(isPair(item) ? [item.key, item.value] : [item]));
  }
  return undefined;
}

/** Line and column of the node at `path` (or of its nearest existing ancestor). */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[], key?: string): { line: number; column: number } {
  let node: unknown = parsed.doc.contents;
  let found: Node | undefined = parsed.doc.contents ?? undefined;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === step);
      // For the unknown-key case point at the key itself; otherwise at the value.
      if (pair && isPair(pair)) next = i === steps.length - 1 && key !== undefined ? pair.key : (pair.value ?? pair.key);
    } else if (typeof step === 'number') {
      next = items[step];
    }
    if (!next) break;
    node = next;
    found = next as Node;
  }
  const offset = found?.range?.[0] ?? 0;
  const pos = parsed.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Validates parsed YAML against a schema and turns every issue into a located problem. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  rule: string,
  lineOffset = 0,
): { data?: z.infer<S>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const { line, column } = locate(parsed, issue.path, unknownKey);
    return { file, line: line + lineOffset, column, severity: 'error', message: describeIssue(issue), rule };
  });
  return { problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the file';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${where}. Remove it or check its spelling against the content model in the README.`;
    case 'invalid_type':
      return issue.input === undefined ? `Missing required field ${where}. Add it.` : `${where} ${issue.message.replace(/^Invalid input: /, '')}.`;
    case 'invalid_value':
      return `${where} is \`${String(issue.input)}\`; expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}.`;
    default:
      return `${where}: ${issue.message}${issue.input !== undefined && typeof issue.input !== 'object' ? ` (got \`${String(issue.input)}\`)` : ''}.`;
  }
}
