import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitAtNewPoints } from '../../src/lib/ingest/extract/new-point.ts';
import { findPassages, isBackchannel } from '../../src/lib/ingest/extract/passages.ts';
import { askedFor, askedForPlug, isSmallTalk, notKnowledge } from '../../src/lib/ingest/extract/smalltalk.ts';
import { labelMatches, mentorLabels } from '../../src/lib/ingest/extract/speakers.ts';
import { bestTitle, summaryBeside, summaryFrom, titleFrom } from '../../src/lib/ingest/extract/title.ts';
import { slugify, timecode } from '../../src/lib/ingest/write/names.ts';
import { suggestPhrases } from '../../src/lib/ingest/tag/suggest.ts';
import { indexTaxonomy, matchTopics } from '../../src/lib/ingest/tag/topics.ts';
import type { Turn } from '../../src/lib/ingest/transcript.ts';
import { planFiles, scanExisting, writeFiles } from '../../src/lib/ingest/write/drafts.ts';
import { draftToMdx, isUntouched } from '../../src/lib/ingest/write/mdx.ts';
import type { PassageResult } from '../../src/lib/ingest/pipeline.ts';
import { redactionList, redactionMarkdown, reviewQueue } from '../../src/lib/ingest/review.ts';
import { readEntry } from '../../src/lib/read/entry.ts';
import { taxonomySchema } from '../../src/lib/schema/index.ts';

describe('matching the mentor among speaker labels', () => {
  it.each(['Dana', 'Dana W.', 'Dana Whitfield (she/her)', 'DANA WHITFIELD', 'Dr. Dana Whitfield', 'Whitfield', 'dana whitfield'])(
    '`%s` is Dana Whitfield',
    (label) => {
      expect(labelMatches(label, 'Dana Whitfield')).toBe(true);
    },
  );
  it.each(['Danielle', 'Dan W.', 'Sam Okafor', 'Dana Smith', 'Interviewer'])('`%s` is not', (label) => {
    expect(labelMatches(label, 'Dana Whitfield')).toBe(false);
  });
  it('keeps only the mentor labels', () => {
    expect(mentorLabels(['Sam Okafor', 'Priya Raman', 'Priya'], { name: 'Priya Raman', role: 'x' })).toEqual(['Priya Raman', 'Priya']);
  });
});

const turn = (speaker: string, text: string, start?: number, line = 1): Turn => ({ speaker, text, start, line });
const words = (n: number, w = 'word') => `${Array.from({ length: n }, () => w).join(' ')}.`;

