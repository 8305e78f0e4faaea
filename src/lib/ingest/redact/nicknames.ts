/**
 * Nicknames a speaker explains: "Ginger at Grimsby, his real name's Declan Malone, has been on that door
 * for thirty years". The real name is found as any name is; the nickname opening the sentence is often
 * an everyday word ("Ginger", "Buck", "Tiny") that nothing else would make a name of.
 */
const NICKNAME_THEN_REAL_NAME =
  /(?:^|[.!?:][^\S\n]+|\n[^\S\n]*)(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[^.!?\n,]{0,40},[^\S\n]+(?:but[^\S\n]+)?(?:(?:his|her|their)[^\S\n]+)?real[^\S\n]+name(?:['’]s|[^\S\n]+is|[^\S\n]+was|[^\S\n]+being)?[^\S\n]+\p{Lu})/gu;
const NOT_A_NICKNAME = /^(?:he|she|they|his|her|their|this|that|the|and|but|so|well|yeah|oh|okay|now|then|there|yes|no)$/iu;

/** Nicknames in `text` that the real name after them explains. */
export function nicknamesBeforeRealName(text: string): { start: number; end: number; rule: string }[] {
  return [...text.matchAll(NICKNAME_THEN_REAL_NAME)]
    .filter((m) => !NOT_A_NICKNAME.test(m[1]!))
    .map((m) => {
      const start = m.index + m[0].length - m[1]!.length;
      return { start, end: start + m[1]!.length, rule: 'nickname' };
    });
}
