import { nlp } from '../../text/nlp.ts';
import { countWords } from '../../text/index.ts';
import type { Turn } from '../transcript.ts';
import { opensWithImperative } from './advice-features.ts';
import { cohesion, contentStems } from './cohesion.ts';
import { partsOf, type Passage } from './passages.ts';
import { notKnowledge } from './smalltalk.ts';

/**
 * A paragraph that says it makes a new point: "One more thing…", "The bigger thing there is…", "Also, …",
 * "Another reason…", or "And" with a second instruction ("And run a drill twice a year…"). "Another
 * example" is not one: an example illustrates the point before it.
 */
const NEW_POINT =
  /^(?:(?:oh|right|okay|ok)[,.!]?\s+)?(?:(?:and|so|but|well)[,\s]+)?(?:(?:one (?:more|other) (?:thing|point|story|lesson)|another (?:thing|point|story|reason|way|lesson)|the other (?:thing|big thing|piece|story)|the (?:bigger|biggest|next|second|third|last|other|real) (?:thing|point|piece|lesson|problem)|on top of that)\b|(?:also|secondly|second|third|finally|besides),)/iu;

/** A paragraph that opens by framing a claim: "I think the thing that can be dangerous is…", "When we talk about X…". */
const FRAMES_A_CLAIM =
  /^(?:(?:and|so|but|well|yeah)[,\s]+)*(?:i(?: think| guess| would say|['’]d say)[,\s]+)?(?:the (?:thing|problem|trick|key|danger|risk|lesson|mistake) (?:that|about|with|is|people)|here['’]s the thing|when (?:we|i|you|people) talk (?:to \w+ )?about)\b/iu;

/**
 * A paragraph that opens a story: "When I was experimenting with…", "I remember…", "Years ago…", or the
 * story behind advice just given: "I learned that from the spice business", "Let me tell you about…", "I'll
 * tell you why I'm so funny about that book", "Have you heard about the Brannigan wedding?".
 */
const OPENS_A_STORY =
  /^(?:(?:and|so|but|yeah|well|oh)[,\s]+)*(?:when i (?:was|first|started|joined)|i remember|back (?:when|in)|there was (?:a|this|one) time|(?:a few |many )?years ago|at my (?:last|first|old|previous) (?:job|company|place)|i (?:learned|learnt) (?:that|this|it|all that) (?:from|at|when|on|the hard way)|(?:let me|i['’]ll) tell you (?:about|a story|why|how|what happened)|have you (?:ever )?heard (?:about|of) the)\b/iu;

/**
 * A paragraph that names its subject before it starts: "Right. Suppliers. You'll want this one.", "Okay,
 * rotas.", "Now. The fire alarm.", "Anyway, …", "Which brings me to the school." The named word is not
 * another acknowledgement ("Right. Exactly.") or a call to listen ("Now, look.").
 */
const ANNOUNCES_A_TOPIC =
  /^(?:(?:(?:right|okay|ok|alright|all right|now|so)[,.!]+\s+)+(?:the |your |our )?(?!(?:yeah|yes|yep|no|right|so|well|okay|ok|anyway|look|listen|exactly|sure|good|great|fine|sorry|absolutely|totally|true|then)\b)\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?[.:!](?:\s|$)|(?:anyway|anyhow|moving on)\b[,.!]?|which brings (?:me|us) to\b|speaking of\b|changing the subject\b|on (?:a|another) (?:different|separate|related) (?:note|subject)\b)/iu;

/** Below this the two sides share next to no vocabulary: a new subject, marked or not. */
const abrupt = 0.045;
/**
 * An abrupt drop in shared words counts only when each side has this many content words: two short
 * paragraphs of one story ("We shipped it anyway." / "The pager went off at 3am.") often share none.
 */
const abruptStems = 40;
/** A marked new point still needs the vocabulary to move on; "also" inside one argument does not split it. */
const marked = 0.25;
/**
 * A second instruction is a second piece of advice only about something else: "Read the handover log…"
 * and "And write in it properly yourself…" are one. On the dev set 0.08 kept the most drafts whole (0.25
 * as for other cues: one piece per draft 0.696; 0.08: 0.704).
 */
const instructionApart = 0.08;

/**
 * Splits a passage at a paragraph break where the mentor moves to a new point: the paragraph says so
 * (`NEW_POINT` and the like) and the words either side share little, or they share next to nothing at
 * all. Each side must keep `minWords`. It also cuts off a biography, a plug or small talk from the
 * knowledge beside it (to be dropped with its reason). Transcribers break paragraphs often (in these
 * podcasts about one break in ten starts a new piece of knowledge), so a break alone never splits.
 */
export function splitAtNewPoints(passage: Passage, minWords: number): Passage[] {
  const turns = passage.turns;
  if (turns.length < 2) return [passage];
  const stems = turns.map((t) => contentStems(t.text));
  const sizes = turns.map((t) => countWords(t.text));
  const total = sizes.reduce((a, b) => a + b, 0);
  const cuts: number[] = [];
  let last = 0;
  let since = sizes[0]!;
  let rest = total - since;
  for (let i = 1; i < turns.length; i++) {
    let cut = false;
    if (since >= minWords && rest >= minWords) {
      const similarity = cohesion(stems.slice(last, i).flat(), stems.slice(i).flat());
      const enough = contentWords(stems.slice(last, i)) >= abruptStems && contentWords(stems.slice(i)) >= abruptStems;
      const cue = opensNewPoint(turns[i]!.text);
      cut = (similarity < abrupt && enough) || (cue === 'marked' && similarity < marked) || (cue === 'instruction' && similarity < instructionApart);
    }
    // Small talk needs no length to be cut off ("Of course. Remind me on Friday."); the knowledge beside it does.
    if (!cut) {
      const [chatBefore, chatAfter] = [not(turns.slice(last, i)), not(turns.slice(i))];
      if (chatBefore !== chatAfter) cut = chatBefore ? rest >= minWords : since >= minWords;
    }
    if (cut) {
      cuts.push(i);
      last = i;
      since = 0;
    }
    since += sizes[i]!;
    rest -= sizes[i]!;
  }
  if (!cuts.length) return [passage];
  return partsOf(
    passage,
    [0, ...cuts].map((from, k) => turns.slice(from, cuts[k] ?? turns.length)),
  );
}

const contentWords = (stems: readonly string[][]) => stems.reduce((n, s) => n + s.filter(Boolean).length, 0);
const not = (turns: readonly Turn[]) => notKnowledge(turns.map((t) => t.text).join('\n\n')) !== undefined;

function opensNewPoint(text: string): 'marked' | 'instruction' | undefined {
  if (NEW_POINT.test(text) || FRAMES_A_CLAIM.test(text) || OPENS_A_STORY.test(text) || ANNOUNCES_A_TOPIC.test(text)) return 'marked';
  // "And run a drill…" after "Print the lists…": a second instruction is a second piece of advice.
  const first = /^(?:and|also)[,\s]+([^.!?]+)/iu.exec(text);
  return first !== null && opensWithImperative(nlp(first[1]!)) ? 'instruction' : undefined;
}