describe('passages', () => {
  const isMentor = (t: Turn) => t.speaker === 'P';
  it('merges the mentor’s turns across interjections and splits at a real question', () => {
    const turns = [
      turn('S', 'Tell me about the outage?', 1, 1),
      turn('P', words(20, 'alpha'), 3, 2),
      turn('S', 'Mm-hm.', 10, 3),
      turn('P', words(20, 'beta'), 12, 4),
      turn('S', 'And what did you change afterwards, concretely?', 20, 5),
      turn('P', words(30, 'gamma'), 25, 6),
    ];
    const ps = findPassages(turns, isMentor);
    expect(ps.map((p) => [p.line, p.start, p.turns.length, p.prompt])).toEqual([
      [2, 3, 2, 'Tell me about the outage?'],
      [6, 25, 1, 'And what did you change afterwards, concretely?'],
    ]);
  });
  it('drops passages too short to stand alone', () => {
    expect(findPassages([turn('P', 'Sure, happy to.')], isMentor)).toEqual([]);
  });
  it('splits a very long turn at sentence ends, each part keeping the nearest earlier time', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} has a few more words in it.`).join(' ');
    const ps = findPassages([turn('P', long, 60, 7)], isMentor, { maxWords: 100, minWords: 10 });
    expect(ps.length).toBe(3);
    expect(ps.map((p) => p.text).join(' ')).toBe(long);
    expect(ps.every((p) => p.start === 60)).toBe(true);
  });
  it('keeps a short tail with the thought it ends rather than cutting it off at the length limit', () => {
    const ps = findPassages([turn('P', words(90, 'alpha')), turn('P', words(15, 'beta'))], isMentor, { maxWords: 100, minWords: 10 });
    expect(ps.length).toBe(1);
    const two = findPassages([turn('P', words(90, 'alpha')), turn('P', words(60, 'beta'))], isMentor, { maxWords: 100, minWords: 10 });
    expect(two.length).toBe(2);
  });
  it('gives an untimed passage the last time seen before it', () => {
    const ps = findPassages([turn('S', 'Question one here?', 40), turn('P', words(30))], isMentor);
    expect(ps[0]!.start).toBe(40);
  });
  // Several answers of 60 words set what is slight in this conversation: half of that.
  const answers = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      turn('S', `Now a new question number ${i}, what would you tell a new manager?`),
      turn('P', words(60, `topic${i}`)),
    ]).flat();
  it('joins a slight answer to a follow-up question to the thought it qualifies', () => {
    const turns = [...answers(3), turn('S', 'What size were the companies? Are they large?'), turn('P', words(25, 'size'))];
    const ps = findPassages(turns, isMentor);
    expect(ps.length).toBe(3);
    expect(ps[2]!.text).toContain('size');
    expect(ps[2]!.text).toContain('topic2');
  });
  it('does not join across a question that asks for something new, however short', () => {
    for (const question of ['What would you tell someone running their first cutover?', 'And pricing?']) {
      const turns = [...answers(3), turn('S', question), turn('P', words(25, 'size'))];
      expect(findPassages(turns, isMentor).length, question).toBe(4);
    }
  });
  it('joins a follow-up answer while the two together run no longer than a few usual answers', () => {
    const turns = [...answers(6), turn('S', 'Are they still a customer?'), turn('P', words(60, 'customer'))];
    const ps = findPassages(turns, isMentor);
    expect(ps.length).toBe(6);
    expect(ps[5]!.text).toContain('customer');
    // Three answers are too few to say what a usual one is: two that each stand alone stay apart.
    expect(findPassages([...answers(3), turn('S', 'Are they still a customer?'), turn('P', words(60, 'customer'))], isMentor).length).toBe(4);
  });
  it('does not join two answers that each stand alone and together run long', () => {
    const turns = [...answers(3), turn('S', 'Are they still a customer?'), turn('P', words(200, 'customer'))];
    expect(findPassages(turns, isMentor).length).toBe(4);
  });
  it('joins the rest of a story asked for, however long, even in a short talk', () => {
    const turns = [
      turn('S', 'What happened the night it went down?'),
      turn('P', words(40, 'story')),
      turn('S', 'And then what happened?'),
      turn('P', words(60, 'payoff')),
    ];
    const ps = findPassages(turns, isMentor);
    expect(ps.length).toBe(1);
    expect(ps[0]!.text).toContain('payoff');
  });
  it('joins the answer to a question of a word or three about what was just said ("Going where?"), however long', () => {
    for (const question of ['Going where?', 'Why?', 'Sorry, which one?', 'Since when?']) {
      const turns = [...answers(3), turn('S', question), turn('P', words(200, 'ending'))];
      expect(findPassages(turns, isMentor).length, question).toBe(3);
    }
    // A short question with a subject of its own opens a new thread, named first or not.
    for (const question of ['What about hiring?', 'And the vendors, why?']) {
      const turns = [...answers(3), turn('S', question), turn('P', words(200, 'ending'))];
      expect(findPassages(turns, isMentor).length, question).toBe(4);
    }
  });
  it('does not join an answer to a short question that asks what to do about it ("So how do you get round it?")', () => {
    for (const question of [
      'Ha. Right. So what do I actually say to Graham?',
      'Right. So how do you get round it?',
      'So is there a thing you actually do about it now?',
    ]) {
      const turns = [...answers(6), turn('S', question), turn('P', words(40, 'remedy'))];
      expect(findPassages(turns, isMentor).length, question).toBe(7);
    }
    // A question about what was just told still follows it up.
    expect(findPassages([...answers(6), turn('S', 'So how long did it take?'), turn('P', words(40, 'remedy'))], isMentor).length).toBe(6);
  });
  it('does not join an answer to a short question that names the next topic first ("And the agency staff, how…?")', () => {
    const peak = turn('S', 'What would you do about peak?');
    const pick = turn('P', `Pre-pick the slow lines the afternoon before, and stage them at the dock. ${words(30, 'pick')}`);
    const question = turn('S', 'That makes sense. And the agency staff, how do you get them up to speed?');
    const agency = turn('P', `Buddy every agency picker with one of ours for their first two shifts. ${words(30, 'agency')}`);
    expect(findPassages([...answers(6), peak, pick, question, agency], isMentor).length).toBe(8);
    const followUp = turn('S', 'That makes sense. How long before the night shift do you stage them?');
    expect(findPassages([...answers(6), peak, pick, followUp, agency], isMentor).length).toBe(7);
  });
  it('does not join an answer to a short question about the mentor\u2019s own path, nor to one that names its topic first and goes on', () => {
    // The answer to "How did you get into this?" is a biography, left out on its own: it is no follow-up.
    const path = turn('S', 'Can I ask, how did you get into this in the first place?');
    expect(findPassages([...answers(6), path, turn('P', words(40, 'path'))], isMentor).length).toBe(7);
    const diary = turn('S', 'And the site diary, is it worth the time? Honestly it feels like nobody reads it.');
    expect(findPassages([...answers(6), diary, turn('P', words(40, 'diary'))], isMentor).length).toBe(7);
  });
  it('joins the answer that gives the reason a short follow-up asked for ("Because…"), however long', () => {
    const why = turn('S', 'But why did the system not flag it? Is that not the whole point of it?');
    const because = turn('P', `Because it did exactly what we told it to. ${words(200, 'reason')}`);
    expect(findPassages([...answers(6), why, because], isMentor).length).toBe(6);
    expect(findPassages([...answers(6), why, turn('P', `It did exactly what we told it to. ${words(200, 'reason')}`)], isMentor).length).toBe(7);
  });
  it('joins the rest of a story told after "And then what happened?"', () => {
    for (const question of ['Wow. And then what happened?', 'So what did you do?', 'How did that go?', 'Right, and did it work?']) {
      const turns = [...answers(3), turn('S', question), turn('P', words(25, 'ending'))];
      const ps = findPassages(turns, isMentor);
      expect(ps.length, question).toBe(3);
      expect(ps[2]!.text, question).toContain('ending');
    }
  });
  it('carries the thought on when the mentor picks it up again after a remark ("And that…")', () => {
    const remark =
      'Because when you vouch for somebody you lend your reputation, and what do you do then? You give them what they need to walk through the door. That is powerful.';
    const picked = findPassages([turn('P', words(40, 'alpha')), turn('S', remark), turn('P', `And that might also be advice. ${words(30, 'beta')}`)], isMentor);
    expect(picked.length).toBe(1);
    const fresh = findPassages([turn('P', words(40, 'alpha')), turn('S', remark), turn('P', `My advice is different. ${words(30, 'beta')}`)], isMentor);
    expect(fresh.length).toBe(2);
    const asked = findPassages(
      [turn('P', words(40, 'alpha')), turn('S', `${remark} Would you agree?`), turn('P', `And that might also be advice. ${words(30, 'beta')}`)],
      isMentor,
    );
    expect(asked.length).toBe(2);
  });
  it('carries the thought on when the mentor meets an objection ("Then you…", "Well, there you go")', () => {
    const objection =
      'But we do not have the budget for that. The owner has already cut the housekeeping hours twice this year, and he told me so in my interview, like it was a good thing.';
    for (const reply of ['Then you stop selling late checkouts on a Sunday.', 'Well, there you go, that is the thing.'])
      expect(findPassages([turn('P', words(40, 'alpha')), turn('S', objection), turn('P', `${reply} ${words(30, 'beta')}`)], isMentor).length, reply).toBe(1);
    expect(
      findPassages([turn('P', words(40, 'alpha')), turn('S', objection), turn('P', `Payroll runs on a Friday. ${words(30, 'beta')}`)], isMentor).length,
    ).toBe(2);
  });
  it('carries the thought on when the mentor agrees with a remark and goes on ("Right. Because…")', () => {
    const remark =
      'So my brain is like "When you are here you should be making a left", and I habitually was like "left turn signal", even though I know where we are going.';
    const passagesAfter = (reply: string) =>
      findPassages([turn('P', words(40, 'alpha')), turn('S', remark), turn('P', `${reply} ${words(30, 'beta')}`)], isMentor).length;
    for (const reply of [
      'Right. Because your brain has just been well-practiced.',
      'Sure, sure. That one has a whole other layer.',
      'Yeah and that is habit.',
      'It is, because of how people see things.',
      'I couldn’t agree more. Well, and when I coach…',
      'I love that. And many teams need it.',
    ])
      expect(passagesAfter(reply), reply).toBe(1);
    // "Right now" agrees with nothing: the mentor starts something of their own.
    for (const reply of ['Right now we are hiring for the platform team.', 'My advice is different.']) expect(passagesAfter(reply), reply).toBe(2);
  });
  it('does not carry on where the other side moves the talk on, question mark or not', () => {
    for (const move of ['Okay. Let’s move on to hiring.', 'Great. Switching gears a bit, hiring.', 'Next topic: hiring.']) {
      const turns = [turn('P', words(40, 'alpha')), turn('S', move), turn('P', `Sure. ${words(30, 'hiring')}`)];
      expect(findPassages(turns, isMentor).length, move).toBe(2);
    }
  });
  it('does not carry on across a remark that ends by asking without a question mark', () => {
    const ask = 'That is how we run on-call too, more or less, with a rota of six. Curious what you think.';
    expect(
      findPassages([turn('P', words(40, 'alpha')), turn('S', ask), turn('P', `And that depends on the team. ${words(30, 'beta')}`)], isMentor).length,
    ).toBe(2);
  });
  it('never joins across a question that invites a plug', () => {
    const turns = [...answers(3), turn('S', 'Where can people find you?'), turn('P', words(20, 'site'))];
    expect(findPassages(turns, isMentor).some((p) => p.text.includes('site') && p.text.includes('topic2'))).toBe(false);
  });
  it('recognises backchannel replies', () => {
    expect(isBackchannel('Right.')).toBe(true);
    expect(isBackchannel('Mm-hm, yeah')).toBe(true);
    expect(isBackchannel('So what changed after that?')).toBe(false);
  });
  it('reads the answer to a closing “what’s next for you” or a newsletter question as a plug', () => {
    expect(askedForPlug('What’s over the horizon? What’s coming up for you personally, and for the company?')).toBe('plug');
    expect(askedForPlug("What's coming up for you?")).toBe('plug');
    expect(askedForPlug('Where can people find you online?')).toBe('plug');
    expect(askedForPlug('And you have a newsletter, so the easiest way to keep up might be to subscribe to that...')).toBe('plug');
    expect(askedForPlug('What would you tell someone running their first cutover?')).toBeUndefined();
    expect(askedForPlug('What did you find when you looked at the newsletter numbers?')).toBeUndefined();
    expect(askedForPlug(undefined)).toBeUndefined();
  });
  it('reads the answer to a question about the mentor’s own path as a biography, and to “send me…” as handing over', () => {
    expect(askedFor('Can I ask, how did you end up in procurement? I don’t think I’ve heard the story.')).toBe('biography');
    expect(askedFor('Maybe first, how long have you been doing this?')).toBe('biography');
    expect(askedFor('Tell us a little bit about yourself and what you’re doing over there.')).toBe('biography');
    expect(askedFor('Do you want to tell us how you got here?')).toBe('biography');
    expect(askedFor('Were you always going to do hotels?')).toBe('biography');
    expect(askedFor('Did you always want to run a site?')).toBe('biography');
    expect(askedFor('Do you always check the contract?')).toBeUndefined();
    expect(askedFor('Could you send me the contacts for the ones that matter most?')).toBe('logistics');
    expect(askedFor('How did you get the budget for the drills?')).toBeUndefined();
    expect(askedFor('How did you get yours under control?')).toBeUndefined();
    expect(askedFor('What’s your story? How did the mentoring start for you?')).toBeUndefined();
    expect(askedFor('Could you share how you handled the outage?')).toBeUndefined();
  });
  it('leaves out the hellos before the first real question and the chat after the closing thanks', () => {
    const turns = [
      turn('S', 'Morning. Is it okay if I record this?', 1, 1),
      turn('P', 'Morning. Yes, record away. Did you get in all right? The ring road was a car park, I sat behind a tractor for twenty minutes.', 2, 2),
      turn('S', 'Fine, I came the back way.', 3, 3),
      turn('P', 'Very wise. Sit yourself down, there is tea in the pot and I have got until half eleven, then the leaving do people want me.', 4, 4),
      turn('S', 'Talk me through the cocoa contract.', 5, 5),
      turn('P', words(60, 'cocoa'), 6, 6),
      turn('S', 'And why did finance want it fixed for a year?', 7, 7),
      turn('P', words(60, 'finance'), 8, 8),
      turn('S', 'Thank you, this has been more useful than the whole handover pack.', 9, 9),
      turn('P', 'Oh, give over. Now, are you coming to the do on the twentieth? There is a buffet and I have been promised no speeches at all.', 10, 10),
    ];
    const phases = findPassages(turns, isMentor).map((p) => [p.line, p.phase]);
    // The two hellos run together across the aside between them.
    expect(phases).toEqual([
      [2, 'opening'],
      [6, undefined],
      [8, undefined],
      [10, 'closing'],
    ]);
    // A longer hello, then a short first question: the question opens the conversation, it follows nothing up.
    const hello = [
      turn('S', 'Is it recording? The little red dot is on.', 1, 1),
      turn('P', `It's on, yeah. Morning. Did you get here alright? ${words(40, 'traffic')}`, 2, 2),
      turn('S', 'I got the bus in, so I missed most of it.', 3, 3),
      turn('P', `Oh, it's been like this since Thursday. Sit down, tea's in the pot. ${words(40, 'garden')} Go on then, ask me things.`, 4, 4),
      turn('S', 'So when I come on shift tonight, what is the first thing you would want me doing?', 5, 5),
      turn('P', `Read the handover log before you talk to anyone. ${words(30, 'log')}`, 6, 6),
    ];
    expect(findPassages(hello, isMentor).map((p) => [p.line, p.phase])).toEqual([
      [2, 'opening'],
      [6, undefined],
    ]);
    // Invited to ask ("Go on then, where do you want to start?"), the other side asks without a question mark.
    const invited = [
      turn('S', 'Is it recording? There is a red dot.', 1, 1),
      turn('P', 'It says recording at the top, look. Hello, hello.', 2, 2),
      turn('S', 'Thanks for doing this, honestly.', 3, 3),
      turn('P', 'Oh, I have had three cakes since Monday. Go on then, where do you want to start?', 4, 4),
      turn('S', 'Um, so. I suppose the thing that actually scares me is the big incidents, when the whole wallboard goes red.', 5, 5),
      turn('P', `Yeah. So the one everybody still talks about is the big burst at Kirkstall. ${words(40, 'burst')}`, 6, 6),
    ];
    expect(findPassages(invited, isMentor).map((p) => [p.line, p.phase])).toEqual([
      [2, 'opening'],
      [6, undefined],
    ]);
    // However the thanks is worded: “That’s brilliant, thank you.”
    const brilliant = [...turns.slice(0, 8), turn('S', "That's brilliant. Really.", 9, 9), turns[9]!];
    expect(findPassages(brilliant, isMentor).at(-1)?.phase).toBe('closing');
    // “One last thing” after the thanks asks for knowledge again.
    const more = [
      ...turns.slice(0, 9),
      turn('S', 'One last thing: what would you tell someone in their first audit?', 10, 10),
      turn('P', words(40, 'audit'), 11, 11),
    ];
    expect(findPassages(more, isMentor).at(-1)?.phase).toBeUndefined();
    // Without any question from the other side there is no opening to leave out.
    expect(findPassages([turn('S', 'Morning.', 1, 1), turn('P', words(60, 'notes'), 2, 2)], isMentor)[0]?.phase).toBeUndefined();
  });
  it('recognises logistics and sponsor reads', () => {
    expect(isSmallTalk('Can you send me that checklist? Remind me Friday.')).toBe(true);
    expect(isSmallTalk('This episode is brought to you by Linode. Use the code changelog.')).toBe(true);
    expect(isSmallTalk('Print the next day’s pick lists every evening and keep them in the office.')).toBe(false);
    // Handing over contacts: what to know about the supplier is knowledge; their e-mail and account number are not.
    const handover =
      "Anyway, before I forget, I'll send you the supplier spreadsheet tonight. Gary's on there, his e-mail's gary@example.co.uk, and our account number is BL-40217. And put Derek's mobile in your phone now, he's on nights.";
    expect(notKnowledge(handover)).toBe('logistics');
    expect(
      notKnowledge('Keep three sets of linen for every bed and a second laundry on account, so one bank holiday never empties the hotel.'),
    ).toBeUndefined();
  });
});

