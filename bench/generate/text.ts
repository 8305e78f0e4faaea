import type { Random } from './random.ts';
import { abbreviations, actors, adjectives, adverbs, asideTitles, headings, quantities, timePhrases, verbs, years } from './words.ts';

export type Kind = 'story' | 'advice' | 'insight';

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const plural = (noun: string) => (/(s|sh|ch|x)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);
const a = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** Sentences in the voice of each kind, over the nouns of the entry's topics. */
export function sentence(random: Random, kind: Kind, nouns: readonly string[]): string {
  const n = () => random.pick(nouns);
  const v = () => random.pick(verbs);
  const adj = () => random.pick(adjectives);
  const who = () => random.pick(actors);
  const when = () => random.pick(timePhrases);
  const templates: Record<Kind, (() => string)[]> = {
    story: [
      () => `In ${random.pick(years)} ${who()} ${v().past} the ${n()} ${when()}, and nobody noticed for a month.`,
      () => `I remember the ${adj()} ${n()} that ${who()} ${v().past} ${when()}.`,
      () => `We had ${a(adj())} ${n()} and ${a(adj())} ${n()}, and ${quantities[random.int(0, quantities.length - 1)]} of the work went into the wrong one.`,
      () => `${cap(who())} asked me why the ${n()} was so ${adj()}, and I had no good answer.`,
      () => `So I ${v().past} the ${n()} myself, ${random.pick(adverbs)}, and wrote down what happened.`,
      () => `The ${n()} had been ${adj()} for years before anyone ${v().past} it.`,
      () => `By the end of the quarter the ${n()} looked ${adj()} again, and the ${n()} had moved.`,
      () => `That was the week I learned how ${adj()} a ${n()} can be when ${who()} is watching.`,
    ],
    advice: [
      () => `${cap(v().base)} the ${n()} before you ${v().base} the ${n()}.`,
      () => `Never ${v().base} ${a(n())} without ${v().ing} the ${n()} first.`,
      () => `If ${who()} asks for ${a(n())}, ask what they can give you in return.`,
      () => `Write the ${n()} down ${when()}, not after.`,
      () => `Start ${v().ing} the ${n()} ${when()}; it is cheaper than ${v().ing} it later.`,
      () => `Ask ${who()} to ${v().base} the ${n()} with you, and listen more than you talk.`,
      () => `Keep the ${n()} ${adj()} and the ${n()} visible.`,
      () => `Do not wait for ${a(adj())} ${n()} to tell you what ${who()} already knows.`,
    ],
    insight: [
      () => `Most ${plural(n())} are decided at the ${n()}, not in the meeting about it.`,
      () => `${cap(a(n()))} is usually a lagging signal: by the time it looks ${adj()}, the ${n()} has already moved.`,
      () => `The ${adj()} part of any ${n()} is the ${n()} nobody owns.`,
      () => `${cap(who())} ${random.pick(adverbs)} judges the ${n()} by the ${n()}, whatever the report says.`,
      () => `Every ${n()} is really a negotiation about the ${n()}.`,
      () => `A ${adj()} ${n()} costs ${random.pick(quantities)} as much as a ${adj()} one over a year.`,
      () => `The ${n()} tells you more about the team than the ${n()} ever will.`,
      () => `People trust ${a(n())} they can see over ${a(n())} they are told about.`,
    ],
  };
  // Mostly the entry's own voice, with some of the others mixed in, as people talk.
  const voice: Kind = random.chance(0.75) ? kind : random.pick(['story', 'advice', 'insight'] as const);
  return random.pick(templates[voice])();
}

