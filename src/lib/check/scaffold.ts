import type { Nodes, Root } from 'mdast';
import type { EntryData } from '../schema/index.ts';
import { walk } from '../read/walk.ts';
import type { Finding } from './types.ts';

/** Sentences of the body `npm run new` writes (src/lib/contribute/draft.ts), which no published entry may keep. */
export const scaffoldSentences = ['Replace this paragraph with the story, advice or insight', "Replace this with the mentor's own words"];

/**
 * A published entry that still holds the text `npm run new` scaffolds ("Replace this paragraph…") would
 * show those instructions on the site as knowledge: it is an error, at the sentence, until it is replaced.
 * Drafts hold it by design.
 */
export function checkScaffold(file: string, data: EntryData, tree: Root): Finding[] {
  if (data.status !== 'published') return [];
  const out: Finding[] = [];
  walk<Nodes>(tree, (node) => {
    if (node.type !== 'text') return;
    const sentence = scaffoldSentences.find((s) => node.value.includes(s));
    if (!sentence) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    out.push({
      file,
      line: start.line,
      column: start.column,
      severity: 'error',
      rule: 'scaffold-text',
      message: `The entry is \`published\` but still holds the scaffold's \`${sentence}…\`. Replace it with the mentor's knowledge (and the quote with their own words), or set \`status: draft\` until then.`,
    });
  });
  return out;
}