describe('a new point in the mentor’s talk', () => {
  const passage = (...texts: string[]) => {
    const turns = texts.map((text, i) => turn('P', text, undefined, i + 1));
    return { turns, text: texts.join('\n\n'), line: 1, prompt: 'What changed after that?' };
  };
  const print =
    'Print the next day’s pick lists every evening and keep them in the supervisor’s office. It costs ten minutes, and the one night you need them they save the whole morning.';
  it('splits where a paragraph gives a second instruction', () => {
    const parts = splitAtNewPoints(
      passage(print, 'And run a drill twice a year where the screens are switched off on purpose. People resist it at first.'),
      10,
    );
    expect(parts.map((p) => p.turns.length)).toEqual([1, 1]);
    expect(parts.map((p) => p.prompt)).toEqual(['What changed after that?', undefined]);
  });
  it('keeps a second instruction about the same thing with the first', () => {
    const read = 'Read the handover log before you talk to anyone on shift, the red book and the notes in the system, with your coat still on if you have to.';
    const write = 'And write in the handover log properly yourself when you hand over. Do not just put all quiet; no shift is ever all quiet.';
    expect(splitAtNewPoints(passage(read, write), 10).length).toBe(1);
  });
  it.each([
    // The two share a little vocabulary (junior, engineer): only the cue tells them apart.
    [
      'opens with “Also,” and moves on',
      'Pair programming works when the senior engineer types less than the junior engineer, and both rotate every half hour.',
      'Also, I don’t believe tutorials alone give a junior engineer experience; it is built over time by running into real issues on real projects.',
    ],
    [
      'opens by framing a new claim',
      'Founders who come from sales build a company that pitches well, because pitching is what a sales founder does every day.',
      'I think the thing that can be dangerous for a founder is believing too much of the story you tell investors, and never updating it.',
    ],
  ])('splits where a paragraph %s', (_, first, second) => {
    expect(splitAtNewPoints(passage(first, second), 10).length).toBe(2);
  });
  it('keeps another example of the same point with it', () => {
    const first = 'The first ticket said to add a mute button, and nobody asked which screen it belonged on, so the team built three of them.';
    const second = 'One other example of this is the green buttons story: the business ordered half a day of restyling and got a three-month refactor.';
    expect(splitAtNewPoints(passage(first, second), 10).length).toBe(1);
    expect(splitAtNewPoints(passage(first, second.replace('One other example of this', 'Another thing I learned')), 10).length).toBe(2);
  });
  it.each([
    'Right. Suppliers. You will want this one: on a bank holiday weekend the clean linen did not turn up at all.',
    'Okay, rotas. Nobody leaves a hotel over pay; they leave because the rota changes every Thursday.',
    'Anyway, the fire alarm. In thirty years nearly every night call was a guest making toast with an iron.',
    'Right, so, handle time. The minute you put a number on an agent\u2019s screen they stop solving the customer\u2019s problem.',
    'Oh, and one more thing, then I will let you go. Take calls on the main queue yourself once a month.',
  ])('splits where a paragraph names its new subject: %s', (next) => {
    const bio = 'I wanted to be a vet, then I did a summer chambermaiding in Torquay and never went back to college.';
    expect(splitAtNewPoints(passage(bio, next), 10).map((p) => p.text)).toEqual([bio, next]);
  });
  it('does not take an acknowledgement or a call to listen for a new subject', () => {
    const first = 'Put the hours through the housekeeping line so the late checkouts come out of their budget and not yours.';
    for (const next of ['Right. Exactly. That is the bit people forget when the room attendants are short.', 'Now, look. Housekeeping are short every Sunday.'])
      expect(splitAtNewPoints(passage(first, next), 10).length).toBe(1);
  });
  it('cuts a biography off the story it leads into', () => {
    const bio = 'I grew up in Leeds and studied economics at Manchester. Before that I was a pricing analyst for eight years at a freight firm.';
    const story = 'When I ran the pricing team, the hardest lesson was that customers buy the person who explains the model; we lost three pilots.';
    const parts = splitAtNewPoints(passage(bio, story), 10);
    expect(parts.map((p) => p.text)).toEqual([bio, story]);
  });
  it.each([
    'When I was experimenting with management, I took a team for six months first, and I found I loved supporting the people on it.',
    'I learned that from the spice business, actually. This would be 2016: a beautiful audit every year, and then I went over one morning unannounced.',
    'Let me tell you why. We had a blender in Leeds, a small family firm, and one morning I went over on my own without an appointment.',
    'I’ll tell you why I am so funny about that book, actually. Have you heard about the wedding that got booked twice one August?',
  ])('splits where a paragraph opens a story after advice: %s', (story) => {
    const advice = 'Know what you are optimising for before you switch to management, and write it down so you can check it a year later.';
    expect(splitAtNewPoints(passage(advice, story), 10).length).toBe(2);
  });
  it('cuts off small talk however short, and only beside knowledge long enough to stand', () => {
    const chat = 'Thanks for having me.';
    expect(splitAtNewPoints(passage(chat, print), 10).map((p) => p.text)).toEqual([chat, print]);
    expect(splitAtNewPoints(passage(chat, 'Print the lists.'), 10).length).toBe(1);
  });
  it('reads "I\u2019d say the thing that…" as framing a new claim', () => {
    const first = 'Founders who come from sales build a company that pitches well, because pitching is what a sales founder does every day.';
    const second = 'I\u2019d say the thing that can be dangerous for a founder is believing too much of the story you tell investors, and never updating it.';
    expect(splitAtNewPoints(passage(first, second), 10).length).toBe(2);
  });
  it('keeps paragraphs that carry on the same subject together', () => {
    const first = 'The pick lists were printed every evening and kept in the office, so the night shift could pick without the screens.';
    const second = 'Also, the pick lists were checked against the screens every morning, and the night shift noted what differed.';
    expect(splitAtNewPoints(passage(first, second), 10).length).toBe(1);
  });
  it('does not read two short paragraphs of one story as a new subject because they share no words', () => {
    const first = 'We shipped the release on a Friday evening because the client insisted on it.';
    const second = 'At three in the morning the pager went off and nobody on call knew the payment code.';
    expect(splitAtNewPoints(passage(first, second), 10).length).toBe(1);
  });
  it('never leaves a side shorter than the minimum', () => {
    expect(splitAtNewPoints(passage(print, 'And run drills.'), 10).length).toBe(1);
  });
});

