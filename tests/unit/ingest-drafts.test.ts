import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestTranscript } from '../../src/lib/ingest/pipeline.ts';
import { type NameSet, scoreNames } from '../../src/lib/ingest/evaluate/names.ts';
import { dropOffRecord } from '../../src/lib/ingest/redact/off-record.ts';
import type { Turn } from '../../src/lib/ingest/transcript.ts';
import { readContent } from '../../src/lib/read/index.ts';

const projectRoot = join(import.meta.dirname, '../..');

/** Ingests a conversation written inline, with Priya Raman as the consenting, named mentor. */
function ingestText(transcript: string) {
  return ingestTranscript(new TextEncoder().encode(transcript), 'inline.txt', '2025-03-14', {
    consentId: 'priya-raman-2025',
    mentorId: 'priya-raman',
    mentor: { name: 'Priya Raman', role: 'Director of Fulfilment' },
    consent: { person: 'priya-raman', given: '2025-01-10', audience: 'all-staff', attribution: 'named' },
    otherPeople: [],
    taxonomy: readContent(join(projectRoot, 'content'), { entries: false }).taxonomy,
    organizations: 'keep',
  });
}
/** Everything a conversation's drafts would publish: titles, summaries, questions and quotes. */
const publishedText = (r: ReturnType<typeof ingestText>) =>
  r.passages
    .filter((p) => p.text)
    .map((p) => `${p.title}\n${p.summary}\n${p.question ?? ''}\n${p.quote}`)
    .join('\n');
let line = 0;
const t = (speaker: string, text: string): Turn => ({ speaker, text, line: ++line });
const kept = (turns: Turn[]) => dropOffRecord(turns).turns.map((x) => `${x.speaker}: ${x.text}`);

