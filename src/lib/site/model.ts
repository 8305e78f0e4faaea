import {
  gate,
  gateContext,
  playableRecording,
  showsRisk,
  summaryLine,
  type GateContext,
  type Gated,
  type Playable,
  type WithheldReason,
} from '../gate/index.ts';
import type { Content, EntrySource } from '../read/content.ts';
import { plainText, renderHtml, type RenderOptions } from '../render/index.ts';
import { kinds, type EntryData, type Kind, type SiteConfig, type Stage } from '../schema/index.ts';
import { isStale } from '../review/stale.ts';
import { attribution, type Attribution } from './attribution.ts';
import { holdersOf, type Holder } from './custody.ts';
import { kindInfo } from './kinds.ts';
import { editableSource } from './source.ts';
import { symmetricRelated, topicGraph, topicRedirects, type TopicGraph } from './topics.ts';
import { stewardOf } from '../review/stewards.ts';
import { isEntryPath, routes } from '../routes.ts';

export interface TopicRef {
  id: string;
  label: string;
  path: string;
}

/**
 * A published entry as every output sees it. Deliberately without the mentor's people id or the consent id:
 * what may be said about the mentor is in `attribution` only.
 */
export interface PublishedEntry {
  slug: string;
  path: string;
  title: string;
  kind: Kind;
  summary: string;
  topics: TopicRef[];
  /** The entry's topics and all their broader topics, for hierarchy-aware filters. */
  topicsWithAncestors: TopicRef[];
  stages: Stage[];
  attribution: Attribution;
  conversation?: { date: string; at?: string | undefined; approximate?: boolean | undefined } | undefined;
  reviewed?: string | undefined;
  /** Review again by this day (overrides the site's `staleAfterMonths`). */
  reviewBy?: string | undefined;
  /** Due for review on the build date (`src/lib/review/stale.ts`); computed once, here. */
  stale: boolean;
  /** The date the feed and "newest" listings sort by. */
  date?: string | undefined;
  /**
   * The entry's file relative to the repository root, for "Edit this entry" links. Absent when the path
   * would reveal a mentor whose consent keeps them unnamed (see `source.ts`).
   */
  source?: string | undefined;
  appliesWhen?: string | undefined;
  notWhen?: string | undefined;
  /** The question the mentor was answering, when the entry records it. */
  question?: string | undefined;
  html: string;
  /** The body as plain text: what search indexes and quotes in its excerpts. */
  text: string;
  /** Synonyms of the entry's topics, so searches for them find it. */
  synonyms: string[];
  /** The conversation's recording, when this edition may play it (`playableRecording` in the gate). */
  recording?: Playable | undefined;
  /** The collections offered as a search filter (`facet: true`) that hold one of its topics or a broader one. */
  collections: string[];
  related: string[];
}

export interface TopicPage {
  id: string;
  label: string;
  path: string;
  definition?: string | undefined;
  /** What belongs under this topic and what does not (`skos:scopeNote`). */
  scopeNote?: string | undefined;
  altLabels: string[];
  broader: TopicRef[];
  narrower: TopicRef[];
  /** Associated topics, in both directions of `related`. */
  related: TopicRef[];
  /** The knowledge manager who looks after the topic, possibly through a broader topic. */
  steward?: { name: string; role: string; inheritedFrom?: TopicRef | undefined } | undefined;
  /** The labels of the collections that list it (`skos:member`), in the taxonomy's order. */
  partOf: string[];
  depth: number;
  /** Entries tagged with this topic itself. */
  entries: PublishedEntry[];
  /** Entries tagged with this topic or any narrower one. */
  allEntries: PublishedEntry[];
}

/** An old URL that moved: a deprecated topic's page forwards to its replacement. */
export interface Redirect {
  from: string;
  to: string;
}

export interface MentorPage {
  id: string;
  name: string;
  role: string;
  path: string;
  entries: PublishedEntry[];
}

