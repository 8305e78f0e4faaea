/**
 * One decision per name per conversation: every third party's name the redactor finds anywhere in it,
 * so that the name is redacted everywhere it recurs, alone or in part, with the initials and short
 * forms colleagues use for it.
 */
import { detectOrganizations } from './organizations.ts';
import { isCommonWord, isGivenName } from './lexicon.ts';
import { isNamedThing } from './named-things.ts';
import { isTownOrCity } from './places.ts';
import { CALENDAR } from './text.ts';
import { findRedactions, WEAK_PERSON_RULES } from './redact.ts';

/** Every third party's name the redactor finds in the conversation, as written, longest first. */
export function namesInConversation(
  turns: readonly { text: string }[],
  options: { knownNames: string[]; mentorNames: string[]; organizations: 'keep' | 'redact' },
): string[] {
  const names = new Set<string>();
  const organisations: string[] = [];
  // An unfamiliar word taken for a name twice is evidence enough to spread ("Anjali's", then "Is Anjali…?").
  const guesses = new Map<string, number>();
  for (const t of turns) {
    organisations.push(...detectOrganizations(t.text).map((o) => o.text.toLowerCase()));
    for (const r of findRedactions(t.text, { ...options, removeMentorName: false, dropAsides: false })) {
      // A lone unfamiliar word ("Northwind") is redacted where it was found, but spread only on better
      // evidence: spreading a guess would redact it inside "Northwind Analytics" too.
      if (r.type !== 'person' || r.key === 'mentor') continue;
      if (!r.text.includes(' ') && WEAK_RULES.has(r.rule ?? '')) {
        guesses.set(r.text, (guesses.get(r.text) ?? 0) + 1);
        continue;
      }
      // Initials taken for someone ("JD taught me") stand for that person wherever else they are said ("Who's JD?").
      if (r.rule === 'initials-alone') {
        names.add(r.text);
        continue;
      }
      // Spread as a known name, every part of it counts on its own: "And Y Combinator" must not make "And" a name.
      const words = r.text.replace(/['’]s$/u, '').split(/\s+/u);
      // A lone everyday word spreads only as a given name found on good evidence ("a volunteer, Dawn, who…");
      // the known-name match then still wants its capital, and no verb after it at a sentence's start.
      // So does a nickname, whatever word it is: "everybody calls him Smudge" makes Smudge him throughout.
      const given = words.length === 1 && ((isGivenName(words[0]!) && STRONG_RULES.has(r.rule ?? '')) || r.rule === 'nickname');
      // …and a given name that is also a word stays with the family name after it ("Will Hartley", and a
      // day or a month: "Sunday Adeyemi", "April Kowalski").
      const namedFor = (w: string) => isGivenName(w) || CALENDAR.test(w);
      while (!given && words.length && isCommonWord(words[0]!) && !(words.length > 1 && namedFor(words[0]!) && !isCommonWord(words[1]!))) words.shift();
      while (!given && words.length && isCommonWord(words[words.length - 1]!)) words.pop();
      const name = words.join(' ');
      if (name && !isNamedThing(name)) names.add(name);
    }
  }
  // A town taken for a person once ("Florence said…") is that person where a sentence puts a place too
  // ("I learned a lot in Florence"): once is enough, since the place's slot would keep it otherwise.
  for (const [guess, n] of guesses)
    if ((n >= 2 || isTownOrCity(guess)) && !isNamedThing(guess) && !isCommonWord(guess)) names.add(guess.replace(/['’]s$/u, ''));
  for (const short of shortForms(turns, names, options.mentorNames)) names.add(short);
  // Nor is a name spread that the conversation also uses as part of a longer organisation name's ("Northwind Analytics").
  return [...names].filter((n) => !organisations.some((o) => o !== n.toLowerCase() && o.includes(n.toLowerCase()))).sort((a, b) => b.length - a.length);
}

/**
 * Short forms made by cutting a given name already found ("Chi" for Chiamaka, "Tom" for Tomasz): never
 * one of the mentor's own names, nor a word this conversation also says in lower case ("And" is no Andrea's).
 */
function shortForms(turns: readonly { text: string }[], names: ReadonlySet<string>, mentorNames: readonly string[]): string[] {
  const given = [...names].map((n) => n.split(/\s+/u)[0]!.toLowerCase()).filter((g) => g.length >= 5);
  if (!given.length) return [];
  const mentor = new Set(mentorNames.flatMap((n) => n.toLowerCase().split(/\s+/u)));
  const lower = new Set(turns.flatMap((t) => t.text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []));
  return turns.flatMap((t) =>
    [...t.text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}]|[-'’]\p{L})/gu)]
      .map(([word]) => word)
      .filter((word) => {
        const w = word.toLowerCase();
        return given.some((g) => g.startsWith(w) && g.length - w.length >= 2) && !mentor.has(w) && !lower.has(w) && !isNamedThing(word);
      }),
  );
}

/** Evidence strong enough to spread a lone everyday word as a given name. */
const STRONG_RULES = new Set(['lexicon-name', 'introduced', 'honorific', 'speaker-label', 'nickname']);
/** Guesses: spread only when made twice. compromise's own guesses count among them. */
const WEAK_RULES = new Set([...WEAK_PERSON_RULES, 'compromise']);
