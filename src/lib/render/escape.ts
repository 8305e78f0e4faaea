import { forbiddenCharacters } from '../read/text.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for XML or HTML, in element content or a quoted attribute: markup characters escaped, and the
 * characters XML 1.0 forbids dropped (they cannot be escaped: `&#11;` is as invalid as the character).
 * The one escaper every hand-written output (feed, sitemap, charts) uses.
 */
export const escapeXml = (text: string): string => text.replace(forbiddenCharacters, '').replace(/[&<>"']/g, (c) => entities[c]!);