describe('what was said off the record is left out', () => {
  it('from the mark to the end of the speaker’s turn, across caption cues and the other side’s “mm-hm”', () => {
    expect(
      kept([
        t('Ann', 'How did it go?'),
        t('Priya', 'Fine on paper. Off the record, we nearly lost Halvorsen.'),
        t('Priya', 'The board never knew.'),
        t('Ann', 'Mm-hm.'),
        t('Priya', 'We paid them back quietly.'),
        t('Ann', 'What would you advise?'),
        t('Priya', 'Run both systems side by side.'),
      ]),
    ).toEqual(['Ann: How did it go?', 'Priya: Fine on paper.', 'Ann: Mm-hm.', 'Ann: What would you advise?', 'Priya: Run both systems side by side.']);
  });
  it('across the other side’s short surprised question too (“Wait, seriously?”)', () => {
    expect(
      kept([
        t('Priya', 'Off the record, the regional director hid the chargebacks.'),
        t('Ann', 'Wait, seriously?'),
        t('Priya', 'He kept them off the board report for a whole quarter.'),
        t('Ann', 'What would you advise?'),
        t('Priya', 'Run both systems side by side.'),
      ]),
    ).toEqual(['Ann: Wait, seriously?', 'Ann: What would you advise?', 'Priya: Run both systems side by side.']);
  });
  it('until “back on the record”', () => {
    expect(kept([t('Priya', "Don't put this in the wiki: the site is closing. Okay, back on the record. Compare the pick lists daily.")])).toEqual([
      'Priya: Compare the pick lists daily.',
    ]);
  });
  it('however it is asked: kept out of the notes, not written up, said confidentially, or with the recording paused until it starts again', () => {
    expect(kept([t('Priya', 'Plan early. Keep this out of the notes: the audit failed.')])).toEqual(['Priya: Plan early.']);
    expect(kept([t('Priya', "Do the walk. Please don't write this bit up, but the boss drinks.")])).toEqual(['Priya: Do the walk.']);
    expect(kept([t('Priya', 'Do the checks. Confidentially, the merger is off.')])).toEqual(['Priya: Do the checks.']);
    expect(kept([t('Priya', 'Can you stop recording for a second? The CFO hates us. Okay, you can start again. Plan the budget.')])).toEqual([
      'Priya: Plan the budget.',
    ]);
    for (const said of [
      'We record every call, and we never stop recording the checks.',
      "Write the incident up. Don't write it up as blame.",
      'Turn off the recording light on the camera first, it distracts people.',
    ])
      expect(kept([t('Priya', said)])).toEqual([`Priya: ${said}`]);
  });
  it('a mark that looks back takes the sentence it closes, or with nothing of its own the turn before it', () => {
    expect(kept([t('Priya', 'Write it down. The vendor lead was drinking on site, but keep that between us. Then test the cutover.')])).toEqual([
      'Priya: Then test the cutover.',
    ]);
    expect(
      kept([t('Priya', 'Dana fired the whole team last spring. That is off the record, obviously, and I would appreciate you keeping it that way.')]),
    ).toEqual([]);
    // A new cue is a new thought: what came before it stays, unless the mark has nothing of its own.
    expect(kept([t('Priya', 'Run both systems for two weeks.'), t('Priya', 'The vendor lead was drinking on site, but keep that between us.')])).toEqual([
      'Priya: Run both systems for two weeks.',
    ]);
    expect(kept([t('Priya', 'The CFO resigned over it.'), t('Priya', "That's off the record."), t('Priya', 'Anyway, plan for it.')])).toEqual([
      'Priya: Anyway, plan for it.',
    ]);
  });
  it('a request with nothing after it covers the answer, after any “sure, go ahead”', () => {
    expect(
      kept([
        t('Ann', 'Can we go off the record for a second?'),
        t('Priya', 'Of course, go ahead.'),
        t('Ann', 'The whole Kestrel team is being let go in March.'),
        t('Priya', 'Then hire slowly.'),
      ]),
    ).toEqual(['Priya: Then hire slowly.']);
    expect(
      kept([
        t('Priya', 'Can I tell you something off the record?'),
        t('Ann', 'Sure.'),
        t('Priya', 'Dana fired the whole Kestrel team.'),
        t('Ann', 'What would you advise?'),
      ]),
    ).toEqual(['Ann: What would you advise?']);
  });
  it('on and off in one sentence: the later mark decides', () => {
    expect(
      kept([t('Priya', 'So on the record it went fine, but off the record it did not. Dana was fired over it.'), t('Ann', 'What would you advise?')]),
    ).toEqual(['Ann: What would you advise?']);
  });
  it('a request with nothing after it covers the answer', () => {
    expect(
      kept([
        t('Ann', 'Can we go off the record for a second?'),
        t('Priya', 'Sure, the layoffs come in March.'),
        t('Ann', 'Okay, back on the record.'),
        t('Ann', 'What about hiring?'),
        t('Priya', 'Hire slowly.'),
      ]),
    ).toEqual(['Ann: What about hiring?', 'Priya: Hire slowly.']);
  });
  it('leaves ordinary talk alone: “between us and them”, “confidential data”, “don’t use this”', () => {
    const turns = [
      t(
        'Priya',
        'The difference between us and them is patience. We handle confidential data every day. People say "don’t use this library", and they are wrong.',
      ),
    ];
    expect(kept(turns)).toEqual([`Priya: ${turns[0]!.text}`]);
  });

  it('never reaches a draft, a quote, a title, a summary or the result, and is counted', () => {
    const content = readContent(join(projectRoot, 'content'), { entries: false });
    const result = ingestTranscript(readFileSync(join(projectRoot, 'tests/fixtures/transcripts/mentoring-off-the-record.vtt')), 'x.vtt', '2025-03-14', {
      consentId: 'priya-raman-2025',
      mentorId: 'priya-raman',
      mentor: { name: 'Priya Raman', role: 'Director of Fulfilment' },
      consent: { person: 'priya-raman', given: '2025-01-10', audience: 'all-staff', attribution: 'named' },
      otherPeople: [],
      taxonomy: content.taxonomy,
      organizations: 'keep',
    });
    expect(result.offRecord.passages).toBe(3);
    const everything = JSON.stringify(result);
    for (const secret of ['Halvorsen', 'chargebacks', 'marketing budget', 'drinking', 'Dunmore', 'not been told']) expect(everything).not.toContain(secret);
    expect(result.passages.filter((p) => p.text).length).toBeGreaterThanOrEqual(2);
    expect(everything).toContain('Run the old system beside the new one');
  });
});

