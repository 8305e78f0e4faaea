/**
 * Products, brands, services and programming languages people name in passing ("Docker", "Gmail",
 * "Etsy", "Perl", "Y Combinator"): capitalised and not English, so the person detector's weakest rules
 * would take them for names. Two maintained lists, not a hand list: Simple Icons' brand titles and
 * aliases (CC0) and GitHub Linguist's languages (MIT). Entries that are also given names ("Ruby",
 * "Julia", "Crystal") are left out: a person called Ruby must still be redacted.
 */
import * as linguist from 'linguist-languages';
import icons from 'simple-icons/icons.json' with { type: 'json' };
import { isFirstName } from './lexicon.ts';

/** A name as the lists are looked up: no accents, lower case, single spaces. */
export const normal = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

let known: Set<string> | undefined;
// Built on first use (it looks every brand up in the lexicon): importing the redactors stays cheap.
function productNames(): Set<string> {
  if (known) return known;
  const out = new Set<string>();
  const add = (name: string) => {
    const n = normal(name);
    if (n.length < 2 || (!n.includes(' ') && isFirstName(n))) return;
    out.add(n);
    // "Vue.js" is also "Vue", "Node.js" also "Node".
    const bare = n.replace(/\.js$/u, '');
    if (bare !== n && bare.length >= 2 && !isFirstName(bare)) out.add(bare);
  };
  for (const icon of icons as { title: string; aliases?: { aka?: string[] } }[]) {
    add(icon.title);
    for (const aka of icon.aliases?.aka ?? []) add(aka);
  }
  for (const lang of Object.values(linguist) as { name?: string; type?: string; aliases?: string[] }[]) {
    if (!lang?.name || (lang.type !== 'programming' && lang.type !== 'markup')) continue;
    add(lang.name);
  }
  known = out;
  return out;
}

/** Whether `text` ("Docker", "Y Combinator", "vue.js") is a product, brand or language. */
export function isProduct(text: string): boolean {
  return productNames().has(normal(text.replace(/['’]s$/u, '')));
}