export interface Site {
  config: SiteConfig;
  audience: string;
  today: string;
  base: string;
  /** Published entries, newest first. */
  entries: PublishedEntry[];
  bySlug: ReadonlyMap<string, PublishedEntry>;
  /**
   * Entries rendered for this build and reused from the build cache, when there is one; `save` writes the
   * cache (again: it writes what this build kept).
   */
  cache?: { rendered: number; reused: number; save: () => void } | undefined;
  /** Old topic URLs (merged, renamed or replaced concepts) and where they now live. */
  redirects: Redirect[];
  /** Every topic in taxonomy order (depth-first), with its published entries. */
  topics: TopicPage[];
  kinds: { id: Kind; label: string; plural: string; description: string; path: string; entries: PublishedEntry[] }[];
  stages: (Stage & { entries: PublishedEntry[] })[];
  /** Only mentors whose consent lets them be named, and only their named entries. */
  mentors: MentorPage[];
  withheld: { slug: string; file: string; reasons: WithheldReason[] }[];
  summary: string;
  /** Whether this edition has the "Knowledge at risk" page (`showsRisk` in the gate). */
  showsRisk: boolean;
  /** Who holds each published entry's knowledge, by slug, for the at-risk view only (see `custody.ts`). Never rendered. */
  holders: ReadonlyMap<string, Holder>;
}

export interface SiteOptions {
  audience: string;
  today: string;
  base: string;
  /** Renders a published entry's body; a cache may reuse earlier output (`bodyStage`). */
  render?: ((entry: EntrySource, options: RenderOptions) => { html: string; text: string }) | undefined;
  /** The gate's attribution scan, when a cache remembers it (`bodyStage`). */
  leaks?: GateContext['leaks'];
}

/** The date the feed and "newest" listings sort an entry by. */
export const entryDate = (d: EntryData): string | undefined => d.added ?? d.reviewed ?? d.conversation?.date;

/** Newest first, then by title: the order of every listing of entries. */
export const newestFirst = (a: { date?: string | undefined; title: string }, b: { date?: string | undefined; title: string }): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);

/** Gates the content, then models the site from what the gate published: for the tools that need a model. */
export function buildSite(content: Content, options: SiteOptions): Site {
  const ctx = { ...gateContext(content, options.audience, options.today), leaks: options.leaks };
  return modelSite(content, gate(content.entries, ctx), options);
}

