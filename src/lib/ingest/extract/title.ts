import { countWords } from '../../text/words.ts';
import { opensWithPlaceholder } from '../redact/placeholders.ts';
import { HONORIFIC, POSSESSIVE_DETERMINER } from '../redact/text.ts';
import { learnedFrame } from './kind-cues.ts';

/** A discourse marker or filler opening a sentence: "So, …", "Well …", "Honestly, …". */
const OPENER = /^(?:and|but|so|or|well|look|yeah|yep|okay|ok|oh|um+|uh+|hmm+|honestly|basically|actually|anyway|anyways|also)\b[,.!\s]+/i;

/** Openings that carry no content: "My advice, if you ever run a site like that:", "So, I think". */
const lead = [
  OPENER,
  // Words that also carry meaning go only when set off: "No, …" but not "No one else…", "Right now…", "Like most teams…".
  /^(?:no|yes|now|like|right|again|because|then|sure|totally|exactly|absolutely|definitely)[,.!]+\s*/i,
  // "Right. Because none of it lived in the system.": in speech a lone "Because" goes on from the last
  // remark; the clause after it is the claim. Not where a main clause follows ("Because we…, we…").
  /^because\s+(?=[^,;:]+$)/i,
  // "I think of it like…", "I feel for them": there the verb is the point, not a hedge.
  /^(?:i (?:really )?(?:think|guess|feel|believe|would say|['’]d say|['’]d argue)(?: that)?|i mean|you know|to be honest)(?:,\s*|\s+(?!(?:of|about|for|like)\b))/i,
  // "So what I'd say is, walk the plot yourself", "What you can do is get their work measured": the advice follows.
  /^what (?:i['’]d|i would) (?:say|suggest|recommend|tell you|tell people) is,?\s+(?:to\s+|that\s+)?/i,
  /^what you (?:can|could|should|want to|need to|have to|['’]ve got to|must) do is,?\s+(?:to\s+)?/i,
  /^(?:my|the) (?:best |one |biggest )?(?:advice|tip|lesson|recommendation)(?: would be| is)?(?:[^:]{0,60}):\s*/i,
  /^(?:my|the) (?:best |one |biggest )?(?:advice|tip|recommendation)(?: would be| is) (?:to |that )?(?=\p{Ll})/iu,
  /^(?:here's|here is) (?:the thing|what i (?:learned|do|tell people))(?: about [^:]{1,40})?[:,]\s*/i,
  /^if (?:there's|there is) one thing[^,:]*[,:]\s*/i,
  // "What I learned is that the bottleneck…": the lesson is what follows.
  new RegExp(String.raw`^${learnedFrame}(?: that)?[,:]?\s+`, 'i'),
  // Frames of speech: "First, I'd like to say, …", "I always say …", "To your point, …", "Frankly, …".
  // "I'd say no to…" and "I'd add a second shift lead" keep their verb: there it is the advice.
  /^(?:(?:first|second|also|and|so|but)(?:ly)?,?\s+)?i(?:['’]d| would)(?: like to| just| also)? (?:say(?: that)?[,:]?|add(?: that|,))\s+(?!(?:no|yes)\b)/i,
  /^i (?:always|often|usually) say(?: that)?[,:]?\s+(?!(?:no|yes)\b)/i,
  /^(?:to your point|frankly|personally|for me|in my experience|in my opinion|at the end of the day|the thing is)[,:]\s*/i,
];

/**
 * "Here's the thing nobody tells you about finance directors: they care about cash" and "The thing you've
 * got to understand about subcontract gangs is, they go where they're paid quickest": the frame goes, and
 * what it was about stays as the headline's subject ("Finance directors: they care about cash") when what
 * follows says it only with a pronoun.
 */
const aboutFrame =
  /^(?:(?:here['’]s|here is) (?:the thing|something)(?: (?:nobody|no one|people don['’]t|few people) (?:ever )?(?:tells? you|knows?|realises?|realizes?|sees?|understands?))? about (?<subject>[^:,;]{3,40}?)\s*[:,]|(?:the )?(?:one )?thing(?: (?:you['’]ve got to|you have to|you need to|to|i['’]d want you to) (?:understand|know|remember|see))? about (?<subject2>[^:,;]{3,40}?) is,?)\s+(?:that\s+)?(?<rest>\S.{12,})$/iu;

/** Removes openings that carry no content, as long as something substantial is left. */
export function stripLead(sentence: string): string {
  let t = sentence.replace(/\s+/g, ' ').trim();
  const framed = aboutFrame.exec(t.replace(OPENER, ''));
  const subject = framed?.groups?.subject ?? framed?.groups?.subject2;
  // Only where what follows leans on it ("they care…"); "…: finance never funds…" says its own subject.
  if (framed && subject && /^(?:they|it|he|she|you|that|this|these|those|them)\b/iu.test(framed.groups!.rest!))
    t = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}: ${framed.groups!.rest}`;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of lead) {
      const next = t.replace(re, '');
      if (next !== t && next.length > 12) {
        t = next;
        changed = true;
      }
    }
  }
  return t;
}

/**
 * A placeholder reads as the plain words in a title ("[a colleague]" → "a colleague"): brackets say "this
 * was redacted", which a headline need not say, and a title never opens with one. A title or a possessive
 * before it goes with the name it stood before: "Nurse [a colleague] tested it" and "My [a colleague] was
 * born" read "a colleague tested it", "a colleague was born".
 */
const unbracket = (s: string) =>
  s
    .replace(/\\?\[(?:…|\.\.\.)\]\s*/gu, '')
    .replace(/(?<![\p{L}])(\p{L}+)\.?\s+(?=\\?\[)/gu, (m, word: string) => (HONORIFIC.test(word.toLowerCase()) || POSSESSIVE_DETERMINER.test(word) ? '' : m))
    .replace(/\\?\[([^\]]+)\]/gu, '$1');

/**
 * "The disk controller started, um, throwing errors": a hesitation is no word of a headline or a summary,
 * nor is the little word said again after it ("or the, um, the debt queue").
 */
const unhesitate = (s: string) =>
  s.replace(/,?\s*\b(?:um+|uh+|erm+|er)\b(?:,|\.\.\.|…)?(?=\s|$)/giu, '').replace(/\b(the|a|an|to|of|in|on|at|for|and|it|is|we|i)\s+\1\b/giu, '$1');

/**
 * Speech's hesitations out of a headline: asides in brackets, "you know", "sort of" (not "a sort of"),
 * "actually", the abandoned half of a thought restarted after a dash.
 */
function tidy(sentence: string): string {
  let t = unhesitate(sentence)
    .replace(/\s*\([^)]{0,60}\)/gu, '')
    // Set off by commas they are fillers; "what you know matters" keeps its words.
    .replace(/,\s*(?:you know|i mean)\b,?|\b(?:you know|i mean),\s*/giu, ' ')
    .replace(/\s*\b(?:basically|actually|literally)\b,?/giu, '')
    .replace(/(?<!\b(?:a|the|this|that|what|some|any|every|one|same|different|which)\s)\b(?:sort|kind) of\s+/giu, '')
    .replace(/\s{2,}/gu, ' ')
    .replace(/^[,\s]+/u, '');
  // Two dashes around a few words set off an aside ("the frontal lobe - we always say the right
  // prefrontal cortex - also involves emotion"): the sentence reads on without it.
  t = t.replace(/\s+(?:--?|[—–])\s+(?:\S+\s+){0,11}?\S+\s+(?:--?|[—–])\s+(?=\p{Ll})/gu, ' ');
  // A dash restarts the thought: keep what came before it if it says something, else what came after.
  const [first, ...rest] = t.split(/\s+(?:--?|[—–])\s+|--|—/u);
  if (rest.length) {
    const before = first!.replace(/\s+(?:that|which|who|where)(?:\s+\S+){0,2}$/iu, '');
    t = countWords(before) >= 4 ? before : rest.join(', ').replace(/^[,\s]+/u, '');
  }
  return t.trim();
}

/** A title that opens a quotation it does not close ends before the quotation, and before "we were like"; one that only closes one starts after it. */
function closeQuote(t: string): string {
  if ((t.match(/["“”]/gu)?.length ?? 0) % 2 === 0) return t;
  const open = t.search(/["“][^"“”]*$/u);
  if (open < 0) {
    // Only a closing quote: the sentence began inside a quotation ("It went well.” And then, years later…").
    const after = t.slice(t.lastIndexOf('”') + 1).trim();
    return countWords(after) >= 4 ? stripLead(after) : t.replace(/”/gu, '');
  }
  const before = t
    .slice(0, open)
    .replace(/(?:,?\s+(?:and )?(?:we|i|he|she|they|you|people)(?: were| was| are| is|['’]re)? (?:like|said|say|says|go|went|asked|told \w+))?[\s,:]*$/iu, '');
  if (countWords(before) >= 4) return before;
  // "We always say "Neurons that fire together, wire together"": the saying is the title.
  const quoted = t.slice(open + 1).replace(/["“”]/gu, '');
  return countWords(quoted) >= 4 ? quoted : t;
}

/**
 * Words a title cannot end on: they need the next one ("…in a position where we say like"). Pronouns
 * and "that" can end a clause ("…what surprises you", "don't do that") and stay, "her" among them ("…to
 * see her"), and so does "is" that ends a clause of its own ("…where the stock really is", see `endsClause`).
 */
const dangling =
  /(?:,?\s+(?:a|an|the|of|to|for|and|or|but|with|from|by|which|who|where|when|because|if|like|just|really|very|is|was|were|my|your|our|their|his|its))+$/iu;

/** "…where the stock really is", "…what the problem was": a wh-clause may end on its verb. */
const endsClause = /\b(?:where|what|who|how|which|whatever|wherever|when)\s+(?:\S+\s+){1,3}(?:is|was|were)$/iu;

/** Cleans a key sentence into a short, specific title ("Print the next day's pick lists every evening"). */
export function titleFrom(sentence: string, max = 70): string {
  return titleOf(sentence, max).title;
}

/** A title; whether the sentence was `shortened` to fit, and whether it was `cut` where no clause ends. */
function titleOf(sentence: string, max = 70): { title: string; cut: boolean; shortened: boolean } {
  let t = stripLead(mainClause(stripLead(complement(closeQuote(tidy(unbracket(sentence))), max)))).replace(/[.!?;:,\s]+$/, '');
  let cut = false;
  const shortened = t.length > max;
  if (shortened) ({ text: t, cut } = shorten(t, max));
  t = closeQuote(t);
  // "…putting it off; no": a tag asking the listener to agree is no part of the headline.
  t = t.replace(/[,;]\s*(?:no|yeah|yes|right|you know|i think|i guess)$/iu, '');
  if (!endsClause.test(t)) t = t.replace(dangling, '');
  return { title: t.charAt(0).toUpperCase() + t.slice(1), cut, shortened };
}

/**
 * What the speaker came to know, without the knowing: "early in my career I remember realizing that writing
 * software was much more about people than code" → "writing software was much more about people than
 * code". Only when the sentence is too long for a title and what follows `that` is a clause of its own.
 */
function complement(t: string, max: number): string {
  if (t.length <= max) return t;
  // Only verbs that take a clause, not a thing ("I found that vendor…", "I remember that conversation…"),
  // and only adverbs between them and "I"/"we": "we never found that…" must not lose its "never".
  const m =
    /^(?<before>[^.?!]{0,80}?)\b(?:i|we)\s+(?:(?:finally|eventually|suddenly|slowly|soon|quickly|later|then|really|just|also|always|did|had|do|remember|came to|started to|began to)\s+){0,2}(?:realized|realised|realizing|realising|learned|learnt|noticed|discovered|understood|figured out|found out)\s+that\s+(?<rest>.+)$/iu.exec(
      t,
    );
  const rest = m?.groups?.rest;
  // Said under a negation or a condition, the knowing is part of the claim ("Nobody I knew realized that…").
  if (!rest || /\b(?:not|never|no|nobody|none|hardly|if|unless|before|whether)\b|n['’]t\b|\bno one\b/iu.test(m.groups?.before ?? '')) return t;
  // "I do remember that early on I realized that…": the knowing can be said twice.
  return countWords(rest) >= 5 ? complement(rest, max) : t;
}

/**
 * A title that is only half a sentence: a subordinate clause whose main clause was cut off ("Even if you're
 * at an organization", "As they get into the nuts and bolts"), or one that stops where its verb needs
 * more ("Those types of people are still"). A clause can end on "are" or "can" ("…where they are").
 */
const fragmentary = (title: string, shortened: boolean) =>
  // Only where it was cut to fit: "When in doubt ship the smaller change" is whole.
  (shortened &&
    /^(?:then\s+)?(?:(?:even |only )?if|as(?= (?:i|we|you|they|he|she|it|soon|long)\b)|when|whenever|while|because|although|though|since|unless|until|once|whether)\b/iu.test(
      title,
    )) ||
  /\b(?:are|is|was|were) (?:still|also|even|just|always|never|really)$/iu.test(title) ||
  // Stops on a modal with its verb cut off ("Whereas other people might be").
  /\b(?:might|could|would|can|will|should|must)(?: (?:be|have))?$/iu.test(title) ||
  // Cut to fit right after "is": what it is was cut off ("…so the next step is").
  (shortened && /\b(?:is|was|were)$/iu.test(title));

/**
 * Openings a headline cannot have: a preposition or subordinator left from a sentence split mid-way ("Of
 * it like the game…", "Because think about it"), "that" introducing a clause ("That there's…"), "then".
 */
const cannotOpen = /^(?:of(?! course)|than|then|which|whom|whose|whereas|because|that(?=\s+(?:there|it|we|i|you|they|he|she)\b))\b/iu;
/**
 * Talk about the conversation itself: "That leads me into the third thing", "I've never thought about that",
 * or only the frame of what is to come: "Here's the thing nobody tells you about finance directors".
 */
const aboutTheTalk =
  /\b(?:leads? (?:me|us) (?:in)?to|think about it\b|i(?:['’]ve| have) never thought about|(?:as|like) i (?:said|mentioned)|we were (?:just )?talking about|the context from which|let me (?:tell|give|say|think))\b|^(?:here['’]s|here is|i['’]ll tell you) (?:the thing|what|why|something)\b[^,:;]*$/iu;

/**
 * The best title among a passage's key sentences, best first: the first whose title reads whole, unless a
 * later one's does and the first's was cut off or says too little ("First, I'd like to say").
 */
export function bestTitle(keys: readonly string[], max = 70): string {
  const candidates = keys.slice(0, 3).map((k, i) => {
    const { title, cut, shortened } = titleOf(k, max);
    const words = countWords(title);
    // A later sentence that opens by pointing back ("That was the best hire we made") needs the first.
    const leans = i > 0 && /^(?:that|this|it|those|these)(?:['’]s\b|\s+(?:was|is|were|are|has|had|changed|made|worked)\b)/iu.test(title);
    const headless = cannotOpen.test(title) || aboutTheTalk.test(title) || opensWithPlaceholder(title);
    return { title, penalty: 0.15 * i + (cut || fragmentary(title, shortened) ? 0.5 : 0) + (words < 5 ? 0.4 : 0) + (leans || headless ? 0.4 : 0) };
  });
  return candidates.sort((a, b) => a.penalty - b.penalty)[0]?.title ?? '';
}

/**
 * "If you can move fast and increase your chances, take on the debt" → "Take on the debt": a title cut
 * at the first comma would keep only the condition. The condition stays when the whole fits.
 */
function mainClause(t: string, max = 70): string {
  if (t.length <= max) return t;
  const m =
    /^(?:if|when|whenever|once|as long as|in order to|because|since|while|although|though|after|before|unless|until|as soon as)\b[^,;:]{3,90}[,;:]\s+(.+)$/iu.exec(
      t,
    );
  // "For some of those readers, the home library visit is the only knock on the door all week": a phrase
  // of six words at most that sets the scene goes before the claim does (a longer one is the claim).
  const scene = /^(?:for|in|at|on|with|by|from|during|over|across|among)(?:\s+[^\s,;:]+){1,5},\s+(.+)$/iu.exec(t);
  const rest = m?.[1] ?? scene?.[1];
  // "When he retired we lost a week every peak, until we wrote it down": what follows the comma is no main
  // clause when it opens with a subordinator; the main clause came before it, unmarked.
  if (
    !rest ||
    countWords(rest) < 4 ||
    /^(?:until|unless|because|since|if|when|whenever|while|before|after|so that|which|who|whereas|although|though|as)\b/iu.test(rest)
  )
    return t;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Cuts at a clause boundary (`,` `;` ` and ` ` because `…) before `max`, else at a word boundary (`cut`). */
function shorten(t: string, max: number): { text: string; cut: boolean } {
  const lastBoundary = (clause: RegExp) => {
    let at = -1;
    for (let m = clause.exec(t); m; m = clause.exec(t)) if (m.index > 20 && m.index <= max) at = m.index;
    return at;
  };
  // "…for the orders, but not for the replenishment, so…": the contrast is the point, so no cut before it,
  // as long as the contrast ends at a boundary that fits; else the cut falls before it, as before any clause.
  const contrast = /,?\s+but not\b/iu.exec(t);
  // A sentence's end, closing quote and all, is a boundary too: a key sentence can run on into the next.
  // Keeping the contrast, neither a comma nor "but" before "but not" is a boundary.
  const boundary = (keepContrast: boolean) => {
    const [afterStop, afterBut] = keepContrast ? [String.raw`(?!but not\b)`, String.raw`(?! not\b)`] : ['', ''];
    return new RegExp(String.raw`[,;:]\s${afterStop}|(?<=[.!?]["”’)]*)\s|\s(?:and|but${afterBut}|because|so that|which|when|while|where)\s|\s[—–-]\s`, 'g');
  };
  const past = lastBoundary(boundary(true));
  const cut = contrast && past > contrast.index ? past : lastBoundary(boundary(false));
  if (cut > 0) return { text: t.slice(0, cut).trim(), cut: false };
  const space = t.lastIndexOf(' ', max);
  // Never end on a word that needs the next one ("…at about two in the").
  const text = t
    .slice(0, space > 20 ? space : max)
    .trim()
    .replace(
      /(?:\s+(?:a|an|the|in|on|at|of|to|for|and|or|but|with|about|from|by|as|that|which|who|is|was|were|be|so|then|because|if|my|your|our|their|his|its))+$/i,
      '',
    )
    .replace(/,?\s+but not$/iu, '')
    .replace(/[,;:]+$/u, '');
  return { text, cut: true };
}

/** The search excerpt: one sentence, the key sentence without its filler opening, shortened to fit. */
export function summaryFrom(sentence: string, max = 280): string {
  // A caption cue may end on the comma its sentence goes on after: "…in ninety-three," is no sentence's end.
  let s = stripLead(unhesitate(sentence)).replace(/[,;:\s]+$/u, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (s.length > max) s = `${s.slice(0, s.lastIndexOf(' ', max - 1)).replace(/[,;:\s]+$/, '')}…`;
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

/**
 * The summary for a title: from the best key sentence that says more than the title does (three words
 * or more it lacks; another sentence than the title's own must have eight words), so the search excerpt
 * is never the headline again. Falls back to the first.
 */
export function summaryBeside(title: string, keys: readonly string[]): string {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const inTitle = new Set(words(title));
  // Another sentence stands in only if it says something on its own: "They fund a number." does not.
  const more = keys.find((k, i) => words(summaryFrom(k)).filter((w) => !inTitle.has(w)).length >= 3 && (i === 0 || words(k).length >= 8));
  return summaryFrom(more ?? keys[0]!);
}