describe('anonymous means unidentifiable', () => {
  const content = readContent(join(projectRoot, 'content'), { entries: false });
  const run = (file: string, mentor: string, attribution: 'named' | 'anonymous' | 'role', identifying?: string[]) =>
    ingestTranscript(readFileSync(join(projectRoot, file)), file, '2025-03-14', {
      consentId: 'c',
      mentorId: 'm',
      mentor: { name: mentor, role: 'Founder' },
      consent: { person: 'm', given: '2025-01-10', audience: 'all-staff', attribution, ...(identifying ? { identifying } : {}) },
      otherPeople: [],
      taxonomy: content.taxonomy,
      organizations: 'keep',
    });
  const drafted = (r: ReturnType<typeof run>) =>
    r.passages
      .filter((p) => p.text)
      .map((p) => `${p.title}\n${p.summary}\n${p.quote}\n${p.text}`)
      .join('\n');

  it('the company she founded and runs goes, in every form, and the product the consent lists', () => {
    const file = 'tests/fixtures/transcripts/mentoring-anonymous-founder.txt';
    const named = drafted(run(file, 'Marisol Quenby', 'named'));
    expect(named).toContain('Northwind');
    const anonymous = drafted(run(file, 'Marisol Quenby', 'anonymous', ['Tidewater']));
    for (const secret of ['Northwind', 'Tidewater', 'Marisol', 'Quenby']) expect(anonymous, secret).not.toContain(secret);
    expect(anonymous).toContain('Put a human next to every number');
  });

  it('what the mentor made under their name goes too: the book, the podcast, with its article', async () => {
    const { mentorOrganisations } = await import('../../src/lib/ingest/redact/identifying.ts');
    const turns = [
      'When I was CEO of Brightwater we had forty people, and I wrote a book about it, The Quiet Floor, which new managers still get.',
      'You can hear more on my podcast, Floor Notes. I also host a newsletter called Lapwing Weekly.',
      'My book was late, and I wrote a book review once. I run a tight ship.',
    ].map((text) => ({ text, mentor: true }));
    const found = mentorOrganisations(turns, ['Nadia Karimova']);
    expect(found).toEqual(expect.arrayContaining(['Brightwater', 'The Quiet Floor', 'Quiet Floor', 'Floor Notes', 'Lapwing Weekly']));
    expect(found).toHaveLength(5);
  });
  it('on a real conversation: the host’s introduction names the guest’s company, which then goes', async () => {
    const { mentorOrganisations } = await import('../../src/lib/ingest/redact/identifying.ts');
    const { readTranscript } = await import('../../src/lib/ingest/read/index.ts');
    const transcript = readTranscript(readFileSync(join(projectRoot, 'tests/fixtures/transcripts/changelog/founders-talk-60-excerpt.md')), 'x.md');
    expect(
      mentorOrganisations(
        transcript.turns.map((t) => ({ text: t.text, mentor: t.speaker === 'Travis Kimmel' })),
        ['Travis Kimmel'],
      ),
    ).toContain('GitPrime');
    const r = run('tests/fixtures/transcripts/changelog/founders-talk-60-excerpt.md', 'Travis Kimmel', 'anonymous');
    expect(r.passages.filter((p) => p.text).length).toBeGreaterThan(0);
    expect(drafted(r)).not.toMatch(/GitPrime|Travis|Kimmel/);
  });
});

describe('a summary that is not the title again', () => {
  it('where the only sentence without a placeholder makes the title, another of the passage’s sentences sums it up', () => {
    const r = ingestText(
      [
        'Callum Reid: So what would you tell me to do first?',
        'Priya Raman: Walk the estate before you read a single report. Ask Gaz on the gate who complains and who never does; the quiet ones have the worst damp. Grace, our tenancy officer, will give you the list of every flat that has called twice.',
      ].join('\n'),
    );
    const draft = r.passages.find((p) => p.text)!;
    expect(draft.title).toBe('Walk the estate before you read a single report');
    expect(draft.summary).not.toContain('Walk the estate');
    expect(draft.summary).toMatch(/quiet ones have the worst damp|tenancy officer/);
  });
});

