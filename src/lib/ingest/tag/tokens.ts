import { stemmer } from 'stemmer';

/** Words too common to say anything about a topic. */
export const stopwords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each even ever every few for from further get got had has have having he her here hers him his how
  i if in into is it its itself just know like lot make me more most much my no nor not now of off on once one only or other our out over
  own really right said same say says she should so some something still such than that the their them then there these they thing things
  think this those through to too under until up us very was way we well were what when where which while who whom why will with would
  yeah you your yours actually kind sort mean maybe going want wanted go went come came time times people person day days year years good
  great little big new old first last next back long let lets okay oh um uh gonna wanna`.split(/\s+/),
);

export interface Token {
  word: string;
  stem: string;
}

/** Lowercase word tokens with their Porter stems; apostrophes kept inside words. */
export function tokenize(text: string): Token[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []
  ).map((w) => {
    const word = w.replace(/['’]s$/, '');
    return { word, stem: stemmer(word) };
  });
}
