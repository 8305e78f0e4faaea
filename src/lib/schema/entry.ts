import { z } from 'zod';
import { conceptId, isoDate, shortText, slugId, timecode } from './primitives.ts';

/** The three kinds of knowledge Tacit keeps. */
export const kinds = ['story', 'advice', 'insight'] as const;
export const kindSchema = z.enum(kinds);
export type Kind = z.infer<typeof kindSchema>;

/** Where an entry is in its life: only `published` entries can pass the gate. */
export const statusSchema = z.enum(['draft', 'published', 'retired']);

/** A recording or captions file: under `content/recordings/`, or the web address of one the organisation hosts. */
const mediaSource = z
  .string()
  .trim()
  .refine((v) => (/^recordings\/[\w./-]+$/.test(v) && !v.split('/').includes('..')) || /^https:\/\/[^\s]+$/.test(v), {
    error: 'expected a file under `content/recordings/` (e.g. `recordings/2025-02-24.mp3`) or an `https://` address',
  });

/** The recording of a conversation, played from a quote's moment where the mentor's consent allows it. */
export const recordingSchema = z.strictObject({
  /** The audio or video file. A file under `content/recordings/` is copied into only the editions that may play it. */
  src: mediaSource,
  /** Where in the conversation the file begins, when it is an excerpt, `hh:mm:ss`. */
  starts: timecode.optional(),
  /** Captions for it (WebVTT). */
  captions: mediaSource.optional(),
});

/** Where in a recorded conversation the entry comes from. */
export const conversationSchema = z.strictObject({
  /** The day the conversation was recorded. */
  date: isoDate,
  /** Where in the recording the passage starts, `hh:mm:ss`. */
  at: timecode.optional(),
  /** `at` was estimated (from the words' place in a long caption, or between sparse time marks). */
  approximate: z.boolean().optional(),
  /** The recording, if the organisation keeps one; played only where the mentor's consent says so. */
  recording: recordingSchema.optional(),
});

/** Written by `npm run ingest` so that running it again finds its drafts instead of duplicating them. */
export const ingestSchema = z.strictObject({
  /** Identifies the transcript and the passage in it the draft came from. */
  passage: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected the 16-character id ingest wrote; do not edit it' }),
  /** Digest of the draft as ingest wrote it; when the file no longer matches, a person has edited it. */
  digest: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected the 16-character digest ingest wrote; do not edit it' }),
});

/** The topic id ingest writes when no concept fits a draft: not a concept, so check asks for a real one. */
export const noTopic = 'choose-a-topic';

/** Front matter of `content/entries/**\/<slug>.mdx`. */
export const entrySchema = z.strictObject({
  /** A specific, short headline drawn from the passage ("Print tomorrow's pick lists every evening"). */
  title: shortText(120),
  /** `story` (what happened), `advice` (what to do or not do) or `insight` (how a domain works). */
  kind: kindSchema,
  /** One sentence that stands alone: the search result excerpt and the feed summary. */
  summary: shortText(300),
  /** Taxonomy concept ids, most specific first; at least one. */
  topics: z.array(conceptId).min(1, { error: 'list at least one topic id from `content/taxonomy.yaml`' }),
  /** The people id (`content/people/<id>.yaml`) of the person whose knowledge this is. */
  mentor: slugId,
  /** The consent id (`content/consent/<id>.yaml`) that covers publishing this entry. */
  consent: slugId,
  /** `draft` while under review, `published` once approved, `retired` when no longer shown. */
  status: statusSchema,
  /** Career-stage ids (the `stages` of the taxonomy) this entry speaks to. */
  stages: z.array(slugId).default([]),
  /** Provenance: when in which conversation this was said. */
  conversation: conversationSchema.optional(),
  /** The day the mentor last confirmed the entry is still right. */
  reviewed: isoDate.optional(),
  /** Review again by this day, overriding the site's `staleAfterMonths` for this entry. */
  reviewBy: isoDate.optional(),
  /** The day the entry was first published; orders the feed. */
  added: isoDate.optional(),
  /** When this applies, in a short phrase. */
  appliesWhen: shortText(300).optional(),
  /** When it does not apply, in a short phrase. */
  notWhen: shortText(300).optional(),
  /**
   * The question the mentor was answering, as it was asked; shown on the page as "Asked: …". Redacted like
   * everything else, and it never says who asked: the asker is a third party.
   */
  question: shortText(300).optional(),
  /**
   * Entries this one belongs with, by slug: an advice names the story it was drawn from. Shown first
   * among related entries, when they are published.
   */
  related: z.array(slugId).optional(),
  /** Provenance written by ingest; leave it as it is. */
  ingest: ingestSchema.optional(),
});
export type EntryData = z.infer<typeof entrySchema>;
