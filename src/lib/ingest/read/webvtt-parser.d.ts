// Types for the parts of `webvtt-parser` (w3c/webvtt.js, CommonJS, untyped) that the WebVTT reader uses.
declare module 'webvtt-parser' {
  /** A node of a cue's text tree: plain text, an inline timestamp, or a tag (`c`, `i`, `b`, `u`, `v`, `lang`, `ruby`, `rt`). */
  export type VttNode =
    | { type: 'text'; value: string }
    | { type: 'timestamp'; value: number }
    | { type: 'object'; name: string; classes: string[]; value?: string; children: VttNode[] };

  export interface VttCue {
    id: string;
    startTime: number;
    endTime: number;
    /** The cue text exactly as written, tags and entities included. */
    text: string;
    tree: { children: VttNode[] };
  }

  /** A parse error; `line` is 1-based, `col` 1-based when the parser knows it. */
  export interface VttError {
    message: string;
    line: number;
    col?: number | undefined;
  }

  export interface VttResult {
    cues: VttCue[];
    errors: VttError[];
    styles: string[];
  }

  export interface WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters' | 'subtitles'): VttResult;
  }

  /** Parses one timing line into `cue.startTime`/`cue.endTime`; `parse` returns true when both timestamps are valid. */
  export interface WebVTTCueTimingsAndSettingsParser {
    parse(cue: { startTime: number; endTime: number }, previousCueStart: number): true | undefined;
  }

  // Only the default import works at runtime: the package assigns its exports in a way Node cannot name.
  const webvtt: {
    /** `entities` maps `&name;` (and legacy `&name`) to text; pass `html-entities.json` for the full table. */
    WebVTTParser: new (
      entities?: Record<string, string>,
    ) => WebVTTParser;
    WebVTTCueTimingsAndSettingsParser: new (line: string, onError: (message: string, col: number) => void) => WebVTTCueTimingsAndSettingsParser;
  };
  export default webvtt;
}
