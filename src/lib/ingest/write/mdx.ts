import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { EntryData } from '../../schema/index.ts';

export interface Draft {
  data: EntryData;
  /** The mentor's words, verbatim apart from redactions; one string per paragraph. */
  quote: string[];
  /** `hh:mm:ss` of the passage's start, when the transcript gives times. */
  at?: string | undefined;
}

const PENDING = '0000000000000000';

/**
 * Serialises a draft as MDX. The quote goes through mdast-util-to-markdown, which escapes every character
 * Markdown or MDX would read as syntax, so spoken words cannot turn into markup or code.
 */
export function draftToMdx(draft: Draft): string {
  const body: Root = {
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'Quote',
        attributes: draft.at ? [{ type: 'mdxJsxAttribute', name: 'at', value: draft.at }] : [],
        children: draft.quote.map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p }] })),
      },
    ],
  };
  const markdown = toMarkdown(body, { extensions: [mdxToMarkdown()] });
  const { stages, ...rest } = draft.data;
  const data = { ...rest, ...(stages.length ? { stages } : {}), ingest: { passage: draft.data.ingest?.passage ?? PENDING, digest: PENDING } };
  // Times are quoted so that YAML 1.1 tools do not read `00:12:30` as a sexagesimal number.
  const yaml = stringify(data, { lineWidth: 0 }).replace(/^(\s+at: )(\d{1,2}:\d{2}:\d{2})$/m, '$1"$2"');
  const text = `---\n${yaml}---\n\n${markdown}`;
  // The all-digit placeholder is always written quoted, so the digest that replaces it stays a string.
  return text.replace(`digest: "${PENDING}"`, `digest: "${digestOf(text)}"`);
}

/** The digest of a draft's text with its own digest value blanked out. */
export function digestOf(text: string): string {
  const blank = text.replace(/(\n\s+digest:\s*)"?[0-9a-f]{16}"?/, `$1${PENDING}`);
  return createHash('sha256').update(blank).digest('hex').slice(0, 16);
}

/** Whether a draft file is still exactly as ingest wrote it. */
export function isUntouched(text: string): boolean {
  const recorded = /\n\s+digest:\s*"?([0-9a-f]{16})"?/.exec(text)?.[1];
  return recorded !== undefined && recorded === digestOf(text);
}
