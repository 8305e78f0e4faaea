/**
 * Things, not people, that people name in passing: products, brands and languages ("Docker", "Perl"),
 * holidays and festivals ("Christmas", "Eid"). Each comes from a maintained list; see their modules.
 */
import { isHoliday } from './holidays.ts';
import { isProduct } from './products.ts';

/** Whether `text` names a product, brand, programming language, holiday or festival rather than a person. */
export const isNamedThing = (text: string): boolean => isProduct(text) || isHoliday(text);