describe('the question a passage answers', () => {
  it('is recorded in the draft, redacted like the quote, and never says who asked', () => {
    const r = ingestText(
      [
        'Sam Okafor: Luis Ortega told me you turned the night shift around. How did you do it?',
        'Priya Raman: I stopped changing things in my first month. I wrote down everything that surprised me, and only acted on the list in month two, because half of what looks broken on day one has a reason you cannot see yet.',
      ].join('\n'),
    );
    const draft = r.passages.find((p) => p.text)!;
    expect(draft.question).toBe('[a colleague] told me you turned the night shift around. How did you do it?');
    expect(draft.text).toContain('question: "[a colleague] told me you turned the night shift around. How did you do it?"');
    expect(draft.text).not.toMatch(/Sam|Okafor|Luis|Ortega/);
  });

  it('is found in the asker\u2019s earlier caption cue', () => {
    const answer =
      'Priya Raman: Walk the site with the night team before anyone signs anything, and read the handover log out loud, because what is written down and what is true drift apart by Friday.';
    const cues = ['Sam Okafor: Okay. Can I ask, how do you run the Friday handover?', 'Sam Okafor: Karen said yours are the best on the patch.', answer];
    expect(ingestText(cues.join('\n')).passages.find((p) => p.text)?.question).toBe('Can I ask, how do you run the Friday handover?');
  });

  it('is what was asked, not a tag asking to agree, and keeps the sentence a short question leans on', () => {
    const answer =
      'Priya Raman: I stopped changing things in my first month. I wrote down everything that surprised me, and only acted on the list in month two, because half of what looks broken on day one has a reason you cannot see yet.';
    const asked = (prompt: string) => ingestText([`Sam Okafor: ${prompt}`, answer].join('\n')).passages.find((p) => p.text)?.question;
    expect(asked('How did you pick what to change first? It is a whole different problem, right?')).toBe('How did you pick what to change first?');
    // "Which is…" carries the sentence on; it does not ask which.
    expect(asked('How did you pick what to change first? Which is a whole different problem, right?')).toBe('How did you pick what to change first?');
    // Asked without a question mark.
    expect(asked('We have ten minutes. Give me a snapshot of your first month on the floor.')).toBe('Give me a snapshot of your first month on the floor.');
    expect(asked('You said the first month is for listening. Break that down.')).toBe('You said the first month is for listening. Break that down.');
    expect(asked("Let's talk about your first month.")).toBe("Let's talk about your first month.");
    expect(asked('What did the first month teach you about the floor? Do you know what I mean?')).toBe('What did the first month teach you about the floor?');
    // With nothing else asked, the tag is the question.
    expect(asked('Most people change everything in their first week, right?')).toBe('Most people change everything in their first week, right?');
    expect(asked('Some new managers keep a list of surprises. And if so, what goes on it?')).toBe(
      'Some new managers keep a list of surprises. And if so, what goes on it?',
    );
    expect(asked('You ran the night shift for a year. Is that right?')).toBe('You ran the night shift for a year. Is that right?');
    // A question with a tag still asks; "iPhone" keeps its small letter.
    expect(asked('You had a choice to make. What did you look at, right?')).toBe('What did you look at, right?');
    // Two questions in a row are one ask.
    expect(asked('How did you decide? What did you look at, right?')).toBe('How did you decide? What did you look at, right?');
    expect(asked('Tell me about the rota. What has the feedback been so far? What kind of feedback do you have to share?')).toBe(
      'What has the feedback been so far? What kind of feedback do you have to share?',
    );
    // A word or two more ("Grumbling?") asks the mentor to go on: the question is the one before it.
    expect(
      ingestText(['Sam Okafor: Did the night shift push back when you changed the rota?', 'Sam Okafor: Grumbling?', answer].join('\n')).passages.find(
        (p) => p.text,
      )?.question,
    ).toBe('Did the night shift push back when you changed the rota?');
    // A question that goes on in lower case after a quotation is one sentence, quotation and all.
    expect(asked('You changed the rota twice. So was there a lot of "we tried that..." happening?')).toBe(
      'So was there a lot of "we tried that..." happening?',
    );
    expect(asked('iPhone scanners or the old guns, which did the pickers prefer?')).toBe('iPhone scanners or the old guns, which did the pickers prefer?');
    // "Dr." does not end a sentence.
    expect(asked('We spoke with Dr. Okafor about the floor last week. What did she say?')).toMatch(/^We spoke with Dr\. .+ What did she say\?$/);
    // One sentence more at most, and never the host's introduction of the guest, which says who they are.
    expect(asked('Welcome back to Dock Talk, everyone. Our guest today spent ten years running the Doncaster depot. So why did it work?')).toBe(
      'So why did it work?',
    );
    expect(asked('We had a long winter. The depot flooded twice. Then the audit came. And if so, what went first?')).toBe(
      'Then the audit came. And if so, what went first?',
    );
  });

  it("on a panel is the host's question, across another guest's answer, but not across a co-host's chat", () => {
    const guest = (n: number) =>
      `Lena Park: ${'We kept a whiteboard of every late truck by carrier, and after a month the pattern was plain enough that nobody argued about it anymore. '.repeat(n)}`;
    const mentor =
      'Priya Raman: Measure the dwell time of every trailer at the door, because a carrier that waits three hours at your dock will quietly stop sending you its best drivers, and then your late loads are your own doing.';
    const panel = [
      'Sam Okafor: Welcome both. Lena, you first, how did you start?',
      guest(2),
      'Sam Okafor: How do you find out which carriers are failing you?',
      guest(2),
      mentor,
      'Sam Okafor: And what do you do about a carrier that keeps missing its slots?',
      guest(1),
      'Priya Raman: Give it a slot at the quietest hour, and tell the carrier why, with the numbers, every time it misses one, since a carrier that sees its own record improves faster than one that is only told off.',
    ];
    const questions = ingestText(panel.join('\n'))
      .passages.filter((p) => p.text)
      .map((p) => p.question);
    expect(questions).toEqual(['How do you find out which carriers are failing you?', 'And what do you do about a carrier that keeps missing its slots?']);
    // A panelist's answer that ends on a question of its own is still an answer.
    const warmUp = ['Sam Okafor: Lena, what do you run?', guest(1), 'Sam Okafor: And before that?', guest(1), 'Sam Okafor: How big is the site?', guest(1)];
    const rhetorical = [...warmUp, ...panel.slice(0, 3), `${guest(2)} And who has time to chase every driver by phone?`, ...panel.slice(4)];
    expect(ingestText(rhetorical.join('\n')).passages.find((p) => p.text)?.question).toBe('How do you find out which carriers are failing you?');
    // A co-host who asks as often as the host is chatting, not answering: their talk is what the mentor picks up.
    const cohost = (q: string) =>
      `Ann Lowe: ${q} We kept a whiteboard of late trucks at my last place, and it was chaos, honestly, every single week of the year.`;
    const chat = [
      'Sam Okafor: Have you ever seen a dock run well?',
      cohost('Have you?'),
      'Sam Okafor: Which carriers do you trust most?',
      cohost('Which ones do you mean?'),
      'Sam Okafor: Did you ever watch the film about the trucker?',
      cohost('Was that the one in the snow?'),
      mentor,
    ];
    const asked = ingestText(chat.join('\n')).passages.find((p) => p.text)?.question;
    expect(asked).not.toBe('Did you ever watch the film about the trucker?');
  });

  it('loses the initials of a person named elsewhere in the conversation, as the quote does', () => {
    const r = ingestText(
      [
        'Sam Okafor: Tell me about Tomasz Kwiatkowski.',
        'Priya Raman: He never let a problem wait overnight, and he taught me to walk the floor every evening and ask what could go wrong tomorrow before anyone went home.',
        'Sam Okafor: Did TK ever let you skip the walk?',
        'Priya Raman: Never once. Ask every supervisor what could go wrong tomorrow, write it down, and check the card first thing in the morning: it takes twenty minutes and saves whole shifts.',
      ].join('\n'),
    );
    const questions = r.passages.filter((p) => p.text).map((p) => p.question ?? '');
    expect(questions.some((q) => q.startsWith('Did'))).toBe(true);
    expect(questions.join('\n')).not.toMatch(/\bTK\b|Tomasz|Kwiatkowski/);
  });
});

