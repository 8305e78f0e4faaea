/** One speaker turn (a caption cue, a transcript paragraph) in reading order. */
export interface Turn {
  /** The speaker label as written in the file ("Priya Raman", "DANA W."), or undefined when the format has none. */
  speaker?: string | undefined;
  /** The words, with markup, cue tags and inline timestamps removed; whitespace collapsed. */
  text: string;
  /** Start time in seconds from the beginning of the recording, when the format gives one. */
  start?: number | undefined;
  /** End time in seconds, when the format gives one. */
  end?: number | undefined;
  /** 1-based line in the source file where this turn starts, for error messages and provenance. */
  line: number;
  /** For a piece of a longer turn: how many of the turn's words come before it (to place it in time). */
  offset?: number | undefined;
}

/** Every supported input normalised into one model. */
export interface Transcript {
  /** The format detected from the content. */
  format: 'webvtt' | 'srt' | 'otter' | 'plain' | 'markdown';
  /** The text encoding the file was decoded from. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Distinct speaker labels in order of first appearance. */
  speakers: string[];
  turns: Turn[];
}

/** A transcript that cannot be read; carries the place and a fix, like every Tacit error. */
export class TranscriptError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  constructor(file: string, line: number, column: number, message: string, rule: string) {
    super(`${file}:${line}:${column}  ${message}  ${rule}`);
    this.name = 'TranscriptError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.rule = rule;
  }
}
