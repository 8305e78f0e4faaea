import { nlp, type Doc } from '../../text/nlp.ts';
import { stemmer } from 'stemmer';

/*
 * Features shared by the advice model's trainer (scripts/train-advice.ts) and its runtime
 * (advice.ts). Both must compute exactly the same features, so they live here and nowhere else.
 */

/**
 * Undo spaCy-style tokenisation ("do n't" → "don't", "home ." → "home.") and normalise typographic
 * quotes, so a sentence scores the same whether it comes from the training data or a transcript.
 * Idempotent: running it on ordinary text changes only quote characters and stray spacing.
 */
export function detokenise(text: string): string {
  return (
    text
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, ' ')
      .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
      // spaCy splits these into two tokens with no apostrophe to anchor on.
      .replace(/\b(gon|wan|got) (na|ta)\b/gi, '$1$2')
      .replace(/\b(do|does|did|ca|wo|is|are|was|were|have|has|had|should|would|could) nt\b/gi, "$1n't")
      .replace(/ ([,.!?;:%)\]])/g, '$1')
      .replace(/([([]) /g, '$1')
      .trim()
  );
}

// Reddit and caption text drop apostrophes; without this "dont" and "don't" would be different words.
const unapostrophed: Record<string, string> = {
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  im: "i'm",
  ive: "i've",
  youre: "you're",
  youve: "you've",
  youll: "you'll",
  youd: "you'd",
  u: 'you',
  ur: 'your',
};

/** Lowercased word tokens (contractions kept whole), with "?" and "!" kept as tokens of their own. */
export function tokens(text: string): string[] {
  const words =
    detokenise(text)
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)*|[?!]/g) ?? [];
  return words.map((w) => unapostrophed[w] ?? (/^\d+$/.test(w) ? '<num>' : w));
}

// Discourse openers that may come before an imperative verb ("So just call her").
const opener = String.raw`^(?:(?:and|but|so|also|just|then|maybe|perhaps|please|definitely|honestly|really|first|instead|otherwise|ok|okay|yes|no|well|now|lastly|finally|seriously|personally|always),?\s+)*`;

