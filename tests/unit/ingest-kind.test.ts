import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAdviceTsv } from '../../src/lib/ingest/extract/advice-data.ts';
import { detokenise, tokens } from '../../src/lib/ingest/extract/advice-features.ts';
import { adviceProbability, adviceThreshold, isAdvice } from '../../src/lib/ingest/extract/advice.ts';
import { evaluateAdvice } from '../../src/lib/ingest/extract/eval-advice.ts';
import { analyse, classifyKind, keySentence } from '../../src/lib/ingest/extract/kind.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// Priya's turns from the sample mentoring conversation (tests/fixtures/transcripts/mentoring-plain.txt).
const priya = {
  story:
    'Sure. It was March 2019, the week before the spring catalogue launch. The order system stopped accepting pick lists at about two in the morning, and Luis Ortega, who ran the night shift, called me at home on 555-0142.',
  memory:
    'What I remember most is that we had no paper fallback. Everyone stood around waiting for the screens to come back. We lost about six hours of shipping because nobody had ever practised working without the system.',
  advice:
    "My advice, if you ever run a site like that: print the next day's pick lists every evening and keep them in the supervisor's office. It costs ten minutes, and the one night you need them they save the whole morning.",
  drill:
    'And run a drill twice a year where the screens are switched off on purpose. People resist it, but after the first drill they stop seeing it as a waste of time.',
  budgets:
    "Here's the thing about budgets in operations: finance never funds resilience in the abstract. They fund a number. We turned the outage into a number, six hours of late orders and what that cost in refunds, and the drill paid for itself on paper before we ran it.",
  peaks:
    "In this business the peak weeks are everything. Roughly a third of the year's volume goes out in five weeks, so any risk you accept in those weeks is three times as expensive as the same risk in February.",
  newTeam:
    "One more thing about taking over a team: don't change anything in your first month. Write down everything that surprises you, and only act on the list in month two. Half of what looks broken on day one has a reason you can't see yet.",
  logistics: 'Can you send me that checklist? Remind me Friday.',
};

