import { createHash } from 'node:crypto';
import { readEntry } from '../read/entry.ts';
import { countWords, median } from '../text/index.ts';
import { noTopic, type Consent, type EntryData, type Kind, type Person, type Taxonomy } from '../schema/index.ts';
import { analyse, classifyKind, keySentences } from './extract/kind.ts';
import { defaultPassageOptions, findPassages, request, type Passage } from './extract/passages.ts';
import { splitAtNewPoints } from './extract/new-point.ts';
import { splitByKind } from './extract/split.ts';
import { Clock, passageStart } from './extract/timing.ts';
import { askedFor, askedForPlug, notKnowledge, type NotKnowledge } from './extract/smalltalk.ts';
import { labelMatches, mentorLabels } from './extract/speakers.ts';
import { bestTitle, summaryBeside } from './extract/title.ts';
import { readTranscript } from './read/index.ts';
import { initialsOf, namesInConversation, redact, type Replacement } from './redact/index.ts';
import { sentences as sentencesOf } from './redact/sentences.ts';
import { mentorOrganisations } from './redact/identifying.ts';
import { dropOffRecord } from './redact/off-record.ts';
import { indexTaxonomy, matchTopics, type TopicMatch } from './tag/topics.ts';
import { TranscriptError, type Transcript } from './transcript.ts';
import { draftToMdx, type Draft } from './write/mdx.ts';
import { slugify, timecode } from './write/names.ts';

export interface IngestContext {
  consentId: string;
  consent: Consent;
  mentorId: string;
  mentor: Person;
  /** Everyone else the organisation knows by name: they are third parties in the mentor's words. */
  otherPeople: readonly Person[];
  taxonomy: Taxonomy;
  /** Keep or redact company and customer names. */
  organizations: 'keep' | 'redact';
}

/** Why a passage became no draft: talk that is not knowledge (and which), no clear kind, or a kind the consent leaves out. */
export type SkipReason = NotKnowledge | 'no-kind' | 'kind-not-consented';

/** One passage of the mentor's talk and what ingest made of it. */
export interface PassageResult {
  file: string;
  line: number;
  /** `hh:mm:ss` where the passage starts in the recording. */
  at?: string | undefined;
  kind?: Kind | undefined;
  confidence: number;
  topics: TopicMatch[];
  title?: string | undefined;
  summary?: string | undefined;
  /** The other side's question, redacted, when the passage answers one. */
  question?: string | undefined;
  /** The quote as it would be published: verbatim apart from redactions. */
  quote: string;
  skipped?: SkipReason | undefined;
  /** Stable id of the passage: the transcript's digest and where the passage starts. */
  passage: string;
  slugBase?: string | undefined;
  text?: string | undefined;
  /** What redaction replaced in this passage, for the mentor to confirm (never written to a draft). */
  replacements: Replacement[];
  /** The draft before it was written out, so the writer can add what only it knows (the story's slug). */
  draft?: Draft | undefined;
  /** The passage id of the story this passage's lesson was drawn from, when ingest split them. */
  drawnFrom?: string | undefined;
}

export interface TranscriptResult {
  file: string;
  transcript: Transcript;
  mentorLabels: string[];
  passages: PassageResult[];
  redactions: Record<string, number>;
  /** Passages said off the record, left out before anything was extracted: only counted, never kept. */
  offRecord: { passages: number; words: number };
}