describe('the end of a conversation', () => {
  it('leaves the mentor’s sign-off out of the last draft', () => {
    const r = ingestText(
      [
        'Sam Okafor: Is peak mostly about hiring more temps?',
        'Priya Raman: Hiring helps less than people think. A temp picks at about half the rate of a trained picker in the first week, so the cheapest extra capacity is overtime for trained staff in the two weeks that matter.',
        'Sam Okafor: That is really useful. Thanks, Priya.',
        'Priya Raman: Any time.',
      ].join('\n'),
    );
    const drafts = r.passages.filter((p) => p.text);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.quote).toMatch(/matter\.$/);
  });
});

describe('one decision per name per conversation', () => {
  it('a name found once is redacted wherever it recurs, and so are the initials of a full name', () => {
    const r = ingestText(
      [
        'Ann Lowe: What did you learn from your first boss?',
        'Priya Raman: My first manager, Tomasz Kwiatkowski, never let a problem wait overnight. We all called him TK. Every evening TK walked the floor and asked each supervisor what could go wrong tomorrow, and wrote the answers on a card he kept in his pocket.',
        'Ann Lowe: And did that stick with you?',
        'Priya Raman: Completely. Kwiatkowski made me do the evening walk myself after a month, and I still do it. Ask every supervisor what could go wrong tomorrow, write it down, and check the card first thing in the morning. It takes twenty minutes and it has saved whole shifts.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('evening walk');
    expect(drafted).not.toMatch(/Tomasz|Kwiatkowski|\bTK\b|Ann|Lowe/);
  });
  it('a colleague’s name kept as an idea’s author in one sentence goes there too, once another names the person', () => {
    const r = ingestText(
      [
        'Ann Lowe: What rule do you live by on a rollout?',
        "Priya Raman: Kowalski ran our depot rollouts for ten years, and Kowalski said no plan survives the first van. Kowalski's law, we called it. Plan the first week as if half of it will fail, because it will, and Conway's law means the rollout will look like the teams doing it.",
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain("Conway's law");
    expect(drafted).not.toMatch(/Kowalski/);
  });
  it('a given name that is also a word goes with its family name, alone later, and spelled out', () => {
    const r = ingestText(
      [
        'Ann Lowe: Who taught you to check the drawings?',
        "Priya Raman: Will Hartley was the site manager then, and Paddy O'Rourke ran the drawing office. Will rang me at six one morning because the columns were a bay out. Paddy's rule after that was simple: nothing leaves the office until someone else has checked the grid. Siobhan Nolan checks mine now; it's spelled S-I-O-B-H-A-N, and she will find the mistake you will not.",
        'Ann Lowe: Did you keep the rule?',
        'Priya Raman: I did. Will still asks me about it. Check the grid before anything leaves the office, however late it is, because a bay out costs a week on site and an hour in the office.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('Check the grid');
    // The verb stays a verb.
    expect(drafted).toContain('she will find the mistake you will not');
    expect(drafted).not.toMatch(/\bWill\b|Hartley|Paddy|O'Rourke|S-I-O-B-H-A-N|Siobhan|Nolan/);
  });
  it('a short form cut from a given name, and the initials of a hyphenated given name', () => {
    const r = ingestText(
      [
        'Ann Lowe: Who calls the show?',
        'Priya Raman: Chiamaka Okonkwo does, from the prompt desk, and Jean-Baptiste Moreau runs the flies. Andrea Pike does the sound. And then there is the crew. Chi was terrible for a week, then brilliant. JB taught her the cues one by one, every night, until she could call them in her sleep.',
        'Ann Lowe: What would you tell a new stage manager?',
        'Priya Raman: Learn every cue before the tech, not during it, and ask Chi to sit with you for one show. Nobody minds being asked, and you will learn more in one night than in a month of reading.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('Learn every cue');
    expect(drafted).not.toMatch(/Chiamaka|Okonkwo|\bChi\b|Jean|Baptiste|Moreau|\bJB\b|Andrea|Pike/);
    // "And" is no short form of Andrea: the conversation says "and" as a word.
    expect(drafted).toContain('And then there is the crew');
  });
  it('a given name that is also a word, introduced in passing, goes wherever it recurs, and the word stays', () => {
    const r = ingestText(
      [
        'Ann Lowe: What does the branch do for people on their own?',
        "Priya Raman: We had a volunteer, Dawn, who noticed one of her regulars had stopped coming in, and she was out at dawn the next day and rang round until they found he'd fallen at home. Dawn's still volunteering. Councillor Baxter heard about it and Baxter put money into the visiting scheme the next spring.",
        'Ann Lowe: What would you tell a new branch manager?',
        'Priya Raman: Learn the regulars by name in your first month, and write down who comes in when, because the one who stops coming is the one who needs you. It sounds small, but you have to keep it up.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('Councillor [');
    expect(drafted).toContain('at dawn');
    expect(drafted).not.toMatch(/Dawn|Baxter/);
  });
  it('a nickname goes wherever it recurs, whatever word it is, once someone says it is what everyone calls them', () => {
    const r = ingestText(
      [
        'Ann Lowe: What do you do first when a main bursts?',
        'Priya Raman: Get a message on the front of the phone line before you move a single agent. If you forget how, Marcus on resourcing knows, everybody calls him Smudge. It takes two minutes and it saves you a hundred calls.',
        'Ann Lowe: And the rota, who owns that?',
        'Priya Raman: Smudge does the schedules, but the forecast is half ours, so nobody gets leave on a Monday without it going past Smudge first, and nobody smudges the numbers either.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).not.toMatch(/Smudge|Marcus/);
    expect(drafted).toContain('smudges the numbers');
  });
  it('an unfamiliar word taken for a name twice is a name wherever it recurs', () => {
    const r = ingestText(
      [
        'Ann Lowe: Who runs the exams?',
        "Priya Raman: The display is Anjali's this year. She runs the exams too, so book the hall through her, a month ahead, because every department wants it in May and she plans the whole term on the first of April.",
        'Ann Lowe: Is Anjali the exams officer?',
        'Priya Raman: She is. Send the form to HR through the portal and copy in Anjali, because the invigilation costs come off the same budget, and she will catch what HR misses.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('copy in [');
    expect(drafted).not.toMatch(/Anjali/);
  });
  it('a day that is someone’s given name goes wherever it stands for them, and stays where it is the day', () => {
    const r = ingestText(
      [
        'Ann Lowe: My first trip in the role is Lagos on Sunday. Who is the captain?',
        "Priya Raman: Sunday Adeyemi? You're in luck. Sunday's the best briefer on the fleet. Before boarding he asks every crew member one question, what would you do if the door warning came on, and then he listens to the answer.",
        'Ann Lowe: What should I do at my first briefing?',
        'Priya Raman: Do what Sunday does. Ask each of your crew one real question before boarding and listen to the answer, because the briefing is for finding out who is tired, not for reading out the checklist. Then get some sleep before Sunday night.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('Ask each of your crew');
    expect(drafted).not.toMatch(/Adeyemi|Sunday's|what Sunday does/);
    expect(drafted).toContain('before Sunday night');
  });
  it('a town that the conversation once takes for a person is that person where a place would stand too', () => {
    const r = ingestText(
      [
        'Ann Lowe: Who taught you to run a handover?',
        'Priya Raman: Florence said the handover is where shifts go wrong, and she was right. I learned more in Florence than in any course: she wrote every open job on the board, with the name of whoever owns it, before anyone left the building.',
        'Ann Lowe: What would you tell a new supervisor?',
        'Priya Raman: Write every open job on the board with its owner before the shift ends, and read it out loud, because a job nobody owns is a job nobody does.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('Write every open job');
    expect(drafted).not.toMatch(/Florence/);
  });
  it('initials taken for someone once are that someone wherever they are said', () => {
    const r = ingestText(
      [
        'Ann Lowe: Who taught you to write everything down?',
        "Priya Raman: JD taught me that on the interchange job, when the steel costs rose thirty percent in a quarter. Everyone on site knew that if the variation isn't written down the same day, the client will dispute it at the final account.",
        "Ann Lowe: Who's JD?",
        'Priya Raman: Our old project director. I still hear JD every time a change comes in: write the variation down that day, get it signed, and send it to the quantity surveyor before the week is out, because memory is not evidence.',
      ].join('\n'),
    );
    const drafted = publishedText(r);
    expect(drafted).toContain('write the variation down');
    expect(drafted).not.toMatch(/\bJD\b/);
  });
});

describe('a passage with no marked kind', () => {
  it('is drafted for review when it is long enough to hold a thought, and dropped when it is not', () => {
    // Nothing here is clearly a story, advice or an insight: the mentor thinks aloud about the subject.
    const plain =
      "I'm not sure how to put this. I feel like it depends on the day and on who is in the building that week. I want to be careful here, because I'm the one who set the whole thing up, and I'm biased about it. I'm also a bit tired of the topic, to be honest, and I'm looking forward to the next thing on the list. I'm happy to come back to it later.";
    const long = ingestText(`Sam Okafor: What does the site look like?\nPriya Raman: ${plain}`).passages;
    expect(long.map((p) => [Boolean(p.text), p.confidence])).toEqual([[true, 0]]);
    const short = ingestText(
      "Sam Okafor: What does the site look like?\nPriya Raman: I'm not sure how to put this. I feel like it depends on the day and on who is in that week.",
    ).passages;
    expect(short.every((p) => !p.text)).toBe(true);
  });
});

describe('a story and the advice drawn from it', () => {
  it('become two drafts, and the advice knows which story it came from', () => {
    const r = ingestText(
      [
        'Sam Okafor: What happened the night the warehouse system went down?',
        "Priya Raman: It was the week before the spring catalogue launch. The order system stopped accepting pick lists at about two in the morning, and nobody on the night shift had a paper copy of anything. We stood around for six hours waiting for the screens to come back, and the first trucks left half empty. So my advice is simple: print the next day's pick lists every evening and keep them in the supervisor's office, because the one night you need them they save the whole morning.",
      ].join('\n'),
    );
    const drafts = r.passages.filter((p) => p.text);
    expect(drafts.map((p) => p.kind)).toEqual(['story', 'advice']);
    expect(drafts[1]!.drawnFrom).toBe(drafts[0]!.passage);
    expect(drafts[0]!.passage).not.toBe(drafts[1]!.passage);
    expect(drafts[1]!.quote.startsWith('So my advice is simple')).toBe(true);
  });
  it('keep a short lesson the story draws, titled by what was learned', () => {
    const r = ingestText(
      [
        'Sam Okafor: How did your first peak season go?',
        'Priya Raman: In November 2019 we hit three times our normal order volume in a week, and by the Thursday the pick faces were empty by ten every morning because replenishment only ran overnight.',
        "Priya Raman: So we moved a second run to the afternoon lull, and the empty faces stopped within two days. What I learned is that the bottleneck in peak is almost never picking speed; it's whether the stock is in the face when the picker arrives.",
      ].join('\n'),
    );
    const drafts = r.passages.filter((p) => p.text);
    expect(drafts.map((p) => p.kind)).toEqual(['story', 'insight']);
    expect(drafts[1]!.title).toBe('The bottleneck in peak is almost never picking speed');
    expect(drafts[1]!.drawnFrom).toBe(drafts[0]!.passage);
  });
  it('are linked across a short question that points back at the story, and not across a new one', () => {
    const story =
      'Priya Raman: It was the week before the spring catalogue launch. The order system stopped accepting pick lists at about two in the morning, and nobody on the night shift had a paper copy of anything. We stood around for six hours waiting for the screens to come back.';
    const advice =
      "Priya Raman: Print the next day's pick lists every evening and keep them in the supervisor's office. It costs ten minutes, and the one night you need them they save the whole morning.";
    const linked = (question: string) => {
      const drafts = ingestText(
        ['Sam Okafor: What happened the night the system went down?', story, `Sam Okafor: ${question}`, advice].join('\n'),
      ).passages.filter((p) => p.text);
      expect(drafts.map((p) => p.kind)).toEqual(['story', 'advice']);
      return drafts[1]!.drawnFrom === drafts[0]!.passage;
    };
    expect(linked('So what changed after that?')).toBe(true);
    expect(linked('What would you tell someone running a warehouse for the first time?')).toBe(false);
    // A short question with "it" in it does not point back at the story for that alone.
    expect(linked('What is it like to run a warehouse at night?')).toBe(false);
  });
});

describe('names written to be hard (tests/fixtures/redaction-dev)', () => {
  const dir = join(projectRoot, 'tests/fixtures/redaction-dev');
  const taxonomy = readContent(join(projectRoot, 'content'), { entries: false }).taxonomy;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${name}: no third party's name or contact reaches a draft`, () => {
      const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as NameSet;
      const result = ingestTranscript(readFileSync(join(dir, gold.file)), gold.file, '2025-03-14', {
        consentId: 'c',
        mentorId: 'm',
        mentor: { name: gold.mentor, role: 'Mentor' },
        consent: { person: 'm', given: '2025-01-10', audience: 'all-staff', attribution: 'named' },
        otherPeople: [],
        taxonomy,
        organizations: 'keep',
      });
      const score = scoreNames(gold, result.passages);
      expect(score.inSource).toBeGreaterThan(0);
      expect(score.surviving).toEqual([]);
    });
  }
});
