/** The words that stand in for what was removed. */
import type { SpanType } from './types.ts';

export type RedactionType = SpanType | 'aside';

export const MENTOR_PLACEHOLDER = '[the mentor]';
export const ASIDE_PLACEHOLDER = '[…]';

const FIXED: Record<Exclude<RedactionType, 'person'>, string> = {
  email: '[email]',
  phone: '[phone]',
  address: '[address]',
  'employee-id': '[employee id]',
  account: '[account number]',
  link: '[a link]',
  handle: '[a handle]',
  organization: '[a company]',
  aside: ASIDE_PLACEHOLDER,
};

const ORDINALS = [
  '',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** `[a colleague]`, `[a second colleague]`, … `[an eighth colleague]`, then `[colleague 21]`. */
export function personPlaceholder(index: number): string {
  if (index === 0) return '[a colleague]';
  const ordinal = ORDINALS[index];
  if (ordinal === undefined) return `[colleague ${index + 1}]`;
  return `[${/^[aeiou]/u.test(ordinal) ? 'an' : 'a'} ${ordinal} colleague]`;
}

export function placeholderFor(type: Exclude<RedactionType, 'person'>): string {
  return FIXED[type];
}

/**
 * Text that opens with a placeholder, bracketed or as a title reads it ("A second colleague tested it"):
 * a headline that opens so says nothing. Of the fixed placeholders only bracketed ones count, since
 * "Email the team" opens with a word, not a placeholder.
 */
export function opensWithPlaceholder(text: string): boolean {
  const t = text.trim().replace(/^\\\[/u, '[');
  if (Object.values(FIXED).some((p) => t.startsWith(p)) || t.startsWith(MENTOR_PLACEHOLDER)) return true;
  return /^\[?(?:an? (?:\p{L}+ )?colleague|colleague \d+)(?![\p{L}])/iu.test(t);
}