/** Reads one transcript and turns the mentor's passages into draft entries (not yet written). */
export function ingestTranscript(bytes: Uint8Array, file: string, date: string, ctx: IngestContext): TranscriptResult {
  const read = readTranscript(bytes, file);
  // First of all: what was said off the record is gone before any later stage (or any log) can see it.
  const offRecord = dropOffRecord(read.turns);
  const transcript = { ...read, turns: offRecord.turns };
  const labels = mentorLabels(transcript.speakers, ctx.mentor);
  if (!labels.length) {
    const found = transcript.speakers.length ? transcript.speakers.map((s) => `\`${s}\``).join(', ') : 'none (the file has no speaker labels)';
    throw new TranscriptError(
      file,
      1,
      1,
      `No speaker matches the consenting mentor \`${ctx.mentor.name}\`. Speakers found: ${found}. Check that --consent names the right person, or fix the speaker label in the transcript.`,
      'mentor-not-found',
    );
  }
  const digest = createHash('sha256')
    .update(read.turns.map((t) => `${t.speaker ?? ''}\u0000${t.text}`).join('\n'))
    .digest('hex');
  const otherSpeakers = transcript.speakers.filter((s) => !labels.includes(s));
  // Third parties: the other speakers and everyone the organisation knows, except the mentor.
  const listed = [...otherSpeakers, ...ctx.otherPeople.map((p) => p.name).filter((n) => !labels.some((l) => labelMatches(l, n)))];
  // One decision per name per conversation: a name found anywhere is redacted everywhere it recurs,
  // alone or in part ("Paloma Medina", then "Paloma"), and so are the initials of a full name ("TK").
  const found = namesInConversation(transcript.turns, { knownNames: listed, mentorNames: [ctx.mentor.name, ...labels], organizations: ctx.organizations });
  const knownNames = [...listed, ...found.filter((n) => !listed.includes(n))];
  const removeMentorName = ctx.consent.attribution !== 'named';
  // Unnamed means unidentifiable: the organisations the mentor founds or leads go too, everywhere.
  const identifying = removeMentorName
    ? [
        ...(ctx.consent.identifying ?? []),
        ...mentorOrganisations(
          transcript.turns.map((t) => ({ text: t.text, mentor: t.speaker !== undefined && labels.includes(t.speaker) })),
          [ctx.mentor.name, ...labels],
        ),
      ]
    : [];
  // One set of decisions for everything redacted in this conversation: the mentor's words and the questions.
  const redaction: Parameters<typeof redact>[1] = {
    knownNames,
    mentorNames: [ctx.mentor.name, ...labels],
    removeMentorName,
    organizations: ctx.organizations,
    dropAsides: true,
    identifying,
    initials: initialsOf(knownNames),
  };
  const redactions: Record<string, number> = {};
  const topicIndex = indexTaxonomy(ctx.taxonomy);

  // Timed on every word that was said, off the record too: leaving those out would pull later times earlier.
  const clock = new Clock(read.turns);
  const { minWords } = defaultPassageOptions;
  const answers = findPassages(transcript.turns, (t) => t.speaker !== undefined && labels.includes(t.speaker));
  // A new point must run to a good part of this conversation's typical answer: a podcast guest's 30 words are an aside.
  const point = Math.max(minWords, pointShare * median(answers.map((p) => countWords(p.text))));
  // An answer to "Where can people find you?" is a plug from its first word to its last: it is not cut
  // into parts, which would carry the question on the first part only.
  const segments = answers.flatMap((p) => (askedForPlug(p.prompt) ? [p] : splitAtNewPoints(p, point).flatMap((q) => splitByKind(q, minWords))));
  const ids = new Map<Passage, string>();
  const passages = segments.map((p): PassageResult => {
    // A lesson split from its story starts on the same line: its id also says where in the line.
    const passage = createHash('sha256')
      .update(`${digest}:${ctx.mentorId}:${p.line}${p.turns[0]?.offset ? `+${p.turns[0].offset}` : ''}`)
      .digest('hex')
      .slice(0, 16);
    ids.set(p, passage);
    const when = passageStart(p, clock);
    const at = when === undefined ? undefined : timecode(when.seconds);
    const approximate = when?.approximate === true;
    const r = redact(p.text, redaction);
    for (const [type, n] of Object.entries(r.counts)) redactions[type] = (redactions[type] ?? 0) + (n as number);
    const base = { file, line: p.line, at, quote: r.text, passage, confidence: 0, topics: [] as TopicMatch[], replacements: r.replacements };
    const why = notKnowledge(p.text) ?? askedFor(p.prompt) ?? (p.phase ? 'small-talk' : undefined);
    if (why) return { ...base, skipped: why };
    const sentences = analyse(r.text);
    // A lesson split from its story ("What I learned is…") is knowledge by its own marker, however short.
    const k = classifyKind(r.text, sentences, { leanFrom: p.drawnFrom ? 0 : substantialWords });
    if (!k.kind) return { ...base, confidence: k.confidence, skipped: 'no-kind' };
    if (ctx.consent.kinds && !ctx.consent.kinds.includes(k.kind)) return { ...base, kind: k.kind, confidence: k.confidence, skipped: 'kind-not-consented' };
    const keys = keySentences(r.text, k.kind, sentences);
    const title = bestTitle(keys.length ? keys : [r.text]);
    // The key sentences first; then the passage's others, so that a passage with one clean sentence (the
    // rest hold placeholders) is not summed up by its own title again.
    const summary = summaryBeside(title, keys.length ? [...keys, ...sentences.map((s) => s.text).filter((t) => !keys.includes(t))] : [r.text]);
    const question = questionFrom(p.prompt, redaction);
    const topics = matchTopics(r.text, topicIndex, ctx.taxonomy);
    const data: EntryData = {
      title,
      kind: k.kind,
      summary,
      // No topic fits: the draft says so, and check asks the reviewer to choose one (never the first topic).
      topics: topics.length ? topics.map((t) => t.id) : [noTopic],
      mentor: ctx.mentorId,
      consent: ctx.consentId,
      status: 'draft',
      stages: [],
      conversation: at ? { date, at, ...(approximate ? { approximate } : {}) } : { date },
      ...(question ? { question } : {}),
      ingest: { passage, digest: '0000000000000000' },
    };
    const draft: Draft = { data, quote: r.text.split(/\n{2,}/), at };
    const text = draftToMdx(draft);
    const check = readEntry(text, `${passage}.mdx`);
    if (check.problems.length) {
      // A draft that would not build is a bug in ingest, never something to write.
      throw new Error(`ingest produced an invalid draft for ${file}:${p.line}: ${check.problems.map((x) => x.message).join('; ')}`);
    }
    return {
      ...base,
      kind: k.kind,
      confidence: k.confidence,
      topics,
      title,
      summary,
      question,
      slugBase: slugify(title),
      text,
      draft,
      drawnFrom: p.drawnFrom && ids.get(p.drawnFrom),
    };
  });
  linkLessonsToStories(passages, segments);
  return { file, transcript, mentorLabels: labels, passages, redactions, offRecord: { passages: offRecord.passages, words: offRecord.words } };
}

