import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../problems.ts';

const withGfm = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const plain = unified().use(remarkParse).use(remarkMdx);
/**
 * Characters every GFM construct needs (tables `|`, strikethrough `~`, footnotes `[^`, task items `[x]`,
 * autolinked URLs and emails). A body with none of them parses the same without GFM, in half the time.
 */
const gfmTrigger = /[|~@]|\[\^|\[[ xX]\]|www\.|[a-z]:\/\//i;

/**
 * Parses an entry body as MDX into a syntax tree without compiling or running it. Positions are shifted by
 * `lineOffset` so they point into the whole file.
 */
export function parseBody(body: string, file: string, lineOffset: number): { tree?: Root; problems: Problem[] } {
  try {
    const parser = gfmTrigger.test(body) ? withGfm : plain;
    const tree = parser.runSync(parser.parse(body)) as Root;
    shiftPositions(tree, lineOffset);
    return { tree, problems: [] };
  } catch (error) {
    const e = error as {
      message?: string;
      reason?: string;
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
    let reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    let line = place?.line ?? e.line;
    let column = place?.column ?? e.column;
    // Some errors only name their place inside the text, as `(2:1-2:22)`, relative to the body.
    const inText = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    if (inText) {
      line ??= Number(inText[1]);
      column ??= Number(inText[2]);
      reason = reason.replace(inText[0], '');
    }
    line = (line ?? 1) + lineOffset;
    column ??= 1;
    if (!/[.!?]$/.test(reason)) reason += '.';
    return {
      problems: [
        {
          file,
          line,
          column,
          severity: 'error',
          rule: 'mdx-syntax',
          message: `The body cannot be read as MDX: ${reason} ${/closing tag/.test(reason) ? 'Close every component, e.g. `</Quote>` on its own line after the quoted words.' : 'In plain text write `{`, `}` and `<` as `\\{`, `\\}` and `&lt;`.'}`,
        },
      ],
    };
  }
}

type Shiftable = { position?: { start: { line: number }; end: { line: number } } | undefined; children?: unknown[]; attributes?: unknown[] };

function shiftPositions(node: Shiftable, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  // JSX attributes carry positions too but are not children.
  for (const child of [...(node.children ?? []), ...(node.attributes ?? [])]) shiftPositions(child as Shiftable, by);
}
