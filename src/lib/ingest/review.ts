/**
 * What ingest hands the reviewer: the drafts ranked by how sure it is of them, each with the reasons to
 * look twice, and the list of what redaction took out and which capitalised words it left, for the mentor
 * to confirm.
 */
import { notKnowledgeShares } from './extract/smalltalk.ts';
import { HONORIFIC } from './redact/text.ts';
import type { PassageResult } from './pipeline.ts';
import { countWords, median } from '../text/index.ts';

export type ReviewFlag = 'likely fragment' | 'likely filler' | 'kind uncertain' | 'redactions to confirm' | 'topic missing';

/** Shorter than this a draft is too slight to stand alone, however briefly the conversation talks. */
const fragmentWords = 25;

export interface QueueItem {
  passage: string;
  confidence: number;
  flags: ReviewFlag[];
}

/**
 * Flags for one draft; the order is the order a reviewer would fix them in. `typical` is the median draft's
 * length in words in the same conversation: 40 words is a whole answer in a one-to-one, a fragment in a podcast.
 */
export function reviewFlags(p: PassageResult, typical = 0): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const quote = p.quote.trim();
  // Starts mid-thought ("and then…", "which is why…") or is short for how this conversation talks.
  const short = countWords(quote) < Math.max(fragmentWords, 0.4 * typical);
  if (short || /^(?:and|but|or|because|which|that|then|also)\b/iu.test(quote) || /^\p{Ll}/u.test(quote)) flags.push('likely fragment');
  if (Object.values(notKnowledgeShares(quote)).reduce((a, b) => a + b, 0) >= 0.2) flags.push('likely filler');
  if (p.confidence < 0.3) flags.push('kind uncertain');
  if (p.replacements.some((r) => r.type !== 'aside')) flags.push('redactions to confirm');
  if (!p.topics.length) flags.push('topic missing');
  return flags;
}

/** Drafts, least sure first (confidence lowered by each flag), so the reviewer starts where help is needed. */
export function reviewQueue(passages: readonly PassageResult[]): QueueItem[] {
  const drafts = passages.filter((p) => p.text);
  const typical = new Map<string, number>();
  for (const file of new Set(drafts.map((p) => p.file))) typical.set(file, median(drafts.filter((p) => p.file === file).map((p) => countWords(p.quote))));
  return drafts
    .map((p) => {
      const flags = reviewFlags(p, typical.get(p.file));
      return { passage: p.passage, confidence: Math.round(Math.max(0, p.confidence - 0.1 * flags.length) * 100) / 100, flags };
    })
    .sort((a, b) => a.confidence - b.confidence);
}

export interface RedactionList {
  /** Each original that was replaced, with its placeholder and how often. */
  redacted: { original: string; placeholder: string; type: string; count: number }[];
  /**
   * The same, draft by draft: each placeholder with every original it stands for there. Placeholders are
   * numbered within a draft, so "[a second colleague]" is one person in one draft and another in the next;
   * read together, "Robert Mensah, Rob, Robbie" under one placeholder show they were taken for one person.
   */
  drafts: {
    passage: string;
    title: string;
    at?: string | undefined;
    placeholders: { placeholder: string; originals: { original: string; count: number }[] }[];
  }[];
  /** Capitalised words inside sentences that were left as they were, with how often. */
  kept: { word: string; count: number }[];
}

/** A title before a name, whose full stop ends no sentence ("Dr. Okonkwo", "St. Lawrence"). */
const titlesAName = (word: string): boolean => HONORIFIC.test(word) || /^(?:st|lt|col|gen)$/u.test(word);

/** What redaction did across drafts, for the mentor to confirm. */
export function redactionList(passages: readonly PassageResult[]): RedactionList {
  const redacted = new Map<string, RedactionList['redacted'][number]>();
  const drafts: RedactionList['drafts'] = [];
  const kept = new Map<string, number>();
  for (const p of passages.filter((x) => x.text)) {
    const here = new Map<string, Map<string, number>>();
    for (const r of p.replacements) {
      if (r.type === 'aside') continue;
      const key = `${r.original}\u0000${r.placeholder}`;
      const hit = redacted.get(key) ?? { original: r.original, placeholder: r.placeholder, type: r.type, count: 0 };
      hit.count++;
      redacted.set(key, hit);
      const originals = here.get(r.placeholder) ?? new Map<string, number>();
      originals.set(r.original, (originals.get(r.original) ?? 0) + 1);
      here.set(r.placeholder, originals);
    }
    if (here.size)
      drafts.push({
        passage: p.passage,
        title: p.title ?? '',
        at: p.at,
        placeholders: [...here].map(([placeholder, originals]) => ({
          placeholder,
          originals: [...originals].map(([original, count]) => ({ original, count })),
        })),
      });
    // A capital that does not open a sentence: a name, a product, a place the reviewer may want gone.
    for (const m of p.quote.matchAll(/(?<=[\p{L}\p{N},;:)'’]\s+)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu)) {
      // "Block C. Pat him on the back": a full stop ends the run, unless it closes a title ("Dr. Okonkwo").
      const words = m[0].split(/\s+/u);
      const end = words.findIndex((w, i) => i < words.length - 1 && w.endsWith('.') && !titlesAName(w.slice(0, -1).toLowerCase()));
      const word = (end < 0 ? words : words.slice(0, end + 1)).join(' ').replace(/[.'’]+$/u, '');
      if (word === 'I' || /^I['’]/u.test(word)) continue;
      kept.set(word, (kept.get(word) ?? 0) + 1);
    }
  }
  return {
    redacted: [...redacted.values()].sort((a, b) => b.count - a.count || a.original.localeCompare(b.original)),
    drafts,
    kept: [...kept].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
  };
}

/** "Robert Mensah, Rob ×2, Robbie": the originals one placeholder stands for in one draft. */
export function originalsOf(p: RedactionList['drafts'][number]['placeholders'][number]): string {
  return p.originals.map((o) => (o.count > 1 ? `${o.original} ×${o.count}` : o.original)).join(', ');
}

/** The list as Markdown, for a file beside the raw transcript (in `inbox/`, which git ignores). */
export function redactionMarkdown(file: string, list: RedactionList): string {
  const lines = [
    `# What ingest redacted in ${file}`,
    '',
    'Confirm with the mentor: each original below is gone from every draft. This file names',
    'third parties, so it stays out of the repository. Placeholders are numbered within each',
    'draft: the same placeholder in two drafts may stand for two people.',
    '',
    '## Redacted, draft by draft',
    '',
  ];
  for (const d of list.drafts) {
    lines.push(`### ${d.title || d.passage}${d.at ? ` (${d.at})` : ''}`, '');
    for (const p of d.placeholders) lines.push(`- ${p.placeholder}: ${originalsOf(p)}`);
    lines.push('');
  }
  if (!list.drafts.length) lines.push('- nothing', '');
  lines.push('## Capitalised words kept', '', list.kept.map((k) => `${k.word} (${k.count})`).join(', ') || '—', '');
  return lines.join('\n');
}