/**
 * A story, then "So what changed after that?", then the advice: the lesson is drawn from the story across
 * the short question that points back at it, so its draft names the story's as related (as `splitByKind`
 * does for a lesson told in the story's own turn).
 */
const pointsBack =
  /\b(?:after (?:that|this|it)|what (?:changed|happened next|did you (?:learn|take away|change|do differently))|from (?:that|this|it)|since then|afterwards|because of (?:that|this|it)|what came of (?:it|that))\b/iu;

function linkLessonsToStories(results: PassageResult[], segments: readonly Passage[]): void {
  for (let i = 1; i < results.length; i++) {
    const [before, after] = [results[i - 1]!, results[i]!];
    const prompt = segments[i]!.prompt;
    if (after.drawnFrom || !after.text || !before.text || before.kind !== 'story' || after.kind === 'story' || !prompt) continue;
    if (countWords(prompt) <= 30 && pointsBack.test(prompt)) after.drawnFrom = before.passage;
  }
}

/** A new point runs to at least this share of the conversation's median answer. */
const pointShare = 0.25;

/**
 * Passages this long are drafted even with no clearly marked kind, as the kind they lean to, so the review
 * queue flags the kind as uncertain: dropping them would lose knowledge. Short and faint is small talk.
 */
const substantialWords = 60;

/**
 * The other side's question, for the draft's "Asked: …": its last sentences up to the question mark,
 * redacted like the quote (the asker's own name never appears, since nothing records who asked).
 */
