/** A speaker label split off the start of a line of talk. */
export interface Labelled {
  speaker: string;
  text: string;
}

// Lowercase words that belong inside names: "Ana de Souza", "Pieter van der Berg".
const PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'y',
]);

// Labels that head notes and metadata lines ("Date: 12 March", "Note: …") rather than name a speaker.
const NOT_SPEAKERS = new Set([
  'agenda',
  'attendees',
  'date',
  'duration',
  'edit',
  'example',
  'important',
  'kind',
  'language',
  'location',
  'nb',
  'note',
  'ps',
  'recorded',
  'source',
  'subject',
  'summary',
  'tip',
  'title',
  'time',
  'todo',
  'topic',
  'transcript',
  'update',
  'warning',
]);

/**
 * `Name: text` at the start of a line, as Zoom captions, SRT files and plain transcripts write speakers.
 * Only a label that looks like a name counts (at most five capitalised words, initials, digits as in
 * `Speaker 2`, a trailing `(she/her)`), so a sentence with a colon in it, such as
 * "Here's the thing about budgets: …", is not mistaken for a speaker.
 */
export function splitSpeakerLabel(line: string): Labelled | undefined {
  const m = /^\s*(?:>>\s*|-\s+)?([^:\n]{1,60}?)\s*:\s+(\S.*)$/s.exec(line);
  if (!m) return undefined;
  const [, label = '', text = ''] = m;
  return looksLikeName(label) ? { speaker: label.trim(), text } : undefined;
}

function looksLikeName(label: string): boolean {
  const name = label.replace(/\s*\([^()]{1,20}\)\s*$/, '').trim(); // "Dana (she/her)"
  if (!/^\p{L}/u.test(name) || /[,;!?"“”«»<>{}[\]/\\|@#$%^&*=+~`]/u.test(name)) return false;
  if (NOT_SPEAKERS.has(name.toLowerCase().replace(/\.$/, ''))) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && PARTICLES.has(w)));
}
