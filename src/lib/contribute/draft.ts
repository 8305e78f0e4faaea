import { join } from 'node:path';
import { displayPath } from '../text/index.ts';
import { Document, isSeq, visit } from 'yaml';
import { slugify } from '../ingest/write/names.ts';
import { formatProblems } from '../problems.ts';
import { readEntry } from '../read/entry.ts';
import type { EntryData } from '../schema/index.ts';
import { topConcept, type Catalog } from './catalog.ts';

import { CommandError } from '../command-error.ts';
import { consentWarnings, type NewEntryRequest } from './resolve.ts';

/** A draft ready to write: where it goes, its text, and what the author should know before writing it. */
export interface PlannedDraft {
  slug: string;
  /** Absolute path of the new file. */
  path: string;
  /** The path as people see it, relative to the working directory. */
  file: string;
  text: string;
  data: EntryData;
  /** Reasons the gate would still withhold the entry once published; the draft is written all the same. */
  warnings: string[];
}

// The body an author replaces: a paragraph of their own and one verbatim quote, so the file already shows
// the two things every entry needs. Plain text only, so it passes the MDX allowlist unchanged.
// Check refuses a published entry that still holds these sentences (`scaffoldSentences`, check/scaffold.ts).
const placeholderBody = `Replace this paragraph with the story, advice or insight in a few sentences of plain Markdown. Name no one but the mentor: write "a colleague" or "a customer" instead.

<Quote at="00:00:00">
Replace this with the mentor's own words, verbatim, and change \`at\` to the time in the recording where they say them.
</Quote>
`;

/**
 * Plans a new draft entry: a slug that is free across every folder (suffixed `-2`, `-3` … when the title's
 * slug is taken), the folder (the first topic's top concept unless one is given), and the file text.
 * The text is read back with `readEntry` before it is returned, so a draft that would not validate is a
 * bug reported here, never a file on disk.
 */
export function planDraft(catalog: Catalog, request: NewEntryRequest, today: string): PlannedDraft {
  const slug = request.slug ? requestedSlug(catalog, request.slug) : freeSlug(catalog, slugify(request.title));
  const folder = request.folder ?? topConcept(catalog, request.topics[0]!);
  const path = join(catalog.entriesDir, ...folder.split('/'), `${slug}.mdx`);
  const file = displayPath(path);
  const text = draftText(request);
  const read = readEntry(text, file);
  if (read.problems.length || !read.data) {
    throw new CommandError(
      `The draft for \`${file}\` does not validate; this is a bug in \`npm run new\`, nothing was written:\n${formatProblems(read.problems)}`,
    );
  }
  const consent = catalog.content.consents.get(request.consent);
  const warnings = consent ? consentWarnings(request.consent, consent, request.kind, today) : [];
  return { slug, path, file, text, data: read.data, warnings };
}

/**
 * The MDX of a new draft: front matter in the documented field order, then the placeholder body. No
 * `reviewed` date: nobody has reviewed it yet, and a date would show a scaffold as "Reviewed this month".
 */
export function draftText(request: NewEntryRequest): string {
  const data = {
    title: request.title,
    kind: request.kind,
    summary: request.summary,
    topics: request.topics,
    mentor: request.mentor,
    consent: request.consent,
    status: 'draft',
    ...(request.stages.length ? { stages: request.stages } : {}),
  };
  const doc = new Document(data);
  // Lists on one line (`topics: [sales/negotiation]`), as in every sample entry and the README.
  visit(doc, {
    Seq: (_, node) => {
      if (isSeq(node)) node.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${placeholderBody}`;
}

/** The title's slug, or the first of `<slug>-2`, `<slug>-3` … that no entry uses. */
export function freeSlug(catalog: Catalog, base: string): string {
  let slug = base;
  for (let i = 2; catalog.slugs.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}

// A slug asked for by name is not silently changed: the author chose it, so a clash is theirs to resolve.
function requestedSlug(catalog: Catalog, slug: string): string {
  const other = catalog.slugs.get(slug);
  if (other)
    throw new CommandError(
      `The slug \`${slug}\` is already used by \`${other}\`; slugs are unique across all folders. Choose another, e.g. \`${freeSlug(catalog, slug)}\`, or leave out --slug.`,
    );
  return slug;
}
