/**
 * Talk that is not knowledge, by why: pleasantries, on-air logistics, sponsor reads, plugs for the
 * speaker's own work, and biographies. A passage made mostly of one kind of it is dropped, and the reason
 * is reported (`--dry-run --json` shows it beside the passage).
 */
export type NotKnowledge = 'small-talk' | 'logistics' | 'sponsor' | 'plug' | 'biography';

const patterns: Record<NotKnowledge, RegExp[]> = {
  'small-talk': [
    /\b(thanks|thank you) (so much )?(for (having|inviting) me|for (making|taking) (the )?time|for coming on)\b/i,
    /\b(great|good|nice|lovely) to (see|meet|be here|chat|have you)\b/i,
    /\b(how are you|how's it going|how have you been|have a (good|great) (weekend|day))\b/i,
    /\b(i'?m (so )?(excited|happy|glad|thrilled) to be here|it'?s (a pleasure|an honou?r) to be)\b/i,
  ],
  logistics: [
    /\b(can you|could you) (hear|see) me\b/i,
    /\byou'?re (on )?mute\b/i,
    /\b(my|your) (audio|camera|connection|wifi|mic)\b/i,
    /\b(send|email|forward|share) (me|you) (the|that|a|those)\b/i,
    /\bremind me\b/i,
    /\b(calendar|schedule|reschedule|book a|set up a call|same time next|follow[- ]up (call|meeting)|next session)\b/i,
    /\b(we'?re (almost )?out of time|before we (wrap|go|finish)|let'?s take a (quick )?break|after the break)\b/i,
    // Handing over contacts and files: "before I forget, I'll send you the spreadsheet", "his e-mail's…".
    /\bbefore i forget\b/i,
    /\bi['’]ll (send|e-?mail|forward|dig out|put|share|pass)\b[^.?!]*\b(spreadsheet|list|contacts?|details|numbers?|file|link|notes|slides|deck)\b/i,
    /\b(his|her|their|my|your) (e-?mail(?: address)?|mobile(?: number)?|phone number|extension)(['’]s| is)\b/i,
    /\b(put|save) [^.?!]{0,30}\b(mobile|number|details) in(to)? your phone\b/i,
  ],
  sponsor: [
    /\b(brought to you by|sponsored by|our sponsors?|promo code|use the code|sign up (today|now)|free trial|visit \S+\.(com|io|dev))\b/i,
    /\b(subscribe|leave (us )?a review|rate (us|the show)|this episode|the show notes|changelog\+\+)\b/i,
  ],
  plug: [
    /\b(my|our) (new |latest |upcoming )?(book|newsletter|course|podcast|blog|website|youtube channel|workshop|talk at)\b/i,
    /\b(check out|sign up for|buy|pre-?order|download) (my|our)\b/i,
    /\b(you can )?(find|follow|reach) me (on|at)\b/i,
    /\bi'?m @\w+/i,
    /\b(we'?re|we are) hiring\b/i,
    /\bcome (and )?work (with|for) us\b/i,
    /\b(our|we hit|we'?re at) (\$?\d[\d.,]*\s?(k|m|million|billion)?\s)?(in )?(revenue|arr|mrr|run rate)\b/i,
    /\bwe (just )?raised (a |our )?(\$|series|seed)/i,
  ],
  biography: [
    /\bi (grew up|was born|was raised) (in|on|near)\b/i,
    /\bi (graduated|studied \w+ at|went to (college|university|school) (in|at))\b/i,
    /\bmy first (job|role|position) was\b/i,
    /\bbefore that,? i (was|worked)\b/i,
    /\bi (joined|left|started at) [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)* (in|back in) (19|20)\d\d\b/,
    /\bi (spent|worked) (\w+ )?(years|months) (at|in|as)\b/i,
  ],
};

/** A text's sentences, roughly: enough to judge talk sentence by sentence. */
export const sentences = (text: string): string[] =>
  text
    .match(/[^.!?]+[.!?]*/g)
    ?.map((s) => s.trim())
    .filter(Boolean) ?? [];

/** The share of sentences (by words) that are each kind of talk that is not knowledge. */
export function notKnowledgeShares(text: string): Record<NotKnowledge, number> {
  const shares: Record<NotKnowledge, number> = { 'small-talk': 0, logistics: 0, sponsor: 0, plug: 0, biography: 0 };
  let total = 0;
  for (const s of sentences(text)) {
    const n = s.split(/\s+/).length;
    total += n;
    for (const [why, list] of Object.entries(patterns) as [NotKnowledge, RegExp[]][]) if (list.some((p) => p.test(s))) shares[why] += n;
  }
  if (total) for (const k of Object.keys(shares) as NotKnowledge[]) shares[k] /= total;
  return shares;
}

/**
 * Why a passage is not knowledge, or undefined when it is: the kind that covers most of it, when that
 * kind covers at least 40% of its words (a biography 50%: a career story is often knowledge).
 */
export function notKnowledge(text: string): NotKnowledge | undefined {
  const shares = notKnowledgeShares(text);
  const [why, share] = (Object.entries(shares) as [NotKnowledge, number][]).sort((a, b) => b[1] - a[1])[0]!;
  const all = Object.values(shares).reduce((a, b) => a + b, 0);
  if (share >= (why === 'biography' ? 0.5 : 0.4)) return why;
  // Mixed: pleasantries, then logistics, then a plug.
  return all >= 0.6 ? why : undefined;
}

export const isSmallTalk = (text: string): boolean => notKnowledge(text) !== undefined;

/**
 * Questions whose answer is a plug whatever words it uses: the closing "What's coming up for you and the
 * company?", "Where can people find you?", "You have a newsletter people can subscribe to…".
 */
const plugQuestions = [
  /\bwhat['’]?s (?:coming up|coming next|next|on the horizon|over the horizon|ahead) for (?:you|your)\b/iu,
  /\b(?:where|how) (?:can|should|do|could) (?:people|listeners|folks|we|they|our listeners) (?:find|follow|reach|keep up with|get in touch with|learn more about) you\b/iu,
  /\banything (?:else )?(?:you want|you['’]d like|you would like) to (?:plug|promote)\b/iu,
  /\byou (?:have|run|write|host) (?:a|an|the) (?:newsletter|book|podcast|course|blog)\b[^.?!]*\b(?:subscribe|sign up|keep up|buy|find|follow)\b/iu,
];

/** Why the answer to this question is not knowledge (it invites a plug), or undefined. */
export const askedForPlug = (question: string | undefined): NotKnowledge | undefined =>
  question && plugQuestions.some((q) => q.test(question)) ? 'plug' : undefined;

/**
 * Questions about the mentor's own path: "How did you end up in procurement?", "How long have you been
 * doing this?", "Tell us a little bit about yourself", "Do you want to tell us how you got here?", "Were
 * you always going to do hotels?". The
 * answer is a biography; a lesson drawn from it is split off before this is asked, and kept.
 */
const backgroundQuestions = [
  /\bhow (?:did|do) you (?:end up|wind up|land|get|come) (?:in|into|at|here|to be|doing|working|started)\b/iu,
  /\bhow (?:you|did you) (?:got|get) (?:into|here|started|to where you are)\b/iu,
  /\bhow long have you been (?:doing|in|at|here|working|with|at it)\b/iu,
  /\b(?:tell|talk) (?:me|us)(?: (?:a (?:little|bit|little bit)|briefly|quickly))? about (?:yourself|your (?:background|career so far|journey|path))\b/iu,
  /\bwhat(?:['’]s| is) your (?:background|journey)\b/iu,
  /\bhow did it all (?:start|begin)\b/iu,
  /\b(?:were|was|did) you always (?:going to|gonna|want(?:ing)? to|planning to|mean(?:ing)? to|set on)\b/iu,
];

/** Asking the mentor to pass something on ("Could you send me the contacts?"): the answer is the handing over. */
const handOverQuestions = [
  /\b(?:could|can|would|will) you (?:send|e-?mail|forward|share|give|pass) (?:me|us)(?: (?:over|on))? (?:the|those|their|your|a list of|some) (?:\w+ )?(?:contacts?|details|numbers?|e-?mails?|e-?mail addresses|addresses|links?|slides|deck|list|file|spreadsheet|docs?|documents?|notes)\b/iu,
];

/**
 * Why the answer to this question, from its first words, is not knowledge: a plug, a biography, or
 * handing something over. Only the part of an answer that follows the question is judged by it.
 */
export const askedFor = (question: string | undefined): NotKnowledge | undefined => {
  if (!question) return undefined;
  return (
    askedForPlug(question) ??
    (backgroundQuestions.some((q) => q.test(question)) ? 'biography' : handOverQuestions.some((q) => q.test(question)) ? 'logistics' : undefined)
  );
};
