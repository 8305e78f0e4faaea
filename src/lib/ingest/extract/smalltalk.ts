/**
 * Talk that is not knowledge: pleasantries, logistics, technical trouble and sponsor reads. A passage made
 * mostly of such sentences is dropped.
 */
const patterns: RegExp[] = [
  /\b(thanks|thank you) (so much )?(for (having|inviting) me|for (making|taking) (the )?time|for coming on)\b/i,
  /\b(great|good|nice|lovely) to (see|meet|be here|chat)\b/i,
  /\b(can you|could you) (hear|see) me\b/i, /\byou'?re (on )?mute\b/i, /\b(my|your) (audio|camera|connection|wifi)\b/i,
  /\b(send|email|forward|share) (me|you) (the|that|a|those)\b/i, /\bremind me\b/i,
  /\b(calendar|schedule|reschedule|book a|set up a call|same time next|follow[- ]up (call|meeting)|next session)\b/i,
  /\b(brought to you by|sponsored by|our sponsors?|promo code|use the code|sign up (today|now)|free trial|visit \S+\.(com|io|dev))\b/i,
  /\b(subscribe|leave (us )?a review|rate (us|the show)|listening to|this episode|the show notes|changelog\+\+)\b/i,
  /\b(how are you|how's it going|how have you been|have a (good|great) (weekend|day))\b/i,
];

const sentences = (text: string) => text.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];

/** The share of sentences (by words) that are small talk, logistics or sponsor reads. */
export function smallTalkShare(text: string): number {
  let total = 0;
  let small = 0;
  for (const s of sentences(text)) {
    const n = s.split(/\s+/).length;
    total += n;
    if (patterns.some((p) => p.test(s))) small += n;
  }
  return total ? small / total : 0;
}

export const isSmallTalk = (text: string): boolean => smallTalkShare(text) >= 0.4;
