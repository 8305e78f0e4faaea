import { nlp, type Doc } from '../../text/nlp.ts';
import { detokenise, opensWithImperative } from './advice-features.ts';
import { isRequestOrCourtesy } from './advice.ts';

/*
 * Sentence-level cues for the two kinds the advice model does not cover. Each returns a strength in
 * [0, 1] where 0.5 means "clearly this kind on its own"; kind.ts combines them over a passage.
 */

const isQuestion = (text: string) => /\?\s*["')\]]*$/.test(text);

const month = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const unit = '(?:day|night|morning|afternoon|evening|time|week|weekend|month|year|summer|winter|spring|autumn|fall|quarter)';

/** Places a narrative in time: "in 2019", "one night", "when I was", "the week before". */
const timeAnchor = new RegExp(
  [
    String.raw`\b(?:in|back in|since|by|around|during|until|of) (?:the )?(?:early |late |mid-?)?(?:19|20)\d\d(?:s)?\b`,
    String.raw`\b${month},? (?:of )?(?:19|20)\d\d\b`,
    String.raw`\b(?:one|that|this one|the other|the same|the following|the next|the previous) ${unit}\b`,
    String.raw`\b(?:years|months|weeks|days|a year|a week|a month|a few \w+) (?:ago|later|earlier|before|after|in)\b`,
    String.raw`\blast (?:year|week|month|summer|winter|spring|autumn|time|quarter)\b`,
    String.raw`\bwhen (?:i|we|he|she|they) (?:was|were|first|started|joined|got|had|moved|left|ran|worked|came)\b`,
    String.raw`\b(?:at the time|back then|back in the day|in those days|once upon a time|growing up)\b`,
    String.raw`\bthe ${unit} (?:before|after|of|when)\b`,
    String.raw`\b(?:my|our) first (?:job|week|day|year|boss|manager|startup|company|team|launch|hire)\b`,
    String.raw`\bat my (?:last|old|previous|first) (?:job|company|place|team|employer)\b`,
    String.raw`\bearly (?:on )?in my career\b`,
  ].join('|'),
  'i',
);
const memory =
  /\b(?:i|we) (?:remember|recall|will never forget|'ll never forget)\b|\bwhat i remember\b|\bthere (?:was|were) (?:this|a|one) (?:time|day|night|guy|customer|client|woman|man|person|moment)\b|\blet me tell you about\b/i;
const sequence =
  /\b(?:after that|afterwards|eventually|suddenly|the next (?:day|morning|week)|by the time|later that|it turned out|turns out|and then|so then)\b/i;
const hypothetical = /\b(?:would|could|should|might|must) have\b|\bif (?:i|we|you) had\b/i;
// Past tense in conversational formulas, not narration: "I wanted to ask", "like I said".
const formula =
  /\bi (?:just )?(?:wanted|was going|was wondering|was hoping|was thinking|meant|forgot) (?:to|about|if|whether|that)?\b|\b(?:as|like) i (?:said|mentioned)\b|\bthanks for\b|\byou(?: \w+)? (?:said|mentioned|asked)\b|\bi(?:['’]ve)? never (?:thought|heard) (?:about|of)\b/i;

/*
 * compromise misses much of the past tense in speech ("We lost", auxiliary "was") and counts gerunds
 * and infinitives as present tense, so tense is read from a word list first and from its tags second.
 */
const pastVerbs =
  "was|were|had|did|didn't|wasn't|weren't|hadn't|went|got|lost|said|told|made|took|came|saw|knew|thought|found|gave|left|felt|kept|ran|stood|began|brought|bought|built|sent|spent|wrote|became|held|met|paid|sat|won|fell|broke|chose|drove|grew|heard|meant|taught|caught|fought|led|sold|understood|woke|wore|used to";
const pastWord = new RegExp(`\\b(?:${pastVerbs})\\b`, 'i');
const firstPersonPastWord = new RegExp(
  `\\b(?:i|we)(?: (?:just|all|then|never|finally|eventually|actually|really|had|both))? (?:${pastVerbs}|\\w{3,}ed)\\b`,
  'i',
);
const presentWord =
  /\b(?:is|are|am|isn't|aren't|does|doesn't|don't|has|hasn't|can|can't|cannot|will|won't)\b|\b(?:it|that|here|there|what|who|he|she|they|we|you)'(?:s|re)\b/i;

interface Tense {
  past: boolean;
  present: boolean;
  /** "I"/"we" as the subject of a past-tense verb: the teller was there. */
  firstPersonPast: boolean;
}

function tense(text: string, doc: Doc): Tense {
  // compromise also tags participles as #PastTense ("it's incentivised", "lived experience"); only
  // one right after its subject is a simple past.
  const past = pastWord.test(text) || doc.has('(#Pronoun|#Noun) #Adverb? #PastTense');
  const present =
    presentWord.test(text) || doc.has('(#PresentTense && !#Gerund && !#Infinitive)') || doc.has('(#Plural|#Pronoun) #Adverb? (#Infinitive && !#Gerund)');
  const firstPersonPast = firstPersonPastWord.test(text);
  return { past, present, firstPersonPast };
}

/**
 * How strongly one sentence tells what happened: past tense (above all with "I"/"we"), anchored in time,
 * remembered, sequenced; `reportsSpeech` when the sentence quoted someone. A bare past-tense sentence stays below 0.5; it takes an anchor, a memory or a
 * second narrative sentence (see kind.ts) to make a story.
 */
export function storyStrength(sentence: string, reportsSpeech = false): number {
  const text = detokenise(sentence);
  if (isQuestion(text) || formula.test(text) || isRequestOrCourtesy(text)) return 0;
  const doc = nlp(text);
  const t = tense(text, doc);
  const past = t.past && !hypothetical.test(text);
  let s = 0;
  if (past) s = t.firstPersonPast ? 0.45 : 0.4;
  if (timeAnchor.test(text)) s += past ? 0.35 : 0.2;
  if (memory.test(text)) s += 0.35;
  if (past && sequence.test(text)) s += 0.15;
  // "He said '…'", "she was like '…'": reported speech in the past is a scene being told.
  if (past && reportsSpeech) s += 0.1;
  return Math.min(1, s);
}

/** "What I learned is…": a lesson framed as one (an insight here; the title drops the frame). */
export const learnedFrame = `what (?:i|we)(?:['’]ve| have)? (?:learned|learnt|found|realised|realized|took away) (?:is|was)`;

/** Explicit framing of a general lesson: "here's the thing", "rule of thumb", "the reason … is". */
const frame = new RegExp(
  [
    String.raw`\b(?:here's|here is|that's|this is) the thing\b`,
    String.raw`\bthe (?:thing|problem|trouble|issue) (?:about|with) \w+`,
    String.raw`\bthe thing is\b`,
    String.raw`\bin my experience\b`,
    String.raw`\b(?:a |my |the )?rule of thumb\b`,
    String.raw`\bthe (?:real |main |big |whole |most important |important |hardest |first )?(?:reason|key|trick|secret|truth|lesson|point|irony|pattern|difference|mistake people make|thing) (?:\S+ ){0,8}?(?:is|was|being)\b`,
    String.raw`\bwhat (?:really |actually )?(?:matters|counts|happens|works)\b`,
    String.raw`\bwhat (?:most )?people (?:don't|never|rarely|fail to) (?:realise|realize|understand|see|get)\b`,
    String.raw`\bit's (?:all|always|never|usually|really) (?:about|the)\b`,
    String.raw`\bthe way (?:it|this|that|things|\w+) (?:works?|goes)\b`,
    String.raw`\bthat's (?:why|how) (?:\w+ )?(?:always|never|usually|you|people|teams|companies)\b`,
    String.raw`\bi(?:'ve| have)? (?:often |always |usually |generally )?(?:learned|learnt|found|noticed|seen) (?:that|over the years)\b`,
    String.raw`\b${learnedFrame}\b`,
    // A saying of the trade: "in the SRE world we always say that…" (not narration's "so we say, fine").
    String.raw`\b(?:we|people|folks) (?:(?:always|often|usually) say|like to say)\b`,
  ].join('|'),
  'i',
);
/** Quantifiers and habitual adverbs that turn a present-tense sentence into a claim about how things are. */
const general = new RegExp(
  [
    String.raw`\b(?:always|never|usually|typically|generally|often|rarely|seldom|tends? to|invariably|inevitably|by definition|in general)\b`,
    String.raw`\b(?:most|every|any|all|no) (?:people|person|teams?|companies|company|managers?|engineers?|customers?|organi[sz]ations?|businesses|business|startups?|projects?|time|one|body)\b`,
    String.raw`\b(?:nobody|no one|everyone|everybody|anyone who|whoever|people)\b`,
    String.raw`\bin (?:this|our|any|that) (?:business|industry|field|job|world|line of work|role|trade|game)\b`,
    String.raw`\b(?:a|one) (?:third|quarter|half|fifth)\b|\bhalf (?:of|the)\b|\b\d+ ?(?:%|percent)\b`,
    String.raw`\bthe (?:best|worst|good|great|bad) \w+s? (?:are|is|do|don't|know|have)\b`,
    String.raw`\bis everything\b|\bmatters? more than\b|\bis (?:more|less) (?:important|expensive|valuable)\b|\b(?:twice|three times|ten times) as\b`,
  ].join('|'),
  'i',
);

/**
 * How strongly one sentence states how a domain works: explicit framing ("here's the thing about …"),
 * generalising present-tense claims ("finance never funds …", "most teams …"), or, weakly, any
 * present-tense statement that is neither a question, an instruction nor about the speaker alone.
 */
export function insightStrength(sentence: string): number {
  const text = detokenise(sentence);
  if (isQuestion(text) || isRequestOrCourtesy(text)) return 0;
  const doc = nlp(text);
  const framed = frame.test(text);
  if (framed) return 0.85;
  // An instruction with "always"/"never" in it is advice, not a claim about the world.
  if (opensWithImperative(doc)) return 0;
  const t = tense(text, doc);
  if (!t.present) return 0;
  let s = general.test(text) ? 0.6 : 0.25;
  // "What I remember is that we had…": mostly narration with a present-tense frame.
  if (t.past) s /= 2;
  // "I think", "I'm tired": about the speaker, not the world.
  if (/^(?:(?:and|but|so|well|yeah|i mean),?\s+)*i(?:'m| am| was| feel| want)\b/i.test(text)) s -= 0.2;
  if (text.split(/\s+/).length < 5) s -= 0.15;
  return Math.max(0, Math.min(1, s));
}
