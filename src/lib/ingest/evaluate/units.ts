/**
 * How well ingest cut a conversation into pieces of knowledge, against gold labels
 * (`tests/fixtures/ingest-dev/*.json`). Everything is measured on the mentor's words as one stream of
 * normalised words, so a draft (verbatim apart from placeholders) and a gold unit (quoted by its first and
 * last words) can be compared by where they start and end.
 */
import type { Kind } from '../../schema/index.ts';
import type { PassageResult } from '../pipeline.ts';
import type { Turn } from '../transcript.ts';
import { opensWithPlaceholder } from '../redact/placeholders.ts';
import { talkMinutes } from './timing.ts';

/** One conversation's labels. */
export interface GoldSet {
  transcript: string;
  /** The transcript, relative to the project root. */
  file: string;
  /** The mentor's speaker label. */
  mentor: string;
  /** The mentor's name in the people record, when the label is shorter. */
  mentorName?: string;
  attribution: 'named' | 'role' | 'anonymous';
  identifying?: string[];
  /** `secondKind`: the kind a second annotator gave the same words, blind to the first and to ingest. */
  units: { start: string; end: string; kind: Kind; title: string; question: string | null; secondKind?: Kind }[];
  nonKnowledge: { start: string; end: string; why: string }[];
  mustGo: string[];
  mustStay: string[];
  offRecord?: string[];
}

const norm = (s: string) =>
  (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  )
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);

interface Span {
  from: number;
  to: number;
}

/** The mentor's words as one stream, and where a run of words occurs in it. */
class Stream {
  readonly words: string[];
  constructor(turns: readonly Turn[], mentor: string) {
    this.words = turns.filter((t) => t.speaker === mentor).flatMap((t) => norm(t.text));
  }
  find(words: readonly string[], from = 0): number {
    if (!words.length) return -1;
    outer: for (let i = from; i <= this.words.length - words.length; i++) {
      for (let k = 0; k < words.length; k++) if (this.words[i + k] !== words[k]) continue outer;
      return i;
    }
    return -1;
  }
}

/** A gold span's place in the stream, or undefined when its quotes are not found. */
function goldSpan(stream: Stream, start: string, end: string): Span | undefined {
  const s = stream.find(norm(start));
  const endWords = norm(end);
  const e = s < 0 ? -1 : stream.find(endWords, s);
  return s < 0 || e < 0 ? undefined : { from: s, to: e + endWords.length };
}

