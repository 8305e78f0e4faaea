import { describe, expect, it } from 'vitest';
import { playableRecording } from '../../src/lib/gate/recordings.ts';
import { consentSchema } from '../../src/lib/schema/consent.ts';
import { entrySchema } from '../../src/lib/schema/entry.ts';

const audiences = ['public', 'all-staff', 'leaders'];
const consent = (extra: object) => consentSchema.parse({ person: 'ines', given: '2025-01-01', audience: 'public', attribution: 'named', ...extra });
const entry = { conversation: { date: '2025-02-24', recording: { src: 'recordings/a.wav', starts: '00:30:30', captions: 'recordings/a.vtt' } } };

describe('which recordings an edition may play', () => {
  it('only with a named consent that has `recordings`, for that audience and narrower ones', () => {
    const ok = consent({ recordings: { audience: 'all-staff' } });
    expect(playableRecording(entry, ok, 'all-staff', audiences)).toEqual({
      src: '/recordings/a.wav',
      captions: '/recordings/a.vtt',
      startsAt: 1830,
      files: ['recordings/a.wav', 'recordings/a.vtt'],
    });
    expect(playableRecording(entry, ok, 'leaders', audiences)).toBeDefined();
    expect(playableRecording(entry, ok, 'public', audiences)).toBeUndefined();
    expect(playableRecording(entry, consent({}), 'leaders', audiences)).toBeUndefined();
    expect(playableRecording({ conversation: { date: '2025-02-24' } }, ok, 'leaders', audiences)).toBeUndefined();
    // A hosted file is linked where it is, and nothing is copied.
    const hosted = { conversation: { date: '2025-02-24', recording: { src: 'https://media.example.com/a.mp3' } } };
    expect(playableRecording(hosted, ok, 'leaders', audiences)).toEqual({
      src: 'https://media.example.com/a.mp3',
      captions: undefined,
      startsAt: 0,
      files: [],
    });
  });
  it('never under role or anonymous attribution: a voice identifies a person', () => {
    for (const attribution of ['role', 'anonymous']) {
      const refused = consentSchema.safeParse({ person: 'ines', given: '2025-01-01', audience: 'public', attribution, recordings: { audience: 'public' } });
      expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['recordings']);
    }
  });
  it('names files under content/recordings/ or https addresses, nothing else', () => {
    const parse = (src: string) =>
      entrySchema.safeParse({
        title: 'T',
        kind: 'story',
        summary: 'S.',
        topics: ['a'],
        mentor: 'ines',
        consent: 'c',
        status: 'draft',
        conversation: { date: '2025-01-01', recording: { src } },
      }).success;
    expect(parse('recordings/2025/a.mp3')).toBe(true);
    expect(parse('https://media.example.com/a.mp3')).toBe(true);
    for (const bad of ['../secrets.wav', 'recordings/../../etc/passwd', 'http://media.example.com/a.mp3', 'javascript:alert(1)', '/abs/a.wav'])
      expect(parse(bad), bad).toBe(false);
  });
});