describe('suggested topics', () => {
  it('suggests repeated phrases no label covers, never a placeholder, a filler or a quantity', () => {
    const texts = [
      'We lost six hours of shipping. Paper fallback saved us, you know, the paper fallback.',
      'Six hours of late orders. [A second colleague] ran the paper fallback drill, you know.',
    ];
    expect(suggestPhrases(texts, new Set()).map((p) => p.phrase)).toEqual(['paper fallback']);
  });
});

describe('the review queue', () => {
  const draft = (file: string, words: number, confidence = 0.6) =>
    ({
      file,
      line: 1,
      quote: Array.from({ length: words }, (_, i) => `Word${i}`).join(' '),
      text: 'x',
      passage: `${file}-${words}`,
      confidence,
      topics: [{ id: 't' }],
      replacements: [],
    }) as unknown as PassageResult;
  it('calls a draft a fragment by how this conversation talks', () => {
    // A one-to-one of 40-word answers: 35 words is a whole answer. A podcast of 300-word answers: 60 words is not.
    const queue = reviewQueue([
      draft('one-to-one.txt', 40),
      draft('one-to-one.txt', 45),
      draft('one-to-one.txt', 35),
      draft('podcast.md', 300),
      draft('podcast.md', 320),
      draft('podcast.md', 60),
    ]);
    const flagged = queue.filter((q) => q.flags.includes('likely fragment')).map((q) => q.passage);
    expect(flagged).toEqual(['podcast.md-60']);
  });
  it('puts the least sure first', () => {
    const queue = reviewQueue([draft('a.txt', 50, 0.9), draft('a.txt', 51, 0.2)]);
    expect(queue.map((q) => q.flags.includes('kind uncertain'))).toEqual([true, false]);
  });
  it('lists what was redacted draft by draft, each placeholder with every original it stands for there', () => {
    const redacted = (passage: string, title: string, quote: string, pairs: [string, string][]) =>
      ({
        ...draft('a.txt', 30),
        passage,
        title,
        quote,
        replacements: pairs.map(([original, placeholder]) => ({ original, placeholder, type: 'person', start: 0, end: 0 })),
      }) as PassageResult;
    const list = redactionList([
      redacted('p1', 'Start with the people', 'Run by [a colleague], called [a colleague], or [a colleague].', [
        ['Robert Mensah', '[a colleague]'],
        ['Rob', '[a colleague]'],
        ['Robbie', '[a colleague]'],
      ]),
      redacted('p2', 'Walk the estate first', 'Ask [a colleague] and [a second colleague] near Block C. Pat him on the back, says Dr. Okonkwo.', [
        ['Gaz', '[a colleague]'],
        ['Grace', '[a second colleague]'],
      ]),
    ]);
    expect(list.drafts.map((d) => d.placeholders.map((p) => `${p.placeholder} ${p.originals.map((o) => o.original).join('/')}`))).toEqual([
      ['[a colleague] Robert Mensah/Rob/Robbie'],
      ['[a colleague] Gaz', '[a second colleague] Grace'],
    ]);
    // A full stop ends a run of capitals, unless it closes a title.
    expect(list.kept.map((k) => k.word).sort()).toEqual(['Block C', 'Dr. Okonkwo']);
    expect(redactionMarkdown('inbox/a.txt', list)).toContain('### Walk the estate first\n\n- [a colleague]: Gaz\n- [a second colleague]: Grace\n');
  });
});