/** Hand-written cues for advice that a bag of n-grams sees only in pieces; each becomes a binary feature. */
const cues: [name: string, pattern: RegExp][] = [
  [
    'you-should',
    /\byou(?:'ve|'d)?(?: really| probably| definitely| just| still| also| always)? (?:should|shouldn't|ought|must|need to|needs to|have to|got to|gotta|better)\b/,
  ],
  ['you-might-want', /\byou (?:might|may|could|would) (?:want|wish|need|consider|try|benefit|look|find it)\b/],
  [
    'you-can-try',
    /\byou (?:can|could) (?:always |also |just |still )?(?:try|ask|talk|look|start|get|go|find|tell|use|check|reach|call|see|apply|take|say|do|make|work)\b/,
  ],
  ['i-recommend', /\bi(?:'d| would| strongly| highly| really| also|'ll)? (?:recommend|suggest|advise|encourage|urge)\b/],
  ['my-advice', /\b(?:my|the best|one|some|good|best) (?:advice|suggestion|recommendation|tip)s?\b/],
  ['if-i-were-you', /\bif i (?:were|was) you\b|\bin your (?:shoes|position|situation|place)\b|\bwhat i(?:'d| would) do\b|\bi would\b(?! have)/],
  ['make-sure', /\b(?:make sure|be sure|remember to|don't forget|keep in mind|bear in mind)\b/],
  ['neg-imperative', new RegExp(opener + String.raw`(?:don't|do not|never|stop|avoid)\b`)],
  [
    'worth',
    /\b(?:it's|it is|it'd be|it would be|it might be|it may be|it can be|is)(?: always| probably| really| definitely)? (?:a good idea|a great idea|best|better|important|worth|helpful|wise|smart|key|crucial|essential|okay|ok|fine|normal)\b/,
  ],
  ['try-to', /\btry (?:to|and|not|out)\b|\btry \w+ing\b/],
  ['suggest-question', /^(?:have you|did you|why not|how about|what about|would you|could you|can you|are you able)\b/],
  ['if-you', /\b(?:if|when|once|whenever|unless) you\b/],
  ['i-past', /\bi (?:was|had|did|went|got|felt|used to|tried|remember|thought|realized|realised|found|started|ended|decided)\b/],
  ['we-past', /\b(?:we|my \w+) (?:was|were|had|did|went|got|felt|used to)\b/],
  ['i-feel', /\bi (?:feel|think|believe|guess|hope|know|understand|agree|get|am|'m)\b|\bi'm\b/],
  ['consider', /\b(?:consider|considering|look into|reach out|talk to|speak to|ask for|seek)\b/],
];

/**
 * The sparse binary features of one sentence: `w:` stemmed unigrams, `b:` stemmed bigrams (with `<s>`
 * marking the start, which is where imperatives live), `t:` the opening trigram, `f:` hand cues, and
 * `p:` part-of-speech cues from compromise.
 */
export function features(sentence: string): string[] {
  const clean = detokenise(sentence);
  const toks = tokens(clean);
  const flat = toks.join(' ');
  const out = new Set<string>();
  // Stems let "recommend", "recommended" and "recommending" share one weight; 5,000 training
  // sentences are too few to learn each form separately.
  const seq = ['<s>', ...toks.map((t) => stemmer(t))];
  for (let i = 1; i < seq.length; i++) out.add(`w:${seq[i]}`).add(`b:${seq[i - 1]}_${seq[i]}`);
  // Only the opening trigram: "<s> you should", "<s> if you" carry the signal; later trigrams only overfit.
  if (toks.length >= 2) out.add(`t:${toks[0]}_${toks[1]}`);
  for (const [name, pattern] of cues) if (pattern.test(flat)) out.add(`f:${name}`);
  const second = toks.filter((t) => /^(?:you|your|yours|yourself|you're|you've|you'll|you'd)$/.test(t)).length;
  if (second > 0) out.add('f:you');
  if (second > 2) out.add('f:you-many');
  const first = toks.filter((t) => /^(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)$/.test(t)).length;
  if (first > 0 && second === 0) out.add('f:i-only');
  out.add(`f:len${toks.length < 5 ? 'short' : toks.length < 12 ? 'mid' : toks.length < 25 ? 'long' : 'huge'}`);
  for (const f of posCues(clean)) out.add(f);
  return [...out];
}

function posCues(clean: string): string[] {
  const doc = nlp(clean);
  const found: string[] = [];
  if (doc.has('#Imperative')) found.push('p:imperative');
  if (opensWithImperative(doc)) found.push('p:imperative-start');
  if (doc.has('#PastTense')) found.push('p:past');
  if (doc.has('#Modal')) found.push('p:modal');
  if (doc.has('#FutureTense')) found.push('p:future');
  return found;
}

interface Term {
  text: string;
  tags: string[];
}

/**
 * Whether the first word after any discourse openers ("And", "So just", "Then") is a bare verb.
 * compromise tags "Print the lists" as #Imperative but not "Keep them in the office" or "And run
 * a drill", so the bare-verb test is done here on its #Infinitive tag.
 */
export function opensWithImperative(doc: Doc): boolean {
  const terms = (doc.json() as { terms: Term[] }[])[0]?.terms ?? [];
  for (const term of terms) {
    const word = term.text.toLowerCase();
    if (/^(?:please|just|also|then|now|maybe|perhaps|definitely|really|always|first|instead|honestly|seriously)$/.test(word)) continue;
    if (term.tags.includes('Conjunction') || term.tags.includes('Expression') || term.tags.includes('Interjection')) continue;
    return (
      term.tags.includes('Imperative') ||
      (term.tags.includes('Infinitive') && !term.tags.includes('Modal') && !/^(?:look|see|like|thank|hope|mean|guess)$/.test(word))
    );
  }
  return false;
}
