/**
 * What identifies a mentor besides their name: the organisations they found, own or lead. Under `role`
 * and `anonymous` attribution "the founder of Northwind Analytics" is as good as a name, so these names
 * are found once per transcript and redacted everywhere they recur, with the terms the consent lists
 * under `identifying`.
 */
import { nameTokens } from './known-names.ts';
import { isEnglishWord } from './lexicon.ts';
import type { Span } from './types.ts';

const NAME = String.raw`(\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*){0,3})`;
// Said in any case ("CEO", "Co-founder"); the name after it keeps its capital.
const ROLE = String.raw`(?i:(?:(?:the|a)\s+)?(?:co-?founder|founder|ceo|cto|coo|cfo|chief executive|managing director|md|owner|president|head|principal)(?:\s+(?:and|&)\s+(?:co-?founder|founder|ceo|cto|owner|president))?)`;

/** Works that carry their maker's name in one search. */
const WORK = String.raw`(?:book|novel|memoir|blog|newsletter|podcast|course|channel|column|show|app|paper|thesis|talk|youtube channel|substack)`;

/** First-person ways of saying "an organisation I found, own or lead", each capturing its name. */
const FIRST_PERSON = [
  String.raw`\b(?i:my)\s+(?:own\s+)?(?:company|startup|start-up|business|firm|agency|consultancy|studio|practice|shop|non-?profit|charity|podcast|product)(?:,)?\s+(?:called\s+|named\s+)?${NAME}`,
  String.raw`\bI\s+(?:(?:also|still|now|once|then)\s+)?(?:co-?founded|founded|started|launched|set up|run|own|created|built|bootstrapped)\s+${NAME}`,
  String.raw`\b(?i:when|while|since|after|before)\s+I\s+(?:was|became|am)\s+${ROLE}\s+(?:of|at)\s+${NAME}`,
  String.raw`\bI(?:['’]m|\s+am|\s+was)\s+${ROLE}\s+(?:of|at)\s+${NAME}`,
  String.raw`\b(?i:we)\s+(?:co-?founded|founded|started|launched|bootstrapped)\s+${NAME}`,
  String.raw`${NAME},?\s+(?:the|a)\s+(?:company|startup|business|firm)\s+(?:I|we)\s+(?:co-?founded|founded|started|run|own|built)`,
  // What the mentor made under their name: "my book, The Quiet Floor", "I wrote a book about it, The Quiet
  // Floor", "I host a podcast called Floor Notes". One search for its title finds its author.
  String.raw`\b(?i:my)\s+(?:own\s+|new\s+|first\s+|last\s+)?${WORK},?\s+(?:called\s+|named\s+|titled\s+)?["“‘]?${NAME}`,
  String.raw`\bI\s+(?:(?:also|still|now|once|even|then)\s+)?(?:wrote|write|published|co-?wrote|co-?authored|authored|host|hosted|run|ran|started|launched|created|made)\s+(?:a|the|an)\s+${WORK}(?:\s+(?:about|on)\s+[^,.;!?\n]{1,40})?,?\s+(?:called\s+|named\s+|titled\s+)?["“‘]?${NAME}`,
].map((p) => new RegExp(p, 'gu'));

/** The same, said of the mentor by name ("Travis Kimmel, the CEO of GitPrime", "GitPrime's founder Travis"). */
function thirdPerson(mentorNames: readonly string[]): RegExp[] {
  const tokens = [
    ...new Set(
      mentorNames
        .flatMap((n) => nameTokens(n))
        .filter((t) => t.length > 2)
        .map((t) => RegExp.escape(t)),
    ),
  ];
  if (!tokens.length) return [];
  const who = `(?:${tokens.join('|')})(?:['’]s?)?`;
  return [
    String.raw`\b${who}(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)*,?\s+(?:who\s+is\s+|is\s+)?${ROLE}\s+(?:of|at)\s+${NAME}`,
    String.raw`${NAME}(?:['’]s)?\s+(?:co-?founder|founder|ceo|cto|owner)(?:\s+and\s+(?:co-?founder|founder|ceo|cto))?,?\s+${who}`,
  ].map((p) => new RegExp(p, 'giu'));
}

// Words a capitalised run may start with that are not part of a name ("I started The …" keeps "The").
const LEADING = /^(?:The|A|An|My|Our|This|That|It|And|But|So|Then|In|At|On|With|Back|Over|Up|Out)\s+/u;

/** A captured run, trimmed to what looks like an organisation's name; undefined when it is a word. */
function organisation(raw: string): string | undefined {
  // A run stops at the end of its sentence ("GitPrime. Travis has…").
  let name = raw
    .split(/[.,;:!?](?:\s|$)/u)[0]!
    .replace(/[.,;:'’]+$/u, '')
    .replace(/['’]s$/u, '')
    .trim();
  while (LEADING.test(name)) name = name.replace(LEADING, '');
  if (!name || name.length < 2 || name === 'I') return undefined;
  // "I started Monday", "I run Engineering": a single everyday word is not a name.
  if (!name.includes(' ') && isEnglishWord(name) && !/\p{Lu}.*\p{Lu}/u.test(name.slice(1))) return undefined;
  return name;
}

/** The organisations the mentor founds, owns or leads, as said anywhere in the conversation. */
export function mentorOrganisations(turns: readonly { text: string; mentor: boolean }[], mentorNames: readonly string[]): string[] {
  const found = new Set<string>();
  const others = thirdPerson(mentorNames);
  for (const turn of turns) {
    for (const re of [...(turn.mentor ? FIRST_PERSON : []), ...others]) {
      for (const m of turn.text.matchAll(re)) {
        const raw = m.slice(1).find((g) => g !== undefined && /^\p{Lu}/u.test(g) && !mentorNames.some((n) => n.includes(g))) ?? '';
        const name = organisation(raw);
        if (!name) continue;
        found.add(name);
        // "The Quiet Floor": a title's article goes with it, so no "The [a company]" is left.
        if (/^The\s/u.test(raw) && !/^The\s/u.test(name)) found.add(`The ${name}`);
        // "Northwind Analytics" is also "Northwind" a sentence later, unless that word is everyday English.
        const first = name.split(/\s+/u)[0]!;
        if (first !== name && first.length >= 4 && !isEnglishWord(first)) found.add(first);
      }
    }
  }
  return [...found];
}

/** Every mention of the given terms, whole words, in any case, possessives included (the span stops before `'s`). */
export function detectTerms(text: string, terms: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const term of terms) {
    const words = term
      .trim()
      .split(/\s+/u)
      .map((w) => RegExp.escape(w));
    if (!words.length || !words[0]) continue;
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`[\s\u00a0-]+`)}(?![\p{L}\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, type: 'organization', text: m[0], rule: 'identifying' });
  }
  return out;
}