describe('titles and summaries', () => {
  it.each([
    [
      "My advice, if you ever run a site like that: print the next day's pick lists every evening and keep them in the supervisor's office.",
      "Print the next day's pick lists every evening",
    ],
    ['So I think the thing nobody tells you is that budgets follow numbers.', 'The thing nobody tells you is that budgets follow numbers'],
    ["Here's the thing about budgets in operations: finance never funds resilience in the abstract.", 'Finance never funds resilience in the abstract'],
    // Speech's hesitations go: a restarted thought, asides in brackets, "sort of", a quotation left open.
    ['We started a weekly newsletter that was not -- we weren’t selling anything.', 'We started a weekly newsletter'],
    ["It's like -- you know, it's sometimes hard to figure out if that's even a problem.", "It's sometimes hard to figure out if that's even a problem"],
    ["It's like — you know, it's sometimes hard to figure out if that's even a problem.", "It's sometimes hard to figure out if that's even a problem"],
    ['The business sort of ordered (I don’t know) half a day of turning the buttons green.', 'The business ordered half a day of turning the buttons green'],
    ['We started making content, and we were like "Well, what can we make that people want?"', 'We started making content'],
    ['It was a different kind of problem for the team.', 'It was a different kind of problem for the team'],
    ['What you know matters less than who you ask.', 'What you know matters less than who you ask'],
    // A word that also carries meaning is a filler only when set off: "No, …" but not "No one…".
    ['No one else can give you the answers that you need.', 'No one else can give you the answers that you need'],
    ['So my advice is to rehearse the rollback before the migration.', 'Rehearse the rollback before the migration'],
    // A title never ends on a word that needs the next, nor keeps a quotation's closing mark alone.
    ['Our industry puts senior engineers in a position where we say like', 'Our industry puts senior engineers in a position where we say'],
    ['Write down everything that surprises you.', 'Write down everything that surprises you'],
    ['It went pretty well.” And then years later, I found my slide deck from that talk.', 'Then years later, I found my slide deck from that talk'],
    ['Right now the team ships twice a week.', 'Right now the team ships twice a week'],
    ['No, the real problem is the handover between shifts.', 'The real problem is the handover between shifts'],
    // Frames of speech go, and a long sentence about coming to know something keeps what was known.
    ['First, I would like to say, the night shift knows the building better than anyone.', 'The night shift knows the building better than anyone'],
    ['I always say measure the queue before you add people.', 'Measure the queue before you add people'],
    ['To your point, the audit found what the operators had said for years.', 'The audit found what the operators had said for years'],
    ['After my second year on the floor I finally realized that the forklift rota decides how fast we ship.', 'The forklift rota decides how fast we ship'],
    ['I realized that rotas matter.', 'I realized that rotas matter'],
    // The contrast is the point: no cut before "but not" when the contrast fits, else before it.
    [
      'We automated picking for the fast movers, but not for the slow ones, and it paid off within a year.',
      'We automated picking for the fast movers, but not for the slow ones',
    ],
    [
      "Print the next day's pick lists every evening, but not before the last truck has left the yard for the night.",
      "Print the next day's pick lists every evening",
    ],
    // What was known stays under a negation or a condition, and a thing is not a clause.
    [
      'We never found that cold-calling worked for enterprise customers in the first year of selling anything at all.',
      'We never found that cold-calling worked for enterprise customers',
    ],
    [
      'Nobody I knew realized that remote onboarding would work for warehouse staff until we tried it ourselves.',
      'Nobody I knew realized that remote onboarding would work for warehouse',
    ],
    [
      'Years ago I found that vendor through a friend and we ended up using them for six years without a single problem.',
      'Years ago I found that vendor through a friend',
    ],
    // A frame's verb stays where it is the advice, and a restarted thought does not end on "is".
    ['I always say no to meetings on Fridays.', 'I always say no to meetings on Fridays'],
    ["I'd add a second shift lead before you hire another manager for the site.", "I'd add a second shift lead before you hire another manager"],
    ['The real problem on the floor is -- well, it is the handover between shifts.', 'The real problem on the floor'],
    [
      'Also, I do remember that early in my first year I learned that the night shift fixes what the day shift breaks.',
      'The night shift fixes what the day shift breaks',
    ],
    // An aside between two dashes goes and the sentence reads on; "I think of it like…" keeps its verb.
    [
      'So the night shift - we always called them the owls - knows more about the stock than anyone on days, and nobody asks them.',
      'The night shift knows more about the stock than anyone on days',
    ],
    [
      'I think of it like the game at the fair, where you swing the hammer and the bell rings.',
      'I think of it like the game at the fair, where you swing the hammer',
    ],
    // A key sentence that runs on into the next is cut at the sentence's end, quotation and all.
    [
      'We always say "Measure twice, cut once." So before any cutover I had the team walk the floor with the new pick lists.',
      'We always say "Measure twice, cut once."',
    ],
    // A phrase that sets the scene goes before the claim, when the whole does not fit; a long run before
    // the comma is the claim itself.
    [
      'For some of those readers, the home library visit is the only knock on the door all week.',
      'The home library visit is the only knock on the door all week',
    ],
    ['For the night shift, the handover is the whole job.', 'For the night shift, the handover is the whole job'],
    [
      'In a lot of my work I am trying to help folks, especially engineers, see the parts of their job that nobody rewards.',
      'In a lot of my work I am trying to help folks, especially engineers',
    ],
    // After the comma comes no main clause when it opens "until…": the main clause came before, unmarked.
    ['When he retired we lost a week every peak for two years, until we had written it down.', 'When he retired we lost a week every peak for two years'],
    // A tag asking the listener to agree is no part of the headline.
    ["We didn't want to keep putting it on and putting it off; no.", "We didn't want to keep putting it on and putting it off"],
    ['They are the best base for technical mentorship, I think.', 'They are the best base for technical mentorship'],
    // A lone "Because" goes on from the remark before; one before a main clause is part of the claim.
    ['Because none of what he knew lived in the system.', 'None of what he knew lived in the system'],
    ['Because the dock was full, we turned the lorries away.', 'Because the dock was full, we turned the lorries away'],
    // The frame that draws the lesson goes; the advice is what follows it.
    ['So what I’d say is, two weeks before every handover, you walk the plot yourself.', 'Two weeks before every handover, you walk the plot yourself'],
    ['But what you can do is get their work measured and signed off on the Friday.', 'Get their work measured and signed off on the Friday'],
    ['I’d say the caretaker matters more than the head.', 'The caretaker matters more than the head'],
    ['The disk controller started, um, throwing errors at two.', 'The disk controller started throwing errors at two'],
    // A frame that says what the point is about keeps that as the subject.
    [
      'Here’s the thing nobody tells you about finance directors: they care about cash and they care about surprises, and price comes third.',
      'Finance directors: they care about cash and they care about surprises',
    ],
    [
      "Thing you've got to understand about subcontract gangs is, they go where they're paid quickest.",
      "Subcontract gangs: they go where they're paid quickest",
    ],
    ['So the thing about payments is that it can be unknown, which is worse than failed.', 'Payments: it can be unknown, which is worse than failed'],
    ['Um, the disk controller, uh, started throwing errors.', 'The disk controller started throwing errors'],
  ])('%s', (sentence, title) => expect(titleFrom(sentence)).toBe(title));
  it('a title is not talk about the talk, nor a sentence begun half-way', () => {
    expect(bestTitle(['That leads me into the third thing, which is the handover.', 'Handovers fail when nobody owns the list.'])).toBe(
      'Handovers fail when nobody owns the list',
    );
    expect(bestTitle(['Then it means that the whole shift is going to do a lot better.', 'A shift that trusts its lead asks for help sooner.'])).toBe(
      'A shift that trusts its lead asks for help sooner',
    );
    expect(bestTitle(['Whereas other people on the team might be.', 'Pickers who rotate learn the whole floor.'])).toBe(
      'Pickers who rotate learn the whole floor',
    );
  });
  it('a placeholder in a title reads as words, takes the title or possessive before it along, and opens a title only where nothing else will do', () => {
    expect(titleFrom('Nurse [a fifth colleague] tested the new sheet on nights.')).toBe('A fifth colleague tested the new sheet on nights');
    expect(titleFrom('By then my [a colleague] was born, so I missed the audit.')).toBe('By then a colleague was born, so I missed the audit');
    expect(titleFrom('I went round with Mrs [a colleague] to see the damp.')).toBe('I went round with a colleague to see the damp');
    // "Her" ends a clause as an object: the title keeps it.
    expect(titleFrom('I went round with [a colleague] to see her, and [a colleague] paid the bill for the new radiator himself.')).toBe(
      'I went round with a colleague to see her',
    );
    expect(bestTitle(['[A colleague] built us a tracker in a weekend.', 'I worked with [a second colleague] on the fix for a year.'])).toBe(
      'I worked with a second colleague on the fix for a year',
    );
    expect(bestTitle(['[A colleague] built us a tracker in a weekend.', 'It worked.'])).toBe('A colleague built us a tracker in a weekend');
  });
  it('a title is taken from a later key sentence when the first would be cut off', () => {
    const long = 'I can think of one engineer in particular who had spent eleven years at a gigantic logistics firm before us';
    expect(titleFrom(long)).toBe('I can think of one engineer in particular who had spent eleven years');
    expect(bestTitle([long, 'He rebuilt the dispatch board in a single weekend.'])).toBe('He rebuilt the dispatch board in a single weekend');
    // A whole first sentence wins over a later one.
    expect(bestTitle(['Rehearse the rollback before the migration.', 'Nobody had tried it.'])).toBe('Rehearse the rollback before the migration');
    // A subordinate clause cut from its main clause is half a sentence; "…where they are" is a whole one.
    expect(
      bestTitle([
        'Even if you are at a big warehouse, with all the shifts and the handovers, the pickers know.',
        'The pickers know where the stock really is.',
      ]),
    ).toBe('The pickers know where the stock really is');
    expect(bestTitle(['Meet new hires where they are.', 'They will thank you later on.'])).toBe('Meet new hires where they are');
    // A later sentence that points back needs the first; a whole conditional is a whole sentence.
    expect(bestTitle([long, 'That was the best hire we ever made.'])).toBe(titleFrom(long));
    expect(bestTitle(['When in doubt ship the smaller change.', 'We learned that the hard way.'])).toBe('When in doubt ship the smaller change');
    // So does a cut first sentence over a later one that says too little.
    expect(bestTitle([long, 'It worked.'])).toBe(titleFrom(long));
    // Only the frame of what is to come says nothing yet: the sentence it announces is the title.
    expect(bestTitle(['Here’s the thing nobody tells you about finance directors.', 'Finance directors care about cash and about not being surprised.'])).toBe(
      'Finance directors care about cash and about not being surprised',
    );
  });
  it('a summary says more than its title', () => {
    expect(
      summaryBeside('Be mindful of what you sacrifice', ['Be mindful of what you sacrifice.', 'Pay attention to what the company costs your family.']),
    ).toBe('Pay attention to what the company costs your family.');
    expect(summaryBeside('Seek a lot of counsel', ['Seek a lot of counsel, then make the decision yourself.'])).toBe(
      'Seek a lot of counsel, then make the decision yourself.',
    );
    expect(summaryBeside('Run drills', ['Run drills.'])).toBe('Run drills.');
    expect(
      summaryBeside('Finance never funds resilience', [
        'Finance never funds resilience.',
        'They fund a number.',
        'We turned the outage into a number the board could read.',
      ]),
    ).toBe('We turned the outage into a number the board could read.');
  });
  it('summaries are one sentence, capitalised and bounded', () => {
    expect(summaryFrom('print them every evening')).toBe('Print them every evening.');
    expect(summaryFrom('then I came here as front office manager in ninety-three,')).toBe('Then I came here as front office manager in ninety-three.');
    expect(summaryFrom("You don't let anybody put a new agent on the complaints queue or the, um, the debt queue.")).toBe(
      "You don't let anybody put a new agent on the complaints queue or the debt queue.",
    );
    expect(summaryFrom(`${'long '.repeat(100)}end`).length).toBeLessThanOrEqual(281);
  });
  it('slugs and timecodes', () => {
    expect(slugify("Print the next day's pick lists every evening")).toBe('print-the-next-days-pick-lists-every-evening');
    expect(slugify('Ask [a colleague] for the numbers')).toBe('ask-for-the-numbers');
    expect(timecode(3725.9)).toBe('01:02:05');
  });
});

