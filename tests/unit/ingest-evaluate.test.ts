import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { talkMinutes } from '../../src/lib/ingest/evaluate/timing.ts';
import { readTranscript } from '../../src/lib/ingest/read/index.ts';
import type { Turn } from '../../src/lib/ingest/transcript.ts';

const read = (path: string) => readTranscript(readFileSync(fileURLToPath(new URL(`../fixtures/transcripts/${path}`, import.meta.url))), path);
const words = (turns: readonly Turn[], speaker: string) => turns.filter((t) => t.speaker === speaker).reduce((n, t) => n + t.text.split(/\s+/).length, 0);

describe("minutes of the mentor's talk, for drafts per hour", () => {
  it('measures the pace of a captioned conversation from its own cue times, not an assumed 150 words a minute', () => {
    const { turns } = read('mentoring-off-the-record.vtt');
    const timed = turns.filter((t) => t.start !== undefined);
    const first = turns.indexOf(timed[0]!);
    const last = turns.indexOf(timed.at(-1)!);
    const pace = words(turns.slice(first, last), 'Sam Okafor') + words(turns.slice(first, last), 'Priya Raman');
    const perMinute = pace / ((timed.at(-1)!.start! - timed[0]!.start!) / 60);
    expect(perMinute).not.toBeCloseTo(150, 0);
    expect(talkMinutes(turns, (t) => t.speaker === 'Priya Raman')).toBeCloseTo(words(turns, 'Priya Raman') / perMinute, 6);
  });

  it('falls back to 150 words a minute where the transcript states no times', () => {
    const { turns } = read('mentoring-plain.txt');
    expect(turns.every((t) => t.start === undefined)).toBe(true);
    const mentor = turns[1]!.speaker!;
    expect(talkMinutes(turns, (t) => t.speaker === mentor)).toBeCloseTo(words(turns, mentor) / 150, 6);
  });

  it('uses the podcast markers of a Markdown transcript', () => {
    const { turns } = read('changelog/go-time-99-excerpt.md');
    const marked = turns.filter((t) => t.start !== undefined);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    const guest = turns.find((t) => t.start !== undefined)!.speaker!;
    expect(talkMinutes(turns, (t) => t.speaker === guest)).not.toBeCloseTo(words(turns, guest) / 150, 1);
  });
});