/** A draft's place: its first and last runs of words without a placeholder, found in order. */
function draftSpan(stream: Stream, quote: string): Span | undefined {
  // A possessive goes with its placeholder: "[a colleague]'s all right" is "Dave's all right" in the stream.
  const runs = quote
    .split(/\[[^\]]*\](?:['’]s(?![\p{L}\p{N}]))?/u)
    .map(norm)
    .filter((r) => r.length >= 3);
  if (!runs.length) return undefined;
  const first = runs[0]!.slice(0, 8);
  const from = stream.find(first);
  if (from < 0) return undefined;
  const lastRun = runs[runs.length - 1]!;
  const last = lastRun.slice(-8);
  const at = stream.find(last, from);
  return at < 0 ? undefined : { from, to: at + last.length };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.to, b.to) - Math.max(a.from, b.from));
const size = (a: Span) => a.to - a.from;

/** A title that opens with a discourse marker or filler ("So…", "Yeah…", "I mean…", "No, …"; not "No one…"). */
export const FILLER =
  /^(?:(?:so|and|but|or|well|yeah|um+|uh+|i mean|you know|okay|ok|actually|basically|honestly|anyway|oh)\b|(?:yes|no|like|right|because|then|now)[,.!])/iu;

/** What one conversation's drafts scored. Counts, so several conversations can be summed. */
export interface UnitScore {
  gold: number;
  /** Gold units whose words could not be located in the transcript (a labelling problem). */
  unlocated: number;
  drafts: number;
  /** Drafts holding exactly one gold unit (most of it, and mostly it). */
  oneUnit: number;
  /** Gold units most of whose words are in some draft. */
  found: number;
  /** Drafts whose start is within `tolerance` words of a gold unit's start, and gold starts so matched. */
  startsMatched: number;
  goldStartsMatched: number;
  /** Drafts matched to a gold unit, and of those, with the gold kind. */
  kindJudged: number;
  kindRight: number;
  /** Gold units a second annotator also gave a kind, and of those, the same kind: how far the labels agree. */
  kindsDoubled: number;
  kindsAgreed: number;
  /** Minutes of the mentor's talk, at the transcript's own pace (see `talkMinutes`). */
  minutes: number;
  titles: { total: number; filler: number; placeholder: number; long: number };
  /** Occurrences of must-go names in the source of drafted passages, and how many survived in drafts. */
  namesInSource: number;
  namesSurviving: string[];
  /** Redactions of words that were not to go, and the words drafts hold. */
  falsePositives: string[];
  draftedWords: number;
  /** Off-the-record words found in any draft. */
  offRecordLeaks: string[];
  /** Drafts that are gold non-knowledge (banter, plugs, bios) for the most part. */
  nonKnowledgeDrafted: number;
  /** Drafts matched to a gold unit that records a question, and of those, whose question is that one. */
  questionsJudged: number;
  questionsRight: number;
  /** For drafts matched to a gold unit: the share of the gold title's content words the draft's title has, summed. */
  titleOverlap: number;
}

const tolerance = 15;

/** Scores one conversation's ingest result against its labels. */
export function scoreUnits(gold: GoldSet, turns: readonly Turn[], passages: readonly PassageResult[]): UnitScore {
  const stream = new Stream(turns, gold.mentor);
  const units = gold.units.map((u) => ({ ...u, span: goldSpan(stream, u.start, u.end) }));
  const located = units.filter((u): u is typeof u & { span: Span } => u.span !== undefined);
  const junk = gold.nonKnowledge.map((n) => goldSpan(stream, n.start, n.end)).filter((s): s is Span => s !== undefined);
  const drafts = passages.filter((p) => p.text).map((p) => ({ p, span: draftSpan(stream, p.quote) }));

  const score: UnitScore = {
    ...scoreUnitsZero(),
    gold: units.length,
    unlocated: units.length - located.length,
    drafts: drafts.length,
    minutes: talkMinutes(turns, (t) => t.speaker === gold.mentor),
  };
  const goldStarts = new Set<number>();
  for (const { p, span } of drafts) {
    const title = p.title ?? '';
    score.titles.total++;
    if (FILLER.test(title)) score.titles.filler++;
    if (opensWithPlaceholder(title)) score.titles.placeholder++;
    if (title.length > 70) score.titles.long++;
    const text = `${p.title ?? ''}\n${p.summary ?? ''}\n${p.quote}`;
    score.draftedWords += norm(p.quote).length;
    for (const w of gold.offRecord ?? []) if (text.toLowerCase().includes(w.toLowerCase())) score.offRecordLeaks.push(w);
    if (!span) continue;
    const held = located.filter((u) => overlap(span, u.span) >= 0.6 * size(u.span));
    if (held.length === 1 && overlap(span, held[0]!.span) >= 0.5 * size(span)) score.oneUnit++;
    if (junk.some((j) => overlap(span, j) >= 0.5 * size(span))) score.nonKnowledgeDrafted++;
    const best = located.map((u) => ({ u, o: overlap(span, u.span) })).sort((a, b) => b.o - a.o)[0];
    if (best && best.o >= 0.5 * Math.min(size(span), size(best.u.span))) {
      score.kindJudged++;
      if (best.u.kind === p.kind) score.kindRight++;
      const want = new Set(norm(best.u.title).filter((w) => w.length > 3));
      const got = new Set(norm(p.title ?? ''));
      if (want.size) score.titleOverlap += [...want].filter((w) => got.has(w)).length / want.size;
      if (best.u.question) {
        score.questionsJudged++;
        const want = new Set(norm(best.u.question));
        const got = norm(p.question ?? '');
        if (got.length && got.filter((w) => want.has(w)).length >= 0.5 * want.size) score.questionsRight++;
      }
    }
    const start = located.findIndex((u) => Math.abs(u.span.from - span.from) <= tolerance);
    if (start >= 0) {
      score.startsMatched++;
      goldStarts.add(start);
    }
  }
  score.goldStartsMatched = goldStarts.size;
  for (const u of located) {
    if (!u.secondKind) continue;
    score.kindsDoubled++;
    if (u.secondKind === u.kind) score.kindsAgreed++;
  }
  score.found = located.filter((u) => drafts.some((d) => d.span && overlap(d.span, u.span) >= 0.5 * size(u.span))).length;

  // Names: every written form that must go, counted in each drafted passage's source and in its draft.
  const forms = [...new Set(gold.mustGo)].sort((a, b) => b.length - a.length);
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => RegExp.escape(f)).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  for (const { p } of drafts) {
    if (!pattern) break;
    const source = p.replacements.reduce((q, r) => q.replace(r.placeholder, r.original), p.quote);
    score.namesInSource += (source.match(pattern) ?? []).length;
    score.namesSurviving.push(...(`${p.title ?? ''}\n${p.summary ?? ''}\n${p.quote}`.match(pattern) ?? []));
    for (const r of p.replacements) {
      if (r.type !== 'person' && r.type !== 'organization') continue;
      if (!pattern.test(r.original) && !forms.some((f) => f.includes(r.original) || r.original.includes(f))) score.falsePositives.push(r.original);
      pattern.lastIndex = 0;
    }
  }
  return score;
}

