/**
 * Passages a speaker marked as not for the record ("off the record", "don't put this in the wiki",
 * "between you and me", "strictly confidential"). They are removed from the transcript before anything is
 * extracted, so no draft, quote, summary, title or log can carry them; only their number is reported.
 */
import { isBackchannel } from '../extract/passages.ts';
import type { Turn } from '../transcript.ts';
import { sentences } from './sentences.ts';
import { countWords } from '../../text/index.ts';

/** Marks that what follows is not for the record. */
const OFF = new RegExp(
  [
    String.raw`\boff[-\s]the[-\s]record\b`,
    String.raw`\bnot for (?:the )?(?:record|wiki|publication|the notes|the write-?up|the recording)\b`,
    String.raw`\b(?:don['’]?t|do not|please don['’]?t|never|shouldn['’]?t|can['’]?t) (?:put|include|write|post|publish|record) (?:this|that|it|any of this|this part|that part)(?: (?:one|bit|part))? (?:down|anywhere|(?:in|on|into) (?:the |your )?(?:wiki|notes?|write-?up|record|transcript|recording|blog|knowledge base|podcast|show))\b`,
    String.raw`\b(?:don['’]?t|do not|please don['’]?t) (?:publish|quote) (?:this|that|it|me)\b`,
    String.raw`\bdon['’]?t quote me\b`,
    String.raw`\bbetween (?:you and me|you and i|the two of us|ourselves|us)\b(?!\s+and\b)`,
    String.raw`\bstrictly (?:confidential|between)\b`,
    String.raw`\b(?:this|that|it)(?:['’]s| is| was) (?:confidential|private|not public)\b`,
    String.raw`^[\s"“]*(?:and |but |so |well, |now, )?confidentially\b`,
    String.raw`\bkeep (?:this|that|it)(?: bit| part| one)? (?:out of|off) (?:the |your )?(?:notes?|wiki|write-?up|record|transcript|recording|minutes|knowledge base)\b`,
    // "Please don't write this bit up, but…"; not advice on how to write ("don't write it up as blame").
    String.raw`\b(?:don['’]?t|do not|please don['’]?t|never) write (?:this|that)(?: bit| part| one)? up(?=\s*(?:[,.;:!?]|but\b|$))`,
    // The recording paused: "Can you stop recording for a second?", "let's pause the recording"; not "we
    // never stop recording the checks".
    String.raw`\b(?:can|could) (?:you|we) (?:stop|pause|turn off|switch off) (?:the )?record(?:ing|er)\b|\blet['’]s (?:stop|pause) (?:the )?recording\b|\b(?:stop|pause) (?:the recording|recording for a (?:second|sec|minute|moment|bit))\b|\b(?:turn|switch) (?:it|that|the (?:recorder|recording|mic)) off for a (?:second|sec|minute|moment|bit)\b`,
    String.raw`\b(?:stays?|stay|keep (?:this|that|it)) (?:in|inside) (?:this|the) room\b`,
    String.raw`\bkeep (?:this|that|it) between us\b`,
    String.raw`\bfor your ears only\b`,
    String.raw`\bforget (?:i|that i) said (?:that|this)\b`,
  ].join('|'),
  'iu',
);