describe('topics', () => {
  const taxonomy = taxonomySchema.parse({
    topics: [
      { id: 'operations', label: 'Operations', altLabels: ['ops'] },
      { id: 'operations/warehouse', label: 'Warehouse', altLabels: ['distribution center', 'pick lists'], broader: ['operations'] },
      { id: 'sales', label: 'Sales', altLabels: ['selling'] },
    ],
  });
  const index = indexTaxonomy(taxonomy);
  it('matches stemmed labels and synonyms, preferring the narrower concept', () => {
    const m = matchTopics('We printed the pick list every night for the warehouses, and operations loved it.', index, taxonomy);
    expect(m.map((t) => t.id)).toEqual(['operations/warehouse']);
    expect(m[0]!.matched.sort()).toEqual(['Warehouse', 'pick lists']);
  });
  it('never invents an id', () => {
    const m = matchTopics('Nothing here relates to anything in the vocabulary.', index, taxonomy);
    expect(m).toEqual([]);
  });
});

describe('writing drafts', () => {
  const data = {
    title: 'Print the pick lists',
    kind: 'advice' as const,
    summary: 'Print them.',
    topics: ['operations'],
    mentor: 'priya-raman',
    consent: 'priya-raman-2025',
    status: 'draft' as const,
    stages: [],
    conversation: { date: '2025-03-14', at: '00:00:44' },
    ingest: { passage: '0123456789abcdef', digest: '0000000000000000' },
  };
  it('escapes spoken words so they cannot become markup or code, and the draft is a valid entry', () => {
    const text = draftToMdx({
      data,
      quote: ['Use {braces} and <script>alert(1)</script> * stars * and # hashes [a colleague] said.', 'Second paragraph.'],
      at: '00:00:44',
    });
    const { problems, data: parsed } = readEntry(text, 'x.mdx');
    expect(problems).toEqual([]);
    expect(parsed?.conversation?.at).toBe('00:00:44');
    expect(text).toContain('<Quote at="00:00:44">');
    expect(text).toMatch(/\\\{braces\\?}/);
    expect(isUntouched(text)).toBe(true);
    expect(isUntouched(text.replace('Second paragraph', 'Edited paragraph'))).toBe(false);
  });
  it('plans new, unchanged, updated and edited drafts, and never overwrites an edited one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tacit-drafts-'));
    const text = draftToMdx({ data, quote: ['Words.'], at: '00:00:44' });
    const first = planFiles([{ passage: data.ingest.passage, slugBase: 'print-the-pick-lists', text, folder: join(dir, 'priya-raman') }], scanExisting([dir]));
    expect(first.map((f) => f.status)).toEqual(['new']);
    writeFiles(first);
    const again = planFiles([{ passage: data.ingest.passage, slugBase: 'print-the-pick-lists', text, folder: join(dir, 'priya-raman') }], scanExisting([dir]));
    expect(again.map((f) => f.status)).toEqual(['unchanged']);
    const path = first[0]!.path;
    writeFileSync(path, readFileSync(path, 'utf8').replace('Words.', 'Words, as the mentor corrected them.'));
    const improved = draftToMdx({ data, quote: ['Better words.'], at: '00:00:44' });
    const third = planFiles([{ passage: data.ingest.passage, slugBase: 'x', text: improved, folder: join(dir, 'priya-raman') }], scanExisting([dir]));
    expect(third.map((f) => f.status)).toEqual(['edited']);
    writeFiles(third);
    expect(readFileSync(path, 'utf8')).toContain('as the mentor corrected them');
    expect(readdirSync(join(dir, 'priya-raman'))).toEqual(['print-the-pick-lists.mdx']);
  });
  it('renames an untouched draft whose title changed (a name the redactor once missed leaves its file name), unless another entry names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tacit-drafts-'));
    const folder = join(dir, 'priya-raman');
    const before = draftToMdx({ data, quote: ['Pat in planning keeps the list.'], at: '00:00:44' });
    writeFiles(planFiles([{ passage: data.ingest.passage, slugBase: 'pat-in-planning-keeps-the-list', text: before, folder }], scanExisting([dir])));
    const after = draftToMdx({ data, quote: ['[a colleague] in planning keeps the list.'], at: '00:00:44' });
    const plan = planFiles([{ passage: data.ingest.passage, slugBase: 'the-list-of-what-breaks-first', text: after, folder }], scanExisting([dir]));
    expect(plan.map((f) => [f.status, f.slug])).toEqual([['updated', 'the-list-of-what-breaks-first']]);
    expect(plan[0]!.replaces).toBe(join(folder, 'pat-in-planning-keeps-the-list.mdx'));
    writeFiles(plan);
    expect(readdirSync(folder)).toEqual(['the-list-of-what-breaks-first.mdx']);
    // Named as related by another entry: the name stays, so the link does not break.
    writeFileSync(join(dir, 'other.mdx'), '---\nrelated:\n  - the-list-of-what-breaks-first\n---\n');
    const named = planFiles([{ passage: data.ingest.passage, slugBase: 'a-third-title', text: after, folder }], scanExisting([dir]));
    expect(named.map((f) => [f.status, f.slug])).toEqual([['unchanged', 'the-list-of-what-breaks-first']]);
  });
  it('gives a new draft a slug no other entry uses', () => {
    const existing = { slugs: new Set(['print-the-pick-lists']), byPassage: new Map(), texts: [] };
    const plan = planFiles([{ passage: 'ffffffffffffffff', slugBase: 'print-the-pick-lists', text: 'x', folder: '/tmp/x' }], existing);
    expect(plan[0]!.slug).toBe('print-the-pick-lists-2');
  });
});

