/**
 * The consenting guest of each real conversation in `../shared/data/transcripts`, by file: the mentor
 * whose words are drafted. Every other speaker is a third party. Eval and the bench both ingest them.
 */
export const guests: Readonly<Record<string, string>> = {
  'brain-science-1.md': 'Mireille B. Reece, Psy.D',
  'founders-talk-60.md': 'Travis Kimmel',
  'go-time-99.md': 'Stevenson Jean-Pierre',
  'js-party-104.md': 'Kahlil Lechelt',
  'the-changelog-342.md': 'Emma Wedekind',
  'the-changelog-453.md': 'Lara Hogan',
  'the-changelog-462.md': 'Brittany Dionigi',
  'the-changelog-572.md': 'Dan Moore',
};
