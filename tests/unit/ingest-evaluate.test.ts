import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { talkMinutes } from '../../src/lib/ingest/evaluate/timing.ts';
import { scoreNames } from '../../src/lib/ingest/evaluate/names.ts';
import { figures, scoreUnits, type GoldSet } from '../../src/lib/ingest/evaluate/units.ts';
import type { PassageResult } from '../../src/lib/ingest/pipeline.ts';
import { readTranscript } from '../../src/lib/ingest/read/index.ts';
import type { Turn } from '../../src/lib/ingest/transcript.ts';

const read = (path: string) => readTranscript(readFileSync(fileURLToPath(new URL(`../fixtures/transcripts/${path}`, import.meta.url))), path);
const words = (turns: readonly Turn[], speaker: string) => turns.filter((t) => t.speaker === speaker).reduce((n, t) => n + t.text.split(/\s+/).length, 0);

describe("minutes of the mentor's talk, for drafts per hour", () => {
  it('measures the pace of a captioned conversation from its own cue times, not an assumed 150 words a minute', () => {
    const { turns } = read('mentoring-off-the-record.vtt');
    const timed = turns.filter((t) => t.start !== undefined);
    const first = turns.indexOf(timed[0]!);
    const last = turns.indexOf(timed.at(-1)!);
    const pace = words(turns.slice(first, last), 'Sam Okafor') + words(turns.slice(first, last), 'Priya Raman');
    const perMinute = pace / ((timed.at(-1)!.start! - timed[0]!.start!) / 60);
    expect(perMinute).not.toBeCloseTo(150, 0);
    expect(talkMinutes(turns, (t) => t.speaker === 'Priya Raman')).toBeCloseTo(words(turns, 'Priya Raman') / perMinute, 6);
  });

  it('falls back to 150 words a minute where the transcript states no times', () => {
    const { turns } = read('mentoring-plain.txt');
    expect(turns.every((t) => t.start === undefined)).toBe(true);
    const mentor = turns[1]!.speaker!;
    expect(talkMinutes(turns, (t) => t.speaker === mentor)).toBeCloseTo(words(turns, mentor) / 150, 6);
  });

  it('uses the podcast markers of a Markdown transcript', () => {
    const { turns } = read('changelog/go-time-99-excerpt.md');
    const marked = turns.filter((t) => t.start !== undefined);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    const guest = turns.find((t) => t.start !== undefined)!.speaker!;
    expect(talkMinutes(turns, (t) => t.speaker === guest)).not.toBeCloseTo(words(turns, guest) / 150, 1);
  });
});

describe('scoring drafts against gold pieces', () => {
  const turns: Turn[] = [
    { speaker: 'Host', text: 'What happened the night the dock flooded?', line: 1 },
    {
      speaker: 'Mentor',
      text: 'We lost the whole night shift to sandbags and nobody had a list of what was stored low. So my advice is keep a list of everything stored below knee height.',
      line: 2,
    },
    { speaker: 'Mentor', text: 'Docks flood where the building settles, and that is never where the drains are.', line: 3 },
  ];
  const gold: GoldSet = {
    transcript: 't.txt',
    file: 't.txt',
    mentor: 'Mentor',
    attribution: 'named',
    units: [
      { start: 'We lost the whole night shift', end: 'what was stored low.', kind: 'story', title: 'Flood night', question: null, secondKind: 'story' },
      {
        start: 'So my advice is keep',
        end: 'stored below knee height.',
        kind: 'advice',
        title: 'Keep a low-storage list',
        question: null,
        secondKind: 'insight',
      },
      { start: 'Docks flood where the building', end: 'where the drains are.', kind: 'insight', title: 'Docks flood where it settles', question: null },
    ],
    nonKnowledge: [],
    mustGo: [],
    mustStay: [],
  };
  const draft = (quote: string, kind: 'story' | 'advice' | 'insight') =>
    ({ text: quote, quote, kind, title: 'T', replacements: [] }) as unknown as PassageResult;

  it('counts a draft holding two pieces as not one piece, judges its kind by the piece it mostly holds, and reports how far two annotators agree', () => {
    const drafts = [draft(turns[1]!.text, 'story'), draft(turns[2]!.text, 'advice')];
    const f = figures(scoreUnits(gold, turns, drafts));
    expect(f['drafts holding exactly one unit']).toBe(0.5);
    expect(f['knowledge found (unit recall)']).toBe(1);
    expect(f['kind accuracy']).toBe(0.5);
    expect(f['kind: two annotators agree']).toBe(0.5);
  });
  it('counts a title opening with a placeholder, whether it kept its brackets or reads as words', () => {
    const titled = (title: string) => ({ ...draft(turns[2]!.text, 'insight'), title });
    const f = figures(
      scoreUnits(gold, turns, [
        titled('A second colleague built the tracker'),
        titled('[a colleague] knew every boiler'),
        titled('Email the team before the audit'),
        titled('Docks flood where it settles'),
      ]),
    );
    expect(f['titles opening with a placeholder']).toBe(0.5);
  });
  it('finds a draft whose quote opens with a redacted possessive ("[a colleague]\u2019s all right")', () => {
    const owned: Turn[] = [{ speaker: 'Mentor', text: "Dave's all right. Dave's more than all right, and he tells you what the floor will hate.", line: 1 }];
    const one = {
      ...gold,
      units: [{ start: "Dave's all right", end: 'the floor will hate.', kind: 'advice' as const, title: 'Tell Dave first', question: null }],
    };
    const f = figures(
      scoreUnits(one, owned, [draft("[a colleague]'s all right. [a colleague]'s more than all right, and he tells you what the floor will hate.", 'advice')]),
    );
    expect(f['knowledge found (unit recall)']).toBe(1);
  });
  it('reports no agreement figure where no piece has a second kind', () => {
    const single = { ...gold, units: gold.units.map(({ secondKind: _, ...u }) => u) };
    expect('kind: two annotators agree' in figures(scoreUnits(single, turns, []))).toBe(false);
  });
});

describe('names written to be hard: what survives and what was redacted that should stay', () => {
  const draft = (quote: string, replacements: PassageResult['replacements']): PassageResult =>
    ({ quote, text: 'mdx', title: 'Check the grid', summary: 's', replacements, confidence: 1, topics: [], file: 'f', line: 1, passage: 'p' }) as PassageResult;
  it('counts occurrences as whole words, not inside a phrase that must stay, and redactions of kept words by where they were made', () => {
    const gold = { file: 'x.txt', mentor: 'Dana', mustGo: ['Hope', 'Hartley', 'Will'], mustStay: ['Hope is not a strategy', 'Excel', 'Monday'] };
    const passages = [
      draft('Ask [a colleague] on [a second colleague]. "Hope is not a strategy," Will said, in Excel. Hopeful.', [
        { original: 'Hope', placeholder: '[a colleague]', type: 'person', start: 4, end: 8 },
        { original: 'Monday', placeholder: '[a second colleague]', type: 'person', start: 12, end: 18 },
      ]),
      // A passage that became no draft publishes nothing, whatever it says.
      { ...draft('Hartley and Hope.', []), text: undefined },
    ];
    const s = scoreNames(gold, passages);
    expect(s.inSource).toBe(2);
    expect(s.surviving).toEqual(['Will']);
    expect(s.keptListed).toBe(3);
    expect(s.keptRedacted).toEqual(['Monday']);
  });
});
