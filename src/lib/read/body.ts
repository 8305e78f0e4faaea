import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../problems.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Parses an entry body as MDX into a syntax tree without compiling or running it. Positions are shifted by
 * `lineOffset` so they point into the whole file.
 */
export function parseBody(body: string, file: string, lineOffset: number): { tree?: Root; problems: Problem[] } {
  try {
    const tree = parser.runSync(parser.parse(body)) as Root;
    shiftPositions(tree, lineOffset);
    return { tree, problems: [] };
  } catch (error) {
    const e = error as { message?: string; reason?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    const line = (place?.line ?? e.line ?? 1) + lineOffset;
    const column = place?.column ?? e.column ?? 1;
    const reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
    return {
      problems: [
        {
          file, line, column, severity: 'error', rule: 'mdx-syntax',
          message: `The body cannot be read as MDX: ${reason} Write \`{\`, \`}\` and \`<\` as \`\\{\`, \`\\}\` and \`&lt;\` in plain text.`,
        },
      ],
    };
  }
}

function shiftPositions(node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  if (node.children) for (const child of node.children) shiftPositions(child as typeof node, by);
}