describe('a story, then the advice drawn from it, are two passages', () => {
  it('splits at the sentence that draws the lesson, within a turn and at a turn', async () => {
    const { splitByKind } = await import('../../src/lib/ingest/extract/split.ts');
    const story =
      'It was the week before the spring launch and the order system stopped accepting pick lists at two in the morning. Nobody had a paper copy, so the night shift stood around for six hours waiting for the screens to come back.';
    const lesson =
      'So my advice is simple: print the next day’s pick lists every evening and keep them in the supervisor’s office, because the one night you need them they save the whole morning.';
    const one = { turns: [{ speaker: 'P', text: `${story} ${lesson}`, line: 3, start: 10 }], text: '', start: 10, line: 3, prompt: 'What happened?' };
    const parts = splitByKind(one, 25);
    expect(parts.map((p) => p.text)).toEqual([story, lesson]);
    expect(parts.map((p) => [p.line, p.start, p.prompt])).toEqual([
      [3, 10, 'What happened?'],
      [3, 10, undefined],
    ]);
    // Too little before the lesson to stand alone: one passage.
    expect(splitByKind({ ...one, turns: [{ speaker: 'P', text: `It broke. ${lesson}`, line: 3, start: 10 }] }, 25)).toHaveLength(1);
  });
  it.each([
    'So what I’d say is, print the next day’s pick lists every evening and keep them in the supervisor’s office, because the one night you need them they save the morning.',
    'What you can do is print the next day’s pick lists every evening and keep them in the supervisor’s office, because the one night you need them they save the morning.',
    'And I think my lessons from that are to print the pick lists every evening and to keep them somewhere safe, because the one night you need them they save the morning.',
    'So now the very first thing you do, before anything else, is print the pick lists every evening and keep them somewhere safe, because the one night you need them they save the morning.',
  ])('draws the lesson however the mentor says so: %s', async (lesson) => {
    const { splitByKind } = await import('../../src/lib/ingest/extract/split.ts');
    const story =
      'It was the week before the spring launch and the order system stopped accepting pick lists at two in the morning. Nobody had a paper copy, so the night shift stood around for six hours.';
    const one = { turns: [{ speaker: 'P', text: `${story} ${lesson}`, line: 3, start: 10 }], text: '', start: 10, line: 3 };
    expect(splitByKind(one, 25).map((p) => p.text)).toEqual([story, lesson]);
  });
});