/** Builds every listing from the gate's published list only; what it withheld is named, never shown. */
export function modelSite(content: Omit<Content, 'entries'>, gated: Gated<EntrySource>, options: SiteOptions): Site {
  const graph = topicGraph(content.taxonomy);
  const ref = (id: string): TopicRef => ({ id, label: graph.byId.get(id)?.label ?? id, path: routes.topic(id) });
  const stageById = new Map(content.taxonomy.stages.map((s) => [s.id, s]));

  const publishedPaths = new Set(gated.published.map(({ entry }) => routes.entry(entry.slug)));
  // Links into /entries/ must point at a published entry; anything else on the site is always there.
  const linkable = (path: string) => !isEntryPath(path) || publishedPaths.has(path.endsWith('/') ? path : `${path}/`);
  const unrelated = gated.published
    .map(({ entry, consent, mentor }) => {
      const attr = attribution(entry.data.mentor, mentor, consent);
      const recording = playableRecording(entry.data, consent, options.audience, content.config.audiences);
      const published = toPublished(
        entry,
        attr,
        editableSource(entry.file, entry.data.mentor, mentor, attr),
        graph,
        ref,
        stageById,
        { base: options.base, linkable, siteUrl: content.config.url, imageHosts: content.config.remoteImages.allow },
        { today: options.today, staleAfterMonths: content.config.staleAfterMonths },
        options.render,
      );
      return recording ? { ...published, recording } : published;
    })
    .sort(newestFirst);
  const published = new Set(unrelated.map((e) => e.slug));
  const related = relatedAll(unrelated);
  // An entry's own `related` (an advice naming its story) comes first, and only where it is published.
  const named = new Map(gated.published.map(({ entry }) => [entry.slug, (entry.data.related ?? []).filter((s) => s !== entry.slug && published.has(s))]));
  // Collections, by the topics they list: shown as "Part of", and a search filter where `facet` says so.
  const partOf = new Map<string, string[]>();
  const facetOf = new Map<string, string[]>();
  for (const col of content.taxonomy.collections)
    for (const m of col.members) {
      (partOf.get(m) ?? partOf.set(m, []).get(m)!).push(col.label);
      if (col.facet) (facetOf.get(m) ?? facetOf.set(m, []).get(m)!).push(col.label);
    }
  const entries = unrelated.map((e) => ({
    ...e,
    related: [...new Set([...(named.get(e.slug) ?? []), ...(related.get(e) ?? [])])].slice(0, 3),
    collections: [...new Set(e.topicsWithAncestors.flatMap((t) => facetOf.get(t.id) ?? []))],
  }));
  const bySlug = new Map(entries.map((e) => [e.slug, e]));

  const byTopic = new Map<string, PublishedEntry[]>();
  const byTopicWide = new Map<string, PublishedEntry[]>();
  for (const e of entries) {
    for (const t of e.topics) (byTopic.get(t.id) ?? byTopic.set(t.id, []).get(t.id)!).push(e);
    for (const t of e.topicsWithAncestors) (byTopicWide.get(t.id) ?? byTopicWide.set(t.id, []).get(t.id)!).push(e);
  }
  const relatedTo = symmetricRelated(content.taxonomy.topics);
  // A steward is named on topic pages only when their people record allows it, and never when they also
  // mentor under a `role` or `anonymous` consent: their name must then appear nowhere.
  const unnamed = new Set([...content.consents.values()].filter((c) => c.attribution !== 'named').map((c) => c.person));
  const topics = orderedTopics(graph).map(({ id, depth }): TopicPage => {
    const c = graph.byId.get(id)!;
    const stewardship = stewardOf(id, graph);
    const person = stewardship && !unnamed.has(stewardship.steward) ? content.people.get(stewardship.steward) : undefined;
    const steward = person?.namedAsSteward ? person : undefined;
    return {
      ...ref(id),
      definition: c.definition,
      scopeNote: c.scopeNote,
      altLabels: c.altLabels,
      broader: c.broader.filter((b) => graph.byId.has(b)).map(ref),
      narrower: (graph.narrower.get(id) ?? []).filter((n) => !graph.byId.get(n)?.deprecated).map(ref),
      related: [...(relatedTo.get(id) ?? [])].filter((r) => graph.byId.has(r) && !graph.byId.get(r)!.deprecated).map(ref),
      steward: steward && stewardship && { name: steward.name, role: steward.role, inheritedFrom: stewardship.from === id ? undefined : ref(stewardship.from) },
      partOf: [...new Set(partOf.get(id) ?? [])],
      depth,
      entries: byTopic.get(id) ?? [],
      allEntries: byTopicWide.get(id) ?? [],
    };
  });

  const mentors = new Map<string, MentorPage>();
  for (const e of entries) {
    if (e.attribution.mode !== 'named') continue;
    const { personId, name, role } = e.attribution;
    const m = mentors.get(personId) ?? { id: personId, name, role, path: routes.mentor(personId), entries: [] };
    m.entries.push(e);
    mentors.set(personId, m);
  }

  const withheld = gated.withheld.map((w) => ({ slug: w.entry.slug, file: w.entry.file, reasons: w.reasons }));
  return {
    config: content.config,
    audience: options.audience,
    today: options.today,
    base: options.base,
    entries,
    bySlug,
    redirects: topicRedirects(graph),
    topics,
    kinds: kinds.map((k) => ({ id: k, ...kindInfo[k], path: routes.kind(k), entries: entries.filter((e) => e.kind === k) })),
    stages: content.taxonomy.stages.map((s) => ({ ...s, entries: entries.filter((e) => e.stages.some((x) => x.id === s.id)) })),
    mentors: [...mentors.values()].sort((a, b) => a.name.localeCompare(b.name)),
    withheld,
    summary: summaryLine(entries.length, withheld, options.audience, options.today),
    showsRisk: showsRisk(content.config, options.audience),
    holders: holdersOf(gated.published),
  };
}

