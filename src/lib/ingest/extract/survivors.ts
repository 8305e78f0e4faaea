import { labelWords } from './speakers.ts';

/**
 * Which of the given people's names still appear in a text: the full name, or any part of it of three or
 * more letters written with a capital, as a whole word. Used to prove that redaction left no third party.
 */
export function survivingNames(text: string, names: readonly string[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const parts = labelWords(name).filter((w) => w.length >= 3);
    for (const part of parts) {
      const cap = part.charAt(0).toUpperCase() + part.slice(1);
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(cap)}(?![\\p{L}\\p{N}])`, 'u');
      if (re.test(text)) found.add(`${name} (“${cap}”)`);
    }
  }
  return [...found];
}
