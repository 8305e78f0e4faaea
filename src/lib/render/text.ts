import type { Nodes, Root } from 'mdast';
import { forbiddenCharacters } from '../read/text.ts';

const blocks = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'code', 'mdxJsxFlowElement', 'blockquote']);

/** The searchable plain text of a body, with block boundaries kept as line breaks. */
export function plainText(tree: Root): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    else if (node.type === 'break') out.push(' ');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (blocks.has(node.type)) out.push('\n');
  };
  walk(tree);
  return out
    .join('')
    .replace(forbiddenCharacters, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