/** Sums per-conversation scores. */
export function sumScores(scores: readonly UnitScore[]): UnitScore {
  const out = scoreUnitsZero();
  for (const s of scores) {
    for (const k of [
      'gold',
      'unlocated',
      'drafts',
      'oneUnit',
      'found',
      'startsMatched',
      'goldStartsMatched',
      'kindJudged',
      'kindRight',
      'kindsDoubled',
      'kindsAgreed',
      'minutes',
      'namesInSource',
      'draftedWords',
      'nonKnowledgeDrafted',
      'questionsJudged',
      'questionsRight',
      'titleOverlap',
    ] as const)
      out[k] += s[k];
    for (const k of ['total', 'filler', 'placeholder', 'long'] as const) out.titles[k] += s.titles[k];
    out.namesSurviving.push(...s.namesSurviving);
    out.falsePositives.push(...s.falsePositives);
    out.offRecordLeaks.push(...s.offRecordLeaks);
  }
  return out;
}

function scoreUnitsZero(): UnitScore {
  return {
    gold: 0,
    unlocated: 0,
    drafts: 0,
    oneUnit: 0,
    found: 0,
    startsMatched: 0,
    goldStartsMatched: 0,
    kindJudged: 0,
    kindRight: 0,
    kindsDoubled: 0,
    kindsAgreed: 0,
    minutes: 0,
    titles: { total: 0, filler: 0, placeholder: 0, long: 0 },
    namesInSource: 0,
    namesSurviving: [],
    falsePositives: [],
    draftedWords: 0,
    offRecordLeaks: [],
    nonKnowledgeDrafted: 0,
    questionsJudged: 0,
    questionsRight: 0,
    titleOverlap: 0,
  };
}

/** The figures the README reports, from a (summed) score. */
export function figures(s: UnitScore) {
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    'drafts holding exactly one unit': ratio(s.oneUnit, s.drafts),
    'knowledge found (unit recall)': ratio(s.found, s.gold - s.unlocated),
    'start boundary precision': ratio(s.startsMatched, s.drafts),
    'start boundary recall': ratio(s.goldStartsMatched, s.gold - s.unlocated),
    'kind accuracy': ratio(s.kindRight, s.kindJudged),
    ...(s.kindsDoubled ? { 'kind: two annotators agree': ratio(s.kindsAgreed, s.kindsDoubled) } : {}),
    'question recorded (where the unit answers one)': ratio(s.questionsRight, s.questionsJudged),
    'drafts per hour of mentor talk': ratio(s.drafts, s.minutes / 60),
    'drafts that are not knowledge': ratio(s.nonKnowledgeDrafted, s.drafts),
    'title words shared with the gold title': ratio(s.titleOverlap, s.kindJudged),
    'titles opening with a filler': ratio(s.titles.filler, s.titles.total),
    'titles opening with a placeholder': ratio(s.titles.placeholder, s.titles.total),
    'titles over 70 characters': ratio(s.titles.long, s.titles.total),
    'third-party name recall': 1 - ratio(s.namesSurviving.length, s.namesInSource),
    'redaction false positives per 1,000 words': ratio(s.falsePositives.length, s.draftedWords / 1000),
    'off-the-record words drafted': s.offRecordLeaks.length,
  };
}
