import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Content } from '../read/content.ts';
import { listFiles } from '../read/files.ts';
import { displayPath } from '../text/index.ts';
import type { Concept, Consent } from '../schema/index.ts';
import { topicGraph, type TopicGraph } from '../site/topics.ts';

/** One option a prompt offers: the value it stands for, what the list shows, and an optional hint. */
export interface Choice {
  value: string;
  name: string;
  description?: string;
  /** Why the option cannot be picked; shown greyed out. */
  disabled?: string;
}

/** What `npm run new` needs to know about the knowledge base, read once. */
export interface Catalog {
  content: Content;
  graph: TopicGraph;
  /** Topics an entry may use: every concept that is not deprecated, in taxonomy order. */
  topics: readonly Concept[];
  /** The `content/entries` folder new drafts go under. */
  entriesDir: string;
  /** Every slug already used under `content/entries` → its file, including files that do not validate. */
  slugs: ReadonlyMap<string, string>;
}

/** Collects the catalog from the content read by `readContent` and the entries folder beside it. */
export function makeCatalog(content: Content, contentDir: string): Catalog {
  const entriesDir = join(contentDir, 'entries');
  const graph = topicGraph(content.taxonomy);
  return {
    content,
    graph,
    topics: content.taxonomy.topics.filter((t) => !t.deprecated),
    entriesDir,
    slugs: existingSlugs(entriesDir),
  };
}

/**
 * Slugs in use anywhere under the entries folder. Read from the file names rather than from
 * `content.entries`, which leaves out entries with errors: their slugs are taken all the same.
 */
export function existingSlugs(entriesDir: string): Map<string, string> {
  const slugs = new Map<string, string>();
  if (!existsSync(entriesDir)) return slugs;
  for (const path of listFiles(entriesDir, '.mdx')) slugs.set(basename(path, '.mdx'), displayPath(path));
  return slugs;
}

/**
 * Topics matching what someone typed, best first: an id, label or synonym that starts with the term
 * ranks above one that merely contains it. An empty term lists every topic in taxonomy order.
 */
export function searchTopics(catalog: Catalog, term: string | undefined, exclude: readonly string[] = []): Choice[] {
  const q = (term ?? '').trim().toLowerCase();
  const scored: { concept: Concept; score: number; via?: string }[] = [];
  for (const concept of catalog.topics) {
    if (exclude.includes(concept.id)) continue;
    if (!q) {
      scored.push({ concept, score: 0 });
      continue;
    }
    let best: { score: number; via?: string } | undefined;
    const consider = (text: string, weight: number, via?: string) => {
      const t = text.toLowerCase();
      const score = t === q ? weight + 2 : t.startsWith(q) || t.includes(` ${q}`) || t.includes(`/${q}`) ? weight + 1 : t.includes(q) ? weight : -1;
      if (score >= 0 && (!best || score > best.score)) best = via === undefined ? { score } : { score, via };
    };
    consider(concept.label, 6);
    consider(concept.id, 3);
    for (const alt of concept.altLabels) consider(alt, 0, alt);
    if (best) scored.push({ concept, ...best });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .map(({ concept, via }) => ({
      value: concept.id,
      name: via ? `${concept.label} (${via})` : concept.label,
      description: `${concept.id}${concept.definition ? `: ${concept.definition}` : ''}`,
    }));
}

/** The top concept above a topic, following each concept's first broader concept; safe against cycles. */
export function topConcept(catalog: Catalog, id: string): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    seen.add(current);
    const up = catalog.graph.byId.get(current)?.broader.find((b) => catalog.graph.byId.has(b));
    if (!up || seen.has(up)) return current;
    current = up;
  }
}

/** People, by name, each marked unavailable when no consent of theirs is still in force. */
export function mentorChoices(catalog: Catalog): Choice[] {
  return [...catalog.content.people]
    .sort(([, a], [, b]) => a.name.localeCompare(b.name))
    .map(([id, person]): Choice => {
      const choice: Choice = { value: id, name: person.name, description: `${person.role} · ${id}` };
      return usableConsents(catalog, id).length ? choice : { ...choice, disabled: 'no consent, or only revoked ones' };
    });
}

/** The consent records of a person that have not been revoked, by id. */
export function usableConsents(catalog: Catalog, personId: string): [string, Consent][] {
  return [...catalog.content.consents].filter(([, c]) => c.person === personId && !c.revoked).sort(([a], [b]) => a.localeCompare(b));
}

/** A person's usable consents as prompt choices, each described by what it allows. */
export function consentChoices(catalog: Catalog, personId: string): Choice[] {
  return usableConsents(catalog, personId).map(([id, c]) => ({ value: id, name: id, description: describeConsent(c) }));
}

/** "audience `all-staff`, attribution `named`, kinds story, advice; expires 2027-12-31". */
export function describeConsent(c: Consent): string {
  const parts = [`audience \`${c.audience}\``, `attribution \`${c.attribution}\``, `kinds ${(c.kinds ?? ['story', 'advice', 'insight']).join(', ')}`];
  if (c.embargoUntil) parts.push(`embargoed until ${c.embargoUntil}`);
  if (c.expires) parts.push(`expires ${c.expires}`);
  return parts.join(', ');
}

/** The career stages as prompt choices. */
export function stageChoices(catalog: Catalog): Choice[] {
  return catalog.content.taxonomy.stages.map((s) => ({ value: s.id, name: s.label, ...(s.definition ? { description: s.definition } : {}) }));
}