/** Marks that the record is open again. */
const ON =
  /\b(?:back on the record|on the record again|(?:we['’]re|we are|let['’]s go|ok(?:ay)?,?|right,?|so,?) (?:back )?on the record|(?:start|restart|resume|turn on|switch on) (?:the )?record(?:ing|er)(?: again| back on)?|(?:you can|we can|let['’]s) (?:start|record|go) again|recording again)\b/iu;

/** The mark looks back at what was just said ("…but that's off the record", "forget I said that"). */
const BACKWARD = new RegExp(
  [
    String.raw`\b(?:that|it|all (?:of )?that|this was)(?:['’]s|\s+(?:is|was|stays?|has to stay|should stay|needs to stay|remains?|must stay|goes|part|bit|one))?\s+(?:\w+\s+){0,3}?(?:off[-\s]the[-\s]record|between (?:us|you and me|ourselves|the two of us)|confidential|in (?:this|the) room|not for)`,
    String.raw`\bkeep (?:that|it|this) between`,
    String.raw`\bforget (?:i|that i) said`,
    String.raw`\b(?:don['’]?t|do not) (?:put|include|quote|publish|write|record) (?:that|it)\b`,
  ].join('|'),
  'iu',
);

export interface OffRecord {
  /** The transcript's turns without what was said off the record; emptied turns are dropped. */
  turns: Turn[];
  /** How many off-the-record passages were left out. */
  passages: number;
  /** How many words they held. */
  words: number;
}

/** Where the last match of `re` starts in `text`, or -1. */
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) at = m.index;
  return at;
}

/** "Sure.", "Of course, go ahead.": the other side agreeing to hear it, which brings no words of its own. */
const isAcknowledgement = (text: string): boolean =>
  isBackchannel(text) ||
  (countWords(text) <= 8 &&
    /^(?:(?:sure|of course|go ahead|yes|yeah|please|okay|ok|absolutely|by all means|no problem|understood|got it|i won['’]?t|of course i won['’]?t|that['’]?s fine|fine)\b[\s,.!]*)+(?:tell me|go on|i['’]?m listening|shoot)?[.!]?$/iu.test(
      text.trim(),
    ));

/**
 * Removes every passage said off the record. A passage starts at the sentence that marks it and runs to
 * "back on the record" or the end of the speaker's turn (across caption cues and the other side's
 * "mm-hm"s); a mark that looks back ("that's between us") also takes what the speaker said before it in
 * that turn. A mark with nothing after it ("Can we go off the record?") covers the next turn too.
 */
export function dropOffRecord(turns: readonly Turn[]): OffRecord {
  const out: Turn[] = [];
  let passages = 0;
  let dropped = 0;
  let off = false;
  // Whose turn is off the record: it ends when someone else takes a turn of substance.
  let holder: string | undefined;
  // A mark with nothing after it ("Can I tell you something off the record?"): the words come later,
  // after any "Sure, go ahead", from whoever speaks next with substance.
  let pending = false;
  let speaker: string | undefined;
  // Where the current speaker's turn began in `out`, for marks that look back across cues.
  let turnStart = 0;
  for (const turn of turns) {
    if (turn.speaker !== speaker) {
      speaker = turn.speaker;
      turnStart = out.length;
    }
    if (off) {
      if (pending) {
        if (!isAcknowledgement(turn.text)) {
          holder = turn.speaker;
          pending = false;
        }
      } else if (turn.speaker !== holder) {
        if (isBackchannel(turn.text)) {
          out.push(turn);
          continue;
        }
        off = false;
        holder = undefined;
      }
    }
    const kept: string[] = [];
    const all = sentences(turn.text);
    all.forEach((s, i) => {
      const onAt = lastMatch(ON, s.text);
      const offAt = lastMatch(OFF, s.text);
      // "So on the record it went fine, but off the record it did not": the later mark decides.
      if (onAt >= 0 && onAt > offAt) {
        if (off) dropped += countWords(s.text);
        off = false;
        pending = false;
        holder = undefined;
        return;
      }
      if (offAt >= 0) {
        if (!off) passages++;
        dropped += countWords(s.text);
        const rest = countWords(s.text.replace(OFF, ' '));
        if (BACKWARD.test(s.text) && !/\b(?:go|going|speak|talk|say|tell|this is)\b[^.?!]*\boff[-\s]the[-\s]record/iu.test(s.text)) {
          // A mark that looks back ("…, but that stays between us", "That's off the record, obviously")
          // takes what the speaker said before it in the same cue or paragraph: "that" may mean any of it.
          // A bare "That's off the record." takes the earlier cues of the turn too.
          dropped += kept.reduce((n, k) => n + countWords(k), 0);
          kept.length = 0;
          if (rest <= 5) {
            for (let j = turnStart; j < out.length; j++) dropped += countWords(out[j]!.text);
            out.length = turnStart;
          }
          off = false;
          pending = false;
          holder = undefined;
        } else {
          off = true;
          holder = turn.speaker;
          // "Can we go off the record?", "This is off the record:" — the words come in a later turn.
          pending = i === all.length - 1 && (s.text.endsWith('?') || rest <= 3);
        }
        return;
      }
      if (off) dropped += countWords(s.text);
      else kept.push(s.text);
    });
    if (kept.length) out.push({ ...turn, text: kept.join(' ') });
  }
  return { turns: out, passages, words: dropped };
}