function toPublished(
  source: EntrySource,
  attr: Attribution,
  editable: string | undefined,
  graph: TopicGraph,
  ref: (id: string) => TopicRef,
  stageById: ReadonlyMap<string, Stage>,
  render: RenderOptions,
  review: { today: string; staleAfterMonths: number },
  renderBody: SiteOptions['render'] = (entry, options) => {
    const text = plainText(entry.tree);
    return { html: renderHtml(entry.tree, options), text };
  },
): PublishedEntry {
  const d = source.data;
  const { html, text } = renderBody(source, render);
  const withAncestors = [...new Set(d.topics.flatMap((t) => graph.ancestorsOf(t)))];
  return {
    slug: source.slug,
    path: routes.entry(source.slug),
    title: d.title,
    kind: d.kind,
    summary: d.summary,
    topics: d.topics.map(ref),
    topicsWithAncestors: withAncestors.map(ref),
    stages: d.stages.map((s) => stageById.get(s)!),
    attribution: attr,
    // Never the recording's address: only `recording`, which the gate decides, carries one.
    conversation: d.conversation && { date: d.conversation.date, at: d.conversation.at, approximate: d.conversation.approximate },
    reviewed: d.reviewed,
    reviewBy: d.reviewBy,
    stale: isStale(d, review.today, review.staleAfterMonths),
    date: entryDate(d),
    appliesWhen: d.appliesWhen,
    notWhen: d.notWhen,
    question: d.question,
    html,
    text,
    synonyms: [...new Set(withAncestors.flatMap((t) => graph.synonymsOf(t)))],
    collections: [],
    related: [],
    source: editable,
  };
}

/** A broader topic shared with this many entries says too little about two entries to relate them. */
const widestSharedTopic = 300;

/**
 * Up to three entries sharing the most specific topics, for every entry at once. Scores are accumulated
 * through a topic → entries index; broader topics count only while they hold few entries, which keeps the
 * cost near linear (a top-level topic of thousands of entries would make it quadratic) and the
 * suggestions specific.
 */
function relatedAll(entries: readonly PublishedEntry[]): Map<PublishedEntry, string[]> {
  const direct = new Map<string, number[]>();
  const wider = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const t of e.topics) (direct.get(t.id) ?? direct.set(t.id, []).get(t.id)!).push(i);
    for (const t of e.topicsWithAncestors) (wider.get(t.id) ?? wider.set(t.id, []).get(t.id)!).push(i);
  });
  const result = new Map<PublishedEntry, string[]>();
  const score = new Float64Array(entries.length);
  entries.forEach((entry, i) => {
    const touched: number[] = [];
    const add = (j: number, by: number) => {
      if (j === i) return;
      if (score[j] === 0) touched.push(j);
      score[j]! += by;
    };
    for (const t of entry.topics) for (const j of direct.get(t.id) ?? []) add(j, 3);
    for (const t of entry.topicsWithAncestors) {
      const group = wider.get(t.id) ?? [];
      if (group.length <= widestSharedTopic) for (const j of group) add(j, 1);
    }
    // The best three by score, then slug: a running top three, not a sort of every candidate.
    const best: { slug: string; s: number }[] = [];
    for (const j of touched) {
      const s = score[j]! + (entries[j]!.kind !== entry.kind ? 0.5 : 0);
      score[j] = 0;
      if (s < 1.5) continue;
      const slug = entries[j]!.slug;
      const at = best.findIndex((b) => s > b.s || (s === b.s && slug < b.slug));
      if (at === -1) {
        if (best.length < 3) best.push({ slug, s });
        continue;
      }
      best.splice(at, 0, { slug, s });
      if (best.length > 3) best.pop();
    }
    result.set(
      entry,
      best.map((b) => b.slug),
    );
  });
  return result;
}

/** Depth-first, taxonomy order; a concept with several broader concepts is listed once, under its first. */
function orderedTopics(graph: TopicGraph): { id: string; depth: number }[] {
  const out: { id: string; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (id: string, depth: number) => {
    if (seen.has(id) || graph.byId.get(id)?.deprecated) return;
    seen.add(id);
    out.push({ id, depth });
    for (const n of graph.narrower.get(id) ?? []) walk(n, depth + 1);
  };
  for (const r of graph.roots) walk(r, 0);
  for (const id of graph.byId.keys()) walk(id, 0); // concepts only reachable through a cycle
  return out;
}
