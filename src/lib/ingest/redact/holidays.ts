/**
 * Holidays and festivals people name in passing ("over Christmas", "before Eid", "Nowruz"): capitalised
 * and not English, so the person detector's weakest rules would take them for names. The names come
 * from date-holidays' data (public holidays of some 200 countries, CC BY-SA 3.0), not a hand list.
 */
import { createRequire } from 'node:module';
import { isFirstName, isGivenName, isLastName } from './lexicon.ts';
import { normal } from './products.ts';

interface HolidayData {
  holidays: Record<string, unknown>;
  names: Record<string, { name?: Record<string, string> }>;
}

/**
 * A holiday named after someone ("Saints Cyril and Methodius", "Birthday of Muhammad", "Day of Arafat"), or
 * just "X Day" ("Columbus Day"), gives no word of its own: a person who bears the name must still be
 * redacted. "Christmas" counts: other holidays use it bare ("Christmas Eve", "Orthodox Christmas").
 */
const namedAfterSomeone = /\b(?:saints?|st\.?|san|santa|sant|our lady|birthday|king|queen|prince|princess|day of)\b|^\p{Lu}[\p{L}\p{M}'’-]+ Day$/iu;
/** A word counts only when the holidays of this many countries use it: one country's local saint is no festival. */
const countries = 2;

let known: { phrases: Set<string>; words: Set<string> } | undefined;
// Built on first use, from the data module the package exports (loaded only then: redaction's import stays cheap).
function holidayNames(): { phrases: Set<string>; words: Set<string> } {
  if (known) return known;
  const { data } = createRequire(import.meta.url)('date-holidays/data') as { data: HolidayData };
  const phrases = new Set<string>();
  const usedBy = new Map<string, Set<string>>();
  for (const [country, days] of Object.entries(data.holidays)) {
    for (const name of englishNames(days, data)) {
      // "End of Ramadan (Eid al-Fitr)" is also "Eid al-Fitr".
      for (const phrase of [name, ...[...name.matchAll(/\(([^)]+)\)/gu)].map((m) => m[1]!)]) phrases.add(normal(phrase.replace(/\s*\([^)]*\)/gu, '')));
      if (namedAfterSomeone.test(name)) continue;
      for (const word of name.match(/\p{Lu}[\p{L}\p{M}-]+/gu) ?? []) {
        const w = normal(word);
        if (!usedBy.has(w)) usedBy.set(w, new Set());
        usedBy.get(w)!.add(country);
      }
    }
  }
  const words = new Set(
    [...usedBy].filter(([w, by]) => by.size >= countries && w.length >= 3 && !isFirstName(w) && !isGivenName(w) && !isLastName(w)).map(([w]) => w),
  );
  known = { phrases, words };
  return known;
}

/** Every English holiday name in a country's entry, however deep its regions and states nest. */
function englishNames(entry: unknown, data: HolidayData): Set<string> {
  const out = new Set<string>();
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    const { name, _name } = o as { name?: unknown; _name?: unknown };
    if (name && typeof name === 'object' && typeof (name as Record<string, unknown>).en === 'string') out.add((name as Record<string, string>).en!);
    if (typeof _name === 'string' && data.names[_name]?.name?.en) out.add(data.names[_name].name.en);
    for (const v of Object.values(o)) walk(v);
  };
  walk(entry);
  return out;
}

/** Whether `text` ("Christmas", "Christmas Eve", "Eid al-Fitr", "Nowruz's") names a holiday or festival. */
export function isHoliday(text: string): boolean {
  const { phrases, words } = holidayNames();
  const t = normal(text.replace(/['’]s$/u, ''));
  return phrases.has(t) || words.has(t);
}