describe('the conversation’s date, from where people write it', () => {
  it('the file name first, then the transcript’s header; nothing when neither says', async () => {
    const { conversationDate, findDate } = await import('../../src/lib/ingest/read/date.ts');
    expect(conversationDate('2025-03-14-priya.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi')).toEqual({ date: '2025-03-14', from: 'file name' });
    expect(conversationDate('call.vtt', 'WEBVTT - Recorded 14 March 2025\n\n00:00:01.000 --> 00:00:02.000\nHi')).toEqual({
      date: '2025-03-14',
      from: 'transcript',
    });
    expect(conversationDate('call.md', '# Mentoring session, March 4th, 2024\n\n**Priya:** In 2019 we…')).toEqual({ date: '2024-03-04', from: 'transcript' });
    // A date inside the talk is not the conversation's.
    expect(conversationDate('call.txt', 'Sam: Hello.\nPriya: On 2019-03-01 the system went down.')).toBeUndefined();
    expect(findDate('2025-02-30')).toBeUndefined();
  });
});

describe('a draft’s time is where its first words are said', () => {
  it('inside a long cue by word position, between sparse marks by word position too; approximate then', async () => {
    const { passageStart, Clock } = await import('../../src/lib/ingest/extract/timing.ts');
    const words = (n: number, w = 'x') => Array.from({ length: n }, () => w).join(' ');
    const cue: Turn = { speaker: 'P', text: words(100), start: 60, end: 100, line: 5 };
    const piece = (offset: number, turn = cue) => ({ turns: [{ ...turn, offset }], text: '', start: turn.start, line: turn.line });
    const clock = new Clock([cue]);
    expect(passageStart(piece(0), clock)).toEqual({ seconds: 60, approximate: false });
    expect(passageStart(piece(50), clock)).toEqual({ seconds: 80, approximate: true });
    // Markdown: a mark, 50 words, a paragraph without a mark, 150 words, the next mark 100 s after the first.
    const marked: Turn = { speaker: 'H', text: words(50), start: 120, line: 1 };
    const unmarked: Turn = { speaker: 'P', text: words(150), line: 3 };
    const next: Turn = { speaker: 'H', text: 'so', start: 220, line: 5 };
    // Placed by its words' share of the time between the two marks (a quarter of 100 s), not at a fixed pace.
    expect(passageStart(piece(0, unmarked), new Clock([marked, unmarked, next]))).toEqual({ seconds: 145, approximate: true });
    // After the last mark, at the pace the transcript keeps elsewhere (here none is measured: 2.5 words a second).
    expect(passageStart(piece(0, unmarked), new Clock([marked, unmarked]))).toEqual({ seconds: 140, approximate: true });
    // Between two cues, the next cue's start is when its first word is said, exactly.
    const a: Turn = { speaker: 'P', text: words(10), start: 0, end: 4, line: 1 };
    const b: Turn = { speaker: 'P', text: words(10), start: 9, end: 12, line: 4 };
    expect(passageStart(piece(0, b), new Clock([a, b]))).toEqual({ seconds: 9, approximate: false });
    // A mark that runs backwards is a typo and is not used.
    const typo: Turn = { speaker: 'H', text: words(10), start: 5, line: 7 };
    expect(passageStart(piece(5, typo), new Clock([a, b, typo]))?.seconds).toBeCloseTo(12 + 5 * (12 / 20), 5);
  });
});

describe('topics need evidence beyond one word', () => {
  const taxonomy = taxonomySchema.parse({
    topics: [
      { id: 'ops', label: 'Operations' },
      { id: 'ops/cash', label: 'Cash', broader: ['ops'], definition: 'Handling cash in the tills and the safe at the end of a shift.' },
      { id: 'ops/picking', label: 'Pick lists', broader: ['ops'] },
    ],
    stages: [],
  });
  const index = indexTaxonomy(taxonomy);
  const ids = (text: string) => matchTopics(text, index, taxonomy).map((t) => t.id);
  it('a lone word is not enough (a product called Cash); a phrase is, and so is a word with its context', () => {
    expect(ids('Our first product was called Cash, and it sold itself within a year.')).toEqual([]);
    expect(ids('Print the pick lists every evening.')).toEqual(['ops/picking']);
    expect(ids('Count the cash in the tills before the shift ends, and lock the safe.')).toEqual(['ops/cash']);
  });
  it('a hyphenated label is a phrase: "On-call" is not found in "called"', () => {
    const withCall = taxonomySchema.parse({
      topics: [{ id: 'on-call', label: 'On-call', definition: 'Carrying the pager for production systems after hours, and keeping that load humane.' }],
      stages: [],
    });
    const found = (text: string) => matchTopics(text, indexTaxonomy(withCall), withCall).map((t) => t.id);
    expect(found('The order system stopped at two in the morning, and the night lead called me at home. We lost six hours.')).toEqual([]);
    expect(found('Being on call for production systems after hours wears people down; keep the pager load humane.')).toEqual(['on-call']);
  });
  it('a label of two words, one of them a stop word, is that phrase: "new manager" is not in "the night manager"', () => {
    const withNew = taxonomySchema.parse({
      topics: [{ id: 'first-90-days', label: 'First 90 days', altLabels: ['new manager'], definition: 'The first three months of a new leadership role.' }],
      stages: [],
    });
    const found = (text: string) => matchTopics(text, indexTaxonomy(withNew), withNew).map((t) => t.id);
    expect(found('The night manager rang me; for three days the pick faces were empty by ten.')).toEqual([]);
    expect(found('As a new manager, I spent my first three months listening.')).toEqual(['first-90-days']);
  });
});