describe('classifyKind on the mentoring conversation', () => {
  it.each([
    ['advice', priya.advice],
    ['advice', priya.drill],
    ['advice', priya.newTeam],
    ['story', priya.story],
    ['story', priya.memory],
    ['insight', priya.budgets],
    ['insight', priya.peaks],
  ] as const)('%s: %s', (kind, text) => {
    const result = classifyKind(text);
    expect(result.kind).toBe(kind);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    for (const other of ['story', 'advice', 'insight'] as const) {
      if (other !== kind) expect(result.scores[kind]).toBeGreaterThan(result.scores[other]);
    }
  });

  it.each([
    priya.logistics,
    'Sure.',
    'Of course. Remind me on Friday. Anyway, how is your daughter finding the new school?',
    'Thanks so much for having me, it is great to be here.',
    "Let's pick this up next week, same time? I'll send a calendar invite.",
    'So what changed after that? How did you get the budget for the drills?',
    'I wanted to ask about the night the warehouse system went down, since I keep hearing about it.',
  ])('undefined for small talk and logistics: %s', (text) => {
    const result = classifyKind(text);
    expect(result.kind).toBeUndefined();
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    'Building a company takes a while, so you’ve gotta settle in. You’ve got to think about it over a decade, not a quarter, and pace yourself.',
    'As engineering managers we have to be making sure that juniors still get real tasks in a crunch, even if the dates slip a little.',
  ])('reads saying what one has to do as advice: %s', (text) => {
    expect(classifyKind(text).kind).toBe('advice');
  });

  it.each([
    "I've often found that you try to learn one specific thing, but you end up learning ten others before you get to it.",
    'In the SRE world we always say that if somebody was able to take a system down, the process failed them, not the person.',
  ])('reads a habit of finding or a saying of the trade as an insight: %s', (text) => {
    expect(classifyKind(text).kind).toBe('insight');
  });

  it('does not take narration that reports what was said ("so we say, fine") for a saying of the trade', () => {
    expect(classifyKind('The release failed at midnight, so we say, fine, roll back, and we rolled the whole thing back by two in the morning.').kind).not.toBe(
      'insight',
    );
  });

  it('gives every score in [0, 1], also for empty and punctuation-only input', () => {
    for (const text of ['', '   ', '...', '?!', priya.story, `${priya.advice}\n\n${priya.budgets}`]) {
      const { scores } = classifyKind(text);
      for (const v of Object.values(scores)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(classifyKind('').kind).toBeUndefined();
  });

  it('reads quoted speech in a story as narration, not as advice', () => {
    const text =
      'My first manager walked over on my second day. He said "Never ship on a Friday, and always write the rollback first." I laughed, and then we shipped on a Friday and it broke.';
    expect(classifyKind(text).kind).toBe('story');
  });

  it('does not call a past-tense passage an insight because it contains "never" or "everyone"', () => {
    expect(classifyKind('Everyone stood around. Nobody had ever practised it. We lost six hours that night.').kind).toBe('story');
  });

  it('treats an instruction with "always" as advice, not as a general claim', () => {
    expect(classifyKind('Always write the rollback plan before you deploy. It takes five minutes.').kind).toBe('advice');
  });

  it('reads nothing of a kind into acknowledging the other side ("Right, exactly.")', () => {
    for (const said of ['Right, exactly.', 'Yup. Correct.', 'Sure, sure.']) {
      const [sentence] = analyse(said);
      expect(sentence!.strength, said).toEqual({ advice: 0, story: 0, insight: 0 });
    }
    expect(classifyKind('Right, exactly.').kind).toBeUndefined();
  });

  it('splits turns at blank lines even without final punctuation', () => {
    expect(classifyKind(`Right\n\n${priya.advice}`).kind).toBe('advice');
  });
});

describe('keySentence', () => {
  it('picks the strongest advice sentence', () => {
    expect(keySentence(priya.advice, 'advice')).toMatch(/^My advice, if you ever run a site like that: print/);
  });
  it('picks the most general insight sentence', () => {
    expect(keySentence(priya.budgets, 'insight')).toMatch(/^Here's the thing about budgets/);
  });
  it('picks what happened in a story, skipping filler and scene-setting', () => {
    expect(keySentence(priya.story, 'story')).toBe(
      'The order system stopped accepting pick lists at about two in the morning, and Luis Ortega, who ran the night shift, called me at home on 555-0142.',
    );
    expect(keySentence('It was 2019. It was a cold year.', 'story')).toMatch(/^It was/);
  });
  it('prefers a sentence about what the passage is about, said cleanly, over a hesitant one', () => {
    const text =
      "It's like -- you know, people always sort of, I don't know, struggle with it. Technical debt is a loan that a startup takes on knowingly to reach the market. The debt is paid in engineering time, and a startup rarely pays that debt early.";
    expect(keySentence(text, 'insight')).not.toMatch(/^It's like/);
  });
  it('passes over a sentence that points back or says too little to stand as a headline', () => {
    expect(keySentence('It changes the whole pager rota. A shared pager rota changes how a small team sleeps at night.', 'insight')).toBe(
      'A shared pager rota changes how a small team sleeps at night.',
    );
  });
  it('falls back to the first sentence of substance', () => {
    expect(keySentence('Yes. The weather was nice.', undefined)).toBe('The weather was nice.');
    expect(keySentence('', 'advice')).toBe('');
  });
});

describe('the sentence-level advice model', () => {
  it.each([
    'You should talk to your manager before you quit.',
    'Make sure you back up your files every night.',
    "Don't let them pressure you.",
    "If I were you, I'd take the job with the better team.",
    'Keep a spare key in the office.',
    'Have you thought about asking for a transfer?',
  ])('advice: %s', (s) => expect(isAdvice(s)).toBe(true));

  it.each([
    'I went to the store yesterday.',
    'My newborns were pretty easy until 3 months.',
    'Remind me on Friday.',
    'Send me the checklist when you can.',
    'Have a great weekend!',
    'Thanks for the comment.',
    'What are you good at?',
  ])('not advice: %s', (s) => expect(isAdvice(s)).toBe(false));

  it('scores spaCy-tokenised and ordinary text alike', () => {
    const pairs = [
      ["Do n't let them pressure you .", "Don't let them pressure you."],
      ['Do n’t wait until you ’re burnt out , just ask for help .', "Don't wait until you're burnt out, just ask for help."],
      ['I was gon na quit , but I did n’t .', "I was gonna quit, but I didn't."],
    ] as const;
    for (const [tokenised, plain] of pairs) {
      expect(detokenise(tokenised)).toBe(plain);
      expect(adviceProbability(tokenised)).toBeCloseTo(adviceProbability(plain), 10);
    }
  });

  it('treats typographic and missing apostrophes as the same word', () => {
    expect(tokens("Don’t, dont, DON'T")).toEqual(["don't", "don't", "don't"]);
  });

  it('returns probabilities and a threshold strictly between 0 and 1', () => {
    for (const s of ['', 'Print the lists.', 'It was raining.']) {
      const p = adviceProbability(s);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
    expect(adviceThreshold).toBeGreaterThan(0);
    expect(adviceThreshold).toBeLessThan(1);
  });
});

describe('the shipped model file', () => {
  const path = repo('src/lib/ingest/extract/advice-model.json');
  const model = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { features: string[]; weights: number[] };

  it('records its source, licence and threshold, and stays small', () => {
    expect(model.license).toBe('MIT');
    expect(String(model.copyright)).toMatch(/Copyright \(c\) 2020/);
    expect(String(model.source)).toMatch(/Advice-EMNLP2020/);
    expect(model.threshold).toBe(adviceThreshold);
    expect(model.features.length).toBe(model.weights.length);
    expect(statSync(path).size).toBeLessThan(200 * 1024);
  });

  it('ships its MIT licence beside it', () => {
    const licence = readFileSync(repo('src/lib/ingest/extract/ADVICE-MODEL-LICENSE.md'), 'utf8');
    expect(licence).toMatch(/MIT License/);
    expect(licence).toMatch(/Copyright \(c\) 2020 Venkat/);
  });
});

describe('the advice TSV reader and evaluation', () => {
  const fixture = repo('tests/fixtures/advice/needadvice-sample.tsv');

  it('unquotes CSV-style fields and detokenises sentences', () => {
    const rows = parseAdviceTsv(readFileSync(fixture, 'utf8'));
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.id === 'dhz214-3-0')).toEqual({ id: 'dhz214-3-0', sentence: 'Do the whole " I\'m too busy " thing.', advice: true });
    expect(rows.find((r) => r.id === 'bmtt8l-4-4')?.sentence).toBe("Don't let them pressure you.");
    expect(rows.filter((r) => r.advice)).toHaveLength(6);
  });

  it('rejects a file without the expected columns', () => {
    expect(() => parseAdviceTsv('a\tb\n1\t2\n')).toThrow(/DS_Label/);
  });

  it('reports precision, recall and F1 consistently', () => {
    const r = evaluateAdvice(fixture);
    expect(r.n).toBe(12);
    expect(r.f1).toBeCloseTo((2 * r.precision * r.recall) / (r.precision + r.recall), 10);
    // Training rows: this checks the plumbing, not accuracy.
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
    expect(r.precision).toBeGreaterThanOrEqual(0.6);
  });
});

describe('a passage with no clearly marked kind', () => {
  const plain =
    'The warehouse has three doors on the north side and two on the south side. The floor is painted grey. There are forty racks in each aisle and the aisles are numbered from one to twelve. The canteen is on the first floor next to the training room. The car park has spaces for sixty cars and the bus stops at the gate.';
  it('has no kind, unless it is long enough to lean to one (then with confidence 0)', () => {
    expect(classifyKind(plain).kind).toBeUndefined();
    const leaning = classifyKind(plain, undefined, { leanFrom: 60 });
    expect(leaning.kind).toBe((Object.keys(leaning.scores) as (keyof typeof leaning.scores)[]).sort((a, b) => leaning.scores[b] - leaning.scores[a])[0]);
    expect(leaning.confidence).toBe(0);
    expect(classifyKind(plain, undefined, { leanFrom: 100 }).kind).toBeUndefined();
  });
});
