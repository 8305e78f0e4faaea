import type { Turn } from '../transcript.ts';
import { countWords, median } from '../../text/index.ts';
import { inPhase, phasesOf } from './phases.ts';
import { askedFor } from './smalltalk.ts';

/** A run of the mentor's own words that may become one entry. */
export interface Passage {
  /** The mentor's turns in this passage, verbatim. */
  turns: Turn[];
  /** The mentor's words joined with blank lines between turns. */
  text: string;
  /** Seconds from the start of the recording, from the first timed turn. */
  start?: number | undefined;
  /** 1-based line of the first turn in the transcript. */
  line: number;
  /** The other speaker's last substantial turn before the passage (a question, usually); context only. */
  prompt?: string | undefined;
  /** The passage this one draws its lesson from (a story, then "so my advice is…"). */
  drawnFrom?: Passage | undefined;
  /** Said before the conversation proper began, or after it ended: small talk, however worded. */
  phase?: 'opening' | 'closing' | undefined;
}

const backchannel =
  /^(?:(?:right|really|yeah|yes|yep|yup|mm+-?hm+|uh-huh|okay|ok|sure|wow|interesting|exactly|correct|got it|i see|true|totally|absolutely|ha(?:ha)*|oh|nice|cool|huh|mhm|go on|makes sense|that makes sense)[\s,.!?]*)+$/i;

/** "Right.", "Sure, sure.", "Yep, exactly.": words that only acknowledge what the other side said. */
export const acknowledges = (text: string): boolean => backchannel.test(text.trim());

/**
 * A short reply from the other side ("right", "mm-hm", "wait, seriously?") that does not interrupt the
 * speaker. Off-the-record handling relies on it too: such a reply never ends what is off the record.
 */
export const isBackchannel = (text: string): boolean => acknowledges(text) || text.trim().split(/\s+/).length <= 2;

/** For cutting passages, a two-word question asks something ("And pricing?"); "Really?" still does not. */
const isReply = (text: string): boolean => acknowledges(text) || (isBackchannel(text) && !text.includes('?'));

/**
 * A remark of up to 25 words from the other side that asks nothing ("That's a great point, I've seen that too."): the
 * mentor carries on with the same thought, so the passage does not end there.
 */
const isAside = (text: string): boolean => countWords(text) <= asideWords && !text.includes('?') && !asksToHear.test(text);
const asideWords = 25;

/**
 * The mentor picks the thought up again after a remark that does not end by asking: "And that might also
 * be…", "Yeah. And that comes back to…", or agreeing and going on ("Right. Because your brain has…",
 * "Sure, sure. That one's got…"), or meeting an objection ("We don't have the budget." "Then you stop
 * selling late checkouts…", "Well, there you go"): the remark only echoed the thought. A remark is shorter
 * than the other side's own argument would be.
 */
