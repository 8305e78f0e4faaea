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
  if (TIME_BEFORE.test(line)) return undefined;
  const labelled = splitTimedSpeakerLabel(line);
  return labelled && { speaker: labelled.speaker, text: labelled.text };
}

/** A time before the label, `00:00:03 Name: …` or `[00:03] Name: …`. */
const TIME_BEFORE = /^\s*[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]?\s+(?=\S)/;
/** A time beside the label, `Name (00:03): …` or `Name [1:02:03]: …`. */
const TIME_BESIDE = /^\s*([^:\n[\]()]{1,60}?)\s*[[(]((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]\s*:\s+(\S.*)$/s;
const LABEL = /^\s*(?:>>\s*|-\s+)?([^:\n]{1,60}?)\s*:\s+(\S.*)$/s;

/**
 * A labelled line with the time it was said, as Zoom's and Google Meet's text exports, Descript and Rev
 * write them: `00:00:03 Callum Reid: Thanks for joining`, `Callum Reid (00:03): Thanks`. `clock` is the
 * time as written, undefined on a line without one.
 */
export function splitTimedSpeakerLabel(line: string): (Labelled & { clock?: string | undefined }) | undefined {
  const beside = TIME_BESIDE.exec(line);
  if (beside && looksLikeName(beside[1]!)) return { speaker: beside[1]!.trim(), text: beside[3]!, clock: beside[2] };
  const before = TIME_BEFORE.exec(line);
  const m = LABEL.exec(before ? line.slice(before[0].length) : line);
  if (!m || !looksLikeName(m[1]!)) return undefined;
  return { speaker: m[1]!.trim(), text: m[2]!, clock: before?.[1] };
}

/** A line that is only a label and its time, the text below it, as Rev writes: `Sam Okafor (00:03):`. */
const TIMED_HEADER = /^\s*([^:\n[\]()]{1,60}?)\s*[[(]((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]\s*:?\s*$/;

/** The speaker and time of a line that heads the turn below it (`Sam Okafor (00:03):`), else undefined. */
export function splitTimedHeader(line: string): { speaker: string; clock: string } | undefined {
  const m = TIMED_HEADER.exec(line);
  return m && looksLikeName(m[1]!) ? { speaker: m[1]!.trim(), clock: m[2]! } : undefined;
}

function looksLikeName(label: string): boolean {
  const name = label.replace(/\s*\([^()]{1,20}\)\s*$/, '').trim(); // "Dana (she/her)"
  if (!/^\p{L}/u.test(name) || /[,;!?"“”«»<>{}[\]/\\|@#$%^&*=+~`]/u.test(name)) return false;
  if (NOT_SPEAKERS.has(name.toLowerCase().replace(/\.$/, ''))) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && PARTICLES.has(w)));
}
