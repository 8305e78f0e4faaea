/**
 * Company and customer names: compromise's organizations(), names with a legal or organisation
 * suffix ("Acme Corp", "Abt Associates", "Healthpocket Inc"), and capitalised names after
 * "work at", "a customer called", "joined", "spent a year at" and similar.
 */
import { compromiseSpans } from './compromise-spans.ts';
import { withoutSentenceStop } from './contact.ts';
import { isEnglishWord, isPlaceName } from './lexicon.ts';
import type { Span } from './types.ts';

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*|&|and|de|du|la|von|van)`;
const LEGAL =
  'Inc|Incorporated|Ltd|Limited|LLC|L\\.L\\.C\\.|LLP|PLC|plc|Corp|Corporation|Co|Company|GmbH|AG|SA|S\\.A\\.|SAS|SpA|BV|NV|Pty|Oy|AB|ASA|KG|Group|Holdings|Technologies|Technology|Associates|Partners|Labs|Systems|Solutions|Consulting|Capital|Global|International|Industries|Enterprises|Ventures|Software|Networks|Logistics|Analytics|Insights|Media|Pharmaceuticals|Bioscience|Biosciences|Insurance|Bank|Foundation|Institute|Orchestra|Agency|Studios|Foods|Motors|Airlines|Energy|Retail|Services';

/** Capitalised words ending in a legal or organisation suffix. */
const SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*(?:,?[^\S\n]+${WORD}){0,4}?,?[^\S\n]+(?:${LEGAL})\.?(?![\p{L}\p{N}])`,
  'gu',
);
/** "Weeks-Rivas", "Mayo-Walters": two capitalised family names joined by a hyphen, after "at". */
const CUE =
  /(?:\b(?:(?:work(?:s|ed|ing)?|employed|job|role|position|internship|interned|consult(?:ed|ing)?|contract(?:ed|ing)?)[^\S\n]+(?:at|for)|(?:joined|quit|year|years|months|stint|career|time)[^\S\n]+(?:at)?|(?:our|a|the|big|biggest|largest|key)[^\S\n]+(?:customer|client|vendor|supplier|competitor|partner)s?(?:[^\S\n]+(?:called|named|was|is))?|(?:acquired|bought)[^\S\n]+by|sold[^\S\n]+to|became|later became|(?:a|the)[^\S\n]+(?:company|firm|startup|start-up|business|bank|retailer|shop|agency|consultancy)[^\S\n]+(?:called|named))[^\S\n]+)$/iu;
/** Cues that only ever precede a company: "worked at X", "later became X", "X is a design agency". */
const STRONG_CUE =
  /(?:\b(?:work(?:s|ed|ing)?|employed|job|role|position|internship|interned|year|years|months|stint|career)[^\S\n]+at|later became|became|acquired by|bought by)[^\S\n]+$/iu;
const STRONG_AFTER =
  /^['’]?s?[^\S\n]+(?:is|was)[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\p{L}\d()-]+[^\S\n]+){0,3}?(?:agency|company|firm|startup|start-up|business|multinational|brainchild|corporation|non-?profit|501\(c\)3|bank|retailer|manufacturer|provider|vendor|consultancy|subsidiary|brand|platform|marketplace|supplier|customer|client|competitor)\b/iu;
const NAME_AFTER_CUE = /^\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*){0,3}/u;

function isOrgLike(name: string): boolean {
  const words = name.split(/\s+/u);
  // "Paris", "Monday", "English" are not companies.
  if (
    words.length === 1 &&
    (isPlaceName(name) ||
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu.test(
        name,
      ))
  )
    return false;
  return !words.every((w) => isEnglishWord(w) && !/^\p{Lu}[\p{Ll}]+\p{Lu}/u.test(w)) || words.length > 1;
}

export function detectOrganizations(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number, rule: string): void => {
    out.push({ start, end, type: 'organization', text: text.slice(start, end), rule });
  };
  for (const m of text.matchAll(SUFFIXED)) {
    // Leading sentence words are not part of the name ("The Davis Orchestra" keeps "Davis Orchestra").
    let start = m.index;
    let s = m[0];
    const lead = /^(?:The|A|An|At|For|In|On|With|From|And|But|So|Our|My|Their|Its)[^\S\n]+/u.exec(s);
    if (lead) {
      start += lead[0].length;
      s = s.slice(lead[0].length);
    }
    push(start, start + withoutSentenceStop(text, start, start + s.length).length, 'suffix');
  }
  for (const m of text.matchAll(/\p{Lu}/gu)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!CUE.test(before)) continue;
    const name = NAME_AFTER_CUE.exec(text.slice(m.index))?.[0];
    if (!name || !isOrgLike(name)) continue;
    push(m.index, m.index + name.replace(/['’]s$/u, '').length, STRONG_CUE.test(before) ? 'strong-cue' : 'cue');
  }
  // "Opencounter is the brainchild of…", "Russell Investments is a design agency".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*){0,3}/gu)) {
    const end = m.index + m[0].length;
    if (STRONG_AFTER.test(text.slice(end, end + 80)) && isOrgLike(m[0])) push(m.index, end, 'strong-cue');
  }
  for (const s of compromiseSpans(text, 'organizations')) push(s.start, s.end, 'compromise');
  return out;
}