function questionFrom(prompt: string | undefined, options: Parameters<typeof redact>[1]): string | undefined {
  if (!prompt) return undefined;
  // "I wanted to ask about the outage." asks as much as a question mark does. A request after the last
  // question ("…, right? Anyway, tell me about the outage.") does not displace it: tried, that recorded
  // fewer of the finer labels' questions (0.643 → 0.607).
  const asked = requestSentence.exec(prompt);
  // The last real question: "…a whole different problem, right?" only asks the listener to agree, and
  // counts only when nothing else was asked.
  const asks = [...prompt.matchAll(/[^.!?]*\?+/gu)];
  const last = asks.filter((m) => !isTag(m[0])).at(-1) ?? asks.at(-1);
  const end = last ? last.index + last[0].length : asked ? asked.index + asked[0].length : -1;
  if (end < 0) return undefined;
  // The redactor's sentences: a stop ends one only before a space ("codingcoach.io" does not), and "Dr." never does.
  const sentences = sentencesOf(prompt.slice(0, end)).map((x) => x.text);
  let i = sentences.length - 1;
  let q = sentences[i]!.trim();
  // One sentence more, never the host's introduction of the guest ("Our guest today spent ten years…").
  const prepend = (): boolean => {
    const before = sentences[i - 1]?.trim();
    // Half a quotation ("That's no big deal.\"") would start the question inside someone else's words.
    const halfQuote = (before?.match(/["“”]/gu)?.length ?? 0) % 2 === 1;
    if (!before || halfQuote || introduces.test(before) || before.length + q.length >= 240) return false;
    q = `${before} ${q}`;
    i--;
    return true;
  };
  // A short question takes a sentence or two before it; one that leans on the sentence before
  // ("And if so, what are the differences?") takes that one.
  let added = 0;
  while (countWords(q) < 6 && added < 2 && prepend()) added++;
  if (!added && leansBack(q)) prepend();
  // Two questions in a row are one ask: "What has been the feedback so far? What kind do you have to share?"
  else if (!added && /\?["”’)\]]*$/u.test(sentences[i - 1]?.trim() ?? '') && !isTag(sentences[i - 1]!)) prepend();
  // A question cut out of quoted speech keeps no stray quotation mark at its start or end.
  let text = redact(q.replace(/\s+/g, ' ').trim(), options).text.replace(/^["'“”‘’\s]+|(?<=[?.!])["”’]+$/gu, '');
  // "iPhone" and "eBay" keep their small first letter.
  if (!/^\p{L}\p{Lu}/u.test(text)) text = text.charAt(0).toUpperCase() + text.slice(1);
  return text.length >= 8 && text.length <= 300 ? text : undefined;
}

/** A request and the rest of its sentence: "I wanted to ask about the outage." */
const requestSentence = new RegExp(`${request.source}[^.!?]*[.!?]?`, 'iu');

/**
 * "…, right?", "Isn't it?", "Do you know what I mean?": asking the listener to agree, not asking them
 * something. "What did you look at, right?" still asks what.
 */
const isTag = (sentence: string) =>
  /(?:,\s*|^\s*)(?:right|yeah|no|huh|eh|okay|ok|isn['’]t it|aren['’]t they|don['’]t you think|you know|correct|true|(?:(?:do |d['’])?you )?know what i mean|(?:does )?(?:that )?makes? sense)\s*\?+\s*$/iu.test(
    sentence,
  ) &&
  !/^\s*(?:what|why|how|when|where|who|which(?! (?:is|was|means)\b)|is|are|was|were|do|does|did|can|could|would|should|will|have|has)\b(?!\s+(?:you\s+)?know what i mean|\s+that make)/iu.test(
    sentence,
  );

/** Openings that point back at the sentence before ("And if so…"), or a short question about "that" ("How did you approach that?"). */
const leansBack = (q: string) =>
  /^(?:and|or|but|then|if so|in that case)\b/iu.test(q) || (countWords(q) < 12 && /^\S+(?:\s+\S+){0,3}\s+(?:that|this|those|these|it|them)\b/iu.test(q));

/** A host introducing the guest: it says who the mentor is, so it is never taken into a question. */
const introduces = /\b(?:welcome|our guest|my guest|joining (?:us|me)|with us today|today we have|on the show|this episode|introduce)\b/iu;
