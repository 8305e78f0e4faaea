import type { VttNode } from 'webvtt-parser';
import { splitSpeakerLabel } from './speaker.ts';
import { collapse } from './text.ts';

/** The words of one voice inside a cue, as display lines with tags, entities and timestamps gone. */
export interface VoiceSpan {
  /** From `<v Name>`, or a leading `Name:` (Zoom) when the cue has no voice tag. */
  speaker?: string | undefined;
  lines: string[];
}

/**
 * Plain text of a parsed cue, split by voice: `<v Sam>Hi</v><v Priya>Hello</v>` is two spans. Ruby annotations
 * (`<rt>`) are pronunciation hints, not words, so they are dropped.
 */
export function voiceSpans(children: readonly VttNode[]): VoiceSpan[] {
  const spans: { speaker?: string | undefined; raw: string }[] = [];
  const emit = (value: string, speaker: string | undefined) => {
    const last = spans[spans.length - 1];
    if (last && last.speaker === speaker) last.raw += value;
    else spans.push({ speaker, raw: value });
  };
  const walk = (nodes: readonly VttNode[], speaker: string | undefined) => {
    for (const node of nodes) {
      if (node.type === 'text') emit(node.value, speaker);
      else if (node.type === 'object' && node.name !== 'rt') {
        walk(node.children, node.name === 'v' && node.value ? collapse(node.value) : speaker);
      }
    }
  };
  walk(children, undefined);
  return spans.map(({ speaker, raw }) => ({ speaker, lines: raw.split('\n').map(collapse).filter(Boolean) }));
}

/** Moves a Zoom-style `Name: ` prefix on the first line into `speaker` when no voice tag named one. */
export function withZoomSpeaker(span: VoiceSpan): VoiceSpan {
  const [first, ...rest] = span.lines;
  if (span.speaker !== undefined || first === undefined) return span;
  const labelled = splitSpeakerLabel(first);
  return labelled ? { speaker: labelled.speaker, lines: [labelled.text, ...rest] } : span;
}