/** A title of at most 120 characters in the voice of the kind. */
export function title(random: Random, kind: Kind, nouns: readonly string[]): string {
  const n = () => random.pick(nouns);
  const v = () => random.pick(verbs);
  const adj = () => random.pick(adjectives);
  const options: Record<Kind, (() => string)[]> = {
    story: [
      () => `The ${adj()} ${n()} that ${v().past} our ${n()}`,
      () => `How ${a(n())} ${v().past} the ${n()} ${random.pick(timePhrases)}`,
      () => `The year we ${v().past} the ${n()}`,
      () => `What ${a(adj())} ${n()} taught me about the ${n()}`,
    ],
    advice: [
      () => `${cap(v().base)} the ${n()} before ${v().ing} the ${n()}`,
      () => `Never ${v().base} ${a(n())} without ${a(n())}`,
      () => `Ask for the ${n()} ${random.pick(timePhrases)}`,
      () => `Keep the ${n()} ${adj()}`,
    ],
    insight: [
      () => `${cap(plural(n()))} are decided at the ${n()}`,
      () => `Why every ${n()} is really about the ${n()}`,
      () => `The ${n()} is a lagging signal`,
      () => `${cap(a(adj()))} ${n()} costs more than it looks`,
    ],
  };
  return random.pick(options[kind])().slice(0, 120);
}

export function paragraph(random: Random, kind: Kind, nouns: readonly string[], sentences = random.int(3, 6)): string {
  return Array.from({ length: sentences }, () => emphasise(random, sentence(random, kind, nouns))).join(' ');
}

/** Emphasis on one word now and then, as people write. */
function emphasise(random: Random, s: string): string {
  if (!random.chance(0.12)) return s;
  const words = s.split(' ');
  const i = random.int(1, Math.max(1, words.length - 2));
  const w = words[i]!;
  if (!/^[a-z]{4,}$/.test(w)) return s;
  words[i] = random.chance(0.5) ? `*${w}*` : `**${w}**`;
  return words.join(' ');
}

export interface BodyLink {
  title: string;
  slug: string;
}

/** An MDX body of roughly `words` words: paragraphs, headings, lists, quotes, asides and links. */
export function body(random: Random, kind: Kind, nouns: readonly string[], words: number, links: readonly BodyLink[], quoteStart: number): string {
  const blocks: string[] = [];
  let count = 0;
  const add = (block: string) => {
    blocks.push(block);
    count += block.split(/\s+/).length;
  };
  add(paragraph(random, kind, nouns));
  let seconds = quoteStart;
  const linksLeft = [...links];
  let quotes = 0;
  while (count < words) {
    const roll = random.next();
    if (roll < 0.14 && blocks.length > 1) add(`## ${random.pick(headings)}`);
    else if (roll < 0.26) {
      const ordered = random.chance(0.4);
      const items = Array.from({ length: random.int(3, 6) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(random, kind, nouns)}`);
      add(items.join('\n'));
    } else if (roll < 0.34 && quotes < 3) {
      seconds += random.int(40, 400);
      const at = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((x) => String(x).padStart(2, '0')).join(':');
      add(`<Quote at="${at}">\n${paragraph(random, kind, nouns, random.int(1, 3))}\n</Quote>`);
      quotes++;
    } else if (roll < 0.39) {
      const tone = random.pick(['tip', 'note', 'caution'] as const);
      add(`<Aside title="${random.pick(asideTitles)}" tone="${tone}">\n${paragraph(random, 'advice', nouns, random.int(1, 3))}\n</Aside>`);
    } else {
      let p = paragraph(random, kind, nouns);
      const link = linksLeft.length && random.chance(0.3) ? linksLeft.shift() : undefined;
      if (link) p += ` I wrote about this in [${link.title}](/entries/${link.slug}/).`;
      if (random.chance(0.05)) {
        const [abbr, full] = random.pick(abbreviations);
        p += ` We tracked it as a <abbr title="${full}">${abbr}</abbr> from then on.`;
      }
      add(p);
    }
  }
  for (const link of linksLeft) blocks.push(`See also [${link.title}](/entries/${link.slug}/).`);
  // A heading must not be the last block.
  if (blocks[blocks.length - 1]!.startsWith('## ')) blocks.pop();
  return `${blocks.join('\n\n')}\n`;
}