const picksUp = (between: readonly string[], next: string): boolean => {
  const remark = between.join(' ').trim();
  const last = remark.match(/[^.!?]+[.!?]*["'”’)\]]*\s*$/u)?.[0] ?? remark;
  return !last.includes('?') && !asksToHear.test(last) && countWords(remark) <= remarkWords && continues.test(next);
};
const remarkWords = 150;
const continues =
  /^(?:(?:yeah|yes|yup|yep|right|exactly|totally|absolutely|sure|correct|definitely|indeed|agreed|true|i know|it is|oh,? yeah|i (?:couldn['’]t|could not) agree more|i (?:totally |completely |fully )?agree(?: with (?:you|that))?|i (?:love|feel) that|(?:that['’]s|that is) (?:so |very )?true)(?:[,.!]+\s*|\s+(?=(?:and|because|so|but)\b)))+|^and[,\s]+(?:that|this|it|those|these)\b|^then[,\s]+(?:you|your|that|that['’]s|it|they|we|i)\b|^(?:well[,\s]+)?there you go\b|^(?:that['’]s|that is) exactly\b/iu;
/**
 * Asking for something without a question mark: "Tell me about…", "I wanted to ask about the outage",
 * "curious how you…", "Give me a snapshot of your back-story", "Break that down.", "Let's dig into hiring.",
 * or moving the talk on ("Let's move on to hiring.", "Switching gears…"). The one definition for cutting
 * passages, finding who asks, and the question recorded.
 */
export const request =
  /\b(?:ask(?:ed)? (?:you )?about|tell (?:me|us)|talk (?:me |us )?(?:about|through)|walk (?:me|us) through|(?:curious|wondering) (?:about|how|what|why|if|whether)|give (?:me|us) (?:a |an |the |some |your )?(?:snapshot|sense|picture|overview|rundown|idea|example|story|background|take)|let['’]s (?:talk|dig|dive|get) (?:about|in ?to|into)|break (?:that|it|this) down|(?:explain|describe) (?:to (?:me|us) )?(?:how|what|why|the|your|that|this)|go (?:in ?to|into) (?:the )?details?|let['’]s (?:move|turn|switch) (?:on )?to|moving on to|switch(?:ing)? gears|(?:next|new) (?:topic|question))\b/iu;
/** A remark that ends by asking: a request, or "Curious.", "…what you think.", "Your take?" without the mark. */
const asksToHear = new RegExp(String.raw`${request.source}|\b(?:curious|wondering|what you think|your (?:take|view|thoughts))\b`, 'iu');

/** Whether the mentor carries on the same thought after what the other side said in between. */
const carriesOn = (between: readonly string[]): boolean => between.every(isReply) || isAside(between.filter((t) => !isReply(t)).join(' '));

export interface PassageOptions {
  /** Turns longer than this many words are split at sentence boundaries. */
  maxWords: number;
  /** Passages shorter than this are dropped as too slight to stand alone. */
  minWords: number;
}

export const defaultPassageOptions: PassageOptions = { maxWords: 700, minWords: 25 };

/** A short closing courtesy: "Any time.", "You're welcome!", "Thanks for having me." */
const isSignOff = (text: string): boolean =>
  countWords(text) <= 6 &&
  /^(?:(?:oh|well|yeah|sure|no),?\s+)*(?:any ?time|you['’]re (?:very )?welcome|my pleasure|(?:it was )?a pleasure|no problem|no worries|of course|thanks?(?: you)?(?: (?:so much|for having me))?|cheers|take care|bye)\b[\s\S]*$/iu.test(
    text.trim(),
  );

/** A turn that asks something: a question mark outside quoted speech, or a `request` ("tell me about…"). */
const asks = (text: string) => /\?/u.test(text.replace(/"[^"]*"|“[^”]*”/gu, '')) || request.test(text);

/**
 * The other speakers who answer rather than ask (a panel's other guests): fewer than one turn in five of
 * theirs asks anything. Hosts ask often, and so does a co-host chatting with the host.
 */
function panelists(turns: readonly Turn[], isMentor: (t: Turn) => boolean): Set<string> {
  const count = new Map<string, { turns: number; asking: number }>();
  for (const t of turns) {
    if (isMentor(t) || t.speaker === undefined) continue;
    const c = count.get(t.speaker) ?? { turns: 0, asking: 0 };
    c.turns++;
    if (asks(t.text)) c.asking++;
    count.set(t.speaker, c);
  }
  return new Set([...count].filter(([, c]) => c.turns >= 3 && c.asking < 0.2 * c.turns).map(([speaker]) => speaker));
}

/** A panelist's turn this long is an answer, whatever question it ends on. */
const panelAnswerWords = 40;

/**
 * On a panel the host asks, another guest answers, then the mentor: the question is the turn that asked,
 * not the other guest's answer. Undefined when the turn before the mentor's is the question anyway, or when
 * what came after the question is not a panelist's answer.
 */
function askedOf(between: readonly Turn[], panelist: ReadonlySet<string>): string | undefined {
  const isPanelist = (t: Turn) => t.speaker !== undefined && panelist.has(t.speaker);
  // "Happening?", "[a colleague]?": a word or two asks the mentor to go on, not something new. A
  // panelist's answer that ends "And who has time for that?" asks nothing; their short question does.
  const k = between.findLastIndex((t) => asks(t.text) && !isReply(t.text) && !(isPanelist(t) && countWords(t.text) >= panelAnswerWords));
  if (k < 0 || k === between.findLastIndex((t) => !isReply(t.text))) return undefined;
  const answers = between.slice(k + 1).filter((t) => !isReply(t.text));
  return answers.length && answers.every(isPanelist) ? between[k]!.text : undefined;
}

/**
 * Groups the mentor's turns into runs, merging across interjections from the other side, then splits runs
 * into passages of at most `maxWords` at turn or sentence boundaries. Which passages survive, and as what
 * kind, is decided later.
 */
export function findPassages(turns: readonly Turn[], isMentor: (t: Turn) => boolean, options = defaultPassageOptions): Passage[] {
  const runs: Run[] = [];
  let current: Turn[] = [];
  let prompt: string | undefined;
  let followUp = false;
  let goesOn = false;
  // What the other side said since the mentor last spoke, judged as a whole when the mentor speaks again.
  let between: Turn[] = [];
  const panelist = panelists(turns, isMentor);
  // Formats like podcast Markdown mark the time only now and then; a passage without a mark of its own
  // starts at or after the last one seen.
  let lastStart: number | undefined;
  let runBefore: number | undefined;
  const phases = phasesOf(turns, isMentor, request);
  let runAt = 0;
  let newThread = false;
  const close = () => {
    // "Thanks, Priya." "Any time.": a sign-off after the last thought is not part of it.
    while (current.length > 1 && isSignOff(current[current.length - 1]!.text)) current.pop();
    const words = countWords(current.map((t) => t.text).join(' '));
    const phase = inPhase(phases, runAt, words, newThread);
    if (current.length) runs.push({ turns: current, prompt, before: runBefore, afterFollowUp: followUp, goesOn, phase });
    current = [];
  };
  for (const [index, turn] of turns.entries()) {
    if (!isMentor(turn)) between.push(turn);
    else {
      const said = between.map((t) => t.text);
      // The closing thanks ends the last thought, however short it is.
      const closed = runAt < phases.closed && index > phases.closed;
      // The first real question opens the conversation: it follows nothing up, however short, and after the
      // mentor's "Go on then, ask me things" the answer to it starts anew, whatever it opens with.
      const opens = index > phases.opened && index - between.length <= phases.opened;
      if (!current.length || closed || (opens && phases.invited) || !(carriesOn(said) || picksUp(said, turn.text))) {
        close();
        runAt = index;
        // After the closing thanks, "One last thing: how do you handle…?" starts knowledge again.
        newThread = said.some((t) => opensThread.test(t) || request.test(t) || nextTopic.test(t.trim()));
        runBefore = lastStart;
        const short = runs.length > 0 && isFollowUp(said);
        // "But why didn't the system flag it?" "Because…": the answer explains what was just told, it is no new piece.
        goesOn = runs.length > 0 && said.length > 0 && (asksToGoOn(said) || (short && explains.test(turn.text)));
        followUp = goesOn || (short && !opens);
        // "Happening?" after the real question only asks the mentor to go on: the question is the one before it.
        const last = between.findLast((t) => !isReply(t.text) && countWords(t.text) > 2) ?? between.findLast((t) => !isReply(t.text));
        prompt = askedOf(between, panelist) ?? (last ? withAsk(between, last) : prompt);
      }
      between = [];
      current.push(turn);
    }
    if (turn.start !== undefined) lastStart = turn.start;
  }
  close();

  // A chunk that starts where the mentor started to answer keeps the question, joined run or long turn or not.
  const at = (t: Turn) => `${t.line}+${t.offset ?? 0}`;
  const asked = new Map(runs.map((r) => [at(r.turns[0]!), r.prompt]));
  const passages: Passage[] = [];
  for (const run of joinFollowUps(runs, options.minWords)) {
    let before = run.before;
    for (const chunk of chunkTurns(run.turns, options.maxWords)) {
      const text = chunk.map((t) => t.text).join('\n\n');
      const start = chunk.find((t) => t.start !== undefined)?.start ?? before;
      before = chunk.findLast((t) => t.start !== undefined)?.start ?? start;
      if (countWords(text) < options.minWords) continue;
      passages.push({
        turns: chunk,
        text,
        start,
        line: chunk[0]!.line,
        prompt: asked.get(at(chunk[0]!)),
        ...(run.phase ? { phase: run.phase } : {}),
      });
    }
  }
  return passages;
}

interface Run {
  turns: Turn[];
  prompt?: string | undefined;
  before?: number | undefined;
  /** The other side's words before this run were only a short follow-up question ("A year later?"). */
  afterFollowUp: boolean;
  /** That follow-up asked the mentor to go on ("And then what?"): what follows is the same story's rest. */
  goesOn: boolean;
  phase?: 'opening' | 'closing' | undefined;
}

/**
 * The turn that asked, with the same speaker's cues before it when it asks nothing itself: captions cut one
 * turn into cues, and in "Can I ask, how did you get into this?" / "Karen said you've been doing it
 * forever." the question is in the first.
 */
function withAsk(between: readonly Turn[], turn: Turn): string {
  let text = turn.text;
  for (let i = between.indexOf(turn) - 1; i >= 0 && !asks(text); i--) {
    const t = between[i]!;
    if (t.speaker === undefined || t.speaker !== turn.speaker) break;
    text = `${t.text} ${text}`;
  }
  return asks(text) ? text : turn.text;
}

/** A short question and nothing more ("What about the bootstrappers?"): it follows the thought up, it does not open a new one. */
const isFollowUp = (between: readonly string[]): boolean => {
  const text = between.join(' ').trim();
  return between.length > 0 && text.includes('?') && countWords(text) <= followUpWords && !opensThread.test(text) && !nextTopic.test(text) && !askedFor(text);
};
/**
 * "And then what?", "So what did you do?", "What happened next?", "How did that go?": the other side asks
 * the mentor to go on with what they were telling, after an exclamation or a remark or not.
 */
const asksToGoOn = (between: readonly string[]): boolean => {
  const last = between
    .filter((t) => !acknowledges(t))
    .join(' ')
    .trim();
  const question = last.match(/[^.!?]+[.!?]*\s*$/u)?.[0]?.trim() ?? last;
  return countWords(last) <= followUpWords && (goOn.test(question) || (countWords(question) <= ellipticalWords && elliptical.test(question)));
};
/** An answer that opens by giving the reason asked for: "Because…", "Well, because…". */
const explains = /^(?:(?:well|oh|yeah|so|no|honestly)[,.]?\s+)*(?:because|cause|'cause)\b/iu;
const goOn =
  /^(?:(?:and|so|okay|ok|wow|oh|right|really|yeah|well|then)[,\s]+)*(?:then what(?: happened)?|what happened(?: next| then| after(?:wards)?)?|what did (?:you|they|he|she|we|the team) do(?: (?:next|then|about it|after that))?|what (?:happened|did you do) when\b[^?]*|how did (?:that|it|they|you|he|she) (?:go|end|end up|turn out|work out|land|react|take it)|did (?:it|that) work|what was the (?:outcome|result|fallout)|go on|and then|how so|meaning\??|such as|like what)\s*\??$/iu;
/**
 * A question of a word or three that only asks about what was just said: "Going where?", "Why?", "Which
 * one?", "Since when?". It has nothing of its own to open a thread with ("What about hiring?" does).
 */
const elliptical =
  /^(?:(?:and|so|but|sorry|wait|hang on)[,\s]+)?(?:[\p{L}'’-]+\s+)?(?:where|why|who|whom|which(?:\s+(?:one|ones|team|bit|part))?|when|how come|how so|meaning|because|since when|for what)\s*\?$/iu;
const ellipticalWords = 3;
const followUpWords = 30;
/** A question that asks for something new however short it is: advice, a lesson, a view, what surprised or changed. */
const opensThread =
  /\bhave you (?:ever )?(?:been|had|seen|done|tried|worked|found)\b|\b(?:your|you in your) (?:career|experience)\b|\btell (?:me|us)\b|\b(?:examples?|stor(?:y|ies))\b|\b(?:what|how) (?:would|do|should|did|could|can|might) (?:you|i|we|someone|people|they|a \w+) (?:(?:actually|really|even|then|just) )?(?:tell|say|advise|recommend|suggest|do|handle|approach|learn|think|feel|get (?:round|around|past|over)|deal with|cope|manage|fix|avoid|stop)\b|\bis there (?:anything|something|a (?:thing|way|process)|any (?:way|process))\b|\b(?:advice|lessons?|tips?|takeaways?|surpris\w*|chang\w*|learn\w*|thoughts?|opinion|biggest|hardest|most)\b/iu;
/**
 * "And pricing?", "And the agency staff, how do you get them up to speed?": the next topic on the asker's
 * list, named first.
 */
const nextTopic =
  /^(?:and|so|now|then)[,\s]+(?:\S+\s*){1,3}\?$|(?:^|[.!?]\s+)(?:and|now|what about|how about)\s+(?:the |your |our |those |these )?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+(?:how|what|why|who|when|where|which|do|does|did|is|are|can|could|should|would)\b[^.!?]*\?/iu;

/**
 * Joins a run to the one before it across a follow-up question when either is too slight to stand alone,
 * or both together still run to no more than a few usual answers: an answer of two sentences to "What size
 * were the companies?" belongs to the thought it qualifies, and so does the ending told after "And then?". What
 * counts as slight is relative to how this conversation talks (a podcast guest's answers run to hundreds of
 * words, a mentor's in a one-to-one to a few dozen).
 */
function joinFollowUps(runs: readonly Run[], minWords: number): Run[] {
  const sizes = runs.map((r) => countWords(r.turns.map((t) => t.text).join(' ')));
  // Measured on the answers that could become drafts: "Yeah." and "Sure, go on." say nothing of how long they run.
  const answers = sizes.filter((n) => n >= minWords);
  const med = median(answers);
  const capped = answers.length >= capAnswers;
  const slight = Math.max(minWords, slightShare * med);
  const out: Run[] = [];
  let lastSize = 0;
  runs.forEach((run, i) => {
    const previous = out[out.length - 1];
    // A "Yeah, it was." before the follow-up is no thought to join: the follow-up is the question answered.
    if (
      previous &&
      run.afterFollowUp &&
      lastSize >= minWords &&
      (run.goesOn || (capped && lastSize + sizes[i]! <= joinCap * med) || sizes[i]! < slight || lastSize < slight)
    ) {
      previous.turns = [...previous.turns, ...run.turns];
      lastSize += sizes[i]!;
      return;
    }
    out.push({ ...run, turns: [...run.turns] });
    lastSize = sizes[i]!;
  });
  return out;
}
const slightShare = 0.5;
/**
 * A follow-up is also joined when the thought and its answer together run no longer than this many of the
 * conversation's usual answers: "How did that go?" after a story asks for its ending, not for a new piece.
 */
const joinCap = 4;
/** A median of fewer answers says nothing of how a conversation talks: in a talk of three answers any two pass the cap. */
const capAnswers = 6;

/**
 * A passage cut into parts, each a passage of its own: its time is the first time among its turns, or the
 * last one before it; only the first part keeps the question.
 */
export function partsOf(passage: Passage, groups: readonly Turn[][]): Passage[] {
  let before = passage.start;
  return groups.map((turns, i) => {
    const start = turns.find((t) => t.start !== undefined)?.start ?? before;
    before = turns.findLast((t) => t.start !== undefined)?.start ?? start;
    return {
      turns,
      text: turns.map((t) => t.text).join('\n\n'),
      start,
      line: turns[0]!.line,
      prompt: i === 0 ? passage.prompt : undefined,
      ...(passage.phase ? { phase: passage.phase } : {}),
    };
  });
}

/** Splits a run into chunks of whole turns; a single turn over the limit is split at sentence ends. */
function chunkTurns(turns: readonly Turn[], maxWords: number): Turn[][] {
  const pieces = turns.flatMap((t) => (countWords(t.text) > maxWords ? splitTurn(t, maxWords) : [t]));
  const chunks: Turn[][] = [];
  let chunk: Turn[] = [];
  let size = 0;
  for (const piece of pieces) {
    const n = countWords(piece.text);
    if (chunk.length && size + n > maxWords) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(piece);
    size += n;
  }
  // A tail of a few sentences is the end of the last thought, not a thought of its own: it stays with it.
  if (chunk.length && chunks.length && size < tailShare * maxWords) chunks[chunks.length - 1]!.push(...chunk);
  else if (chunk.length) chunks.push(chunk);
  return chunks;
}
const tailShare = 0.2;

/** Splits one long turn into roughly equal parts at sentence ends; each part keeps the turn's time and line. */
function splitTurn(turn: Turn, maxWords: number): Turn[] {
  const sentences = turn.text.match(/[^.!?]+(?:[.!?]+["”’)\]]*|$)\s*/g) ?? [turn.text];
  const total = countWords(turn.text);
  const parts = Math.ceil(total / maxWords);
  const target = total / parts;
  const out: Turn[] = [];
  let buffer = '';
  let before = turn.offset ?? 0;
  for (const s of sentences) {
    buffer += s;
    if (countWords(buffer) >= target && out.length < parts - 1) {
      out.push({ ...turn, text: buffer.trim(), offset: before });
      before += countWords(buffer);
      buffer = '';
    }
  }
  if (buffer.trim()) out.push({ ...turn, text: buffer.trim(), offset: before });
  // Later parts keep the turn's start: the nearest time the transcript gives at or before their words.
  return out;
}
