import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, detectFormat, parseWebVtt, readTranscript } from '../../src/lib/ingest/read/index.ts';
import { TranscriptError, type Transcript } from '../../src/lib/ingest/transcript.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const bytes = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const read = (name: string) => readTranscript(bytes(`transcripts/${name}`), name);
const utf8 = (s: string) => new TextEncoder().encode(s);
const readText = (text: string, file: string) => readTranscript(utf8(text), file);

/** The TranscriptError a read throws; fails the test when it returns instead. */
function failure(run: () => unknown): TranscriptError {
  try {
    run();
  } catch (e) {
    if (e instanceof TranscriptError) return e;
    throw e;
  }
  throw new Error('expected a TranscriptError, but the file was read');
}
const located = (e: TranscriptError) => `${e.line}:${e.column} ${e.rule} ${e.message.slice(`${e.file}:${e.line}:${e.column}  `.length, -`  ${e.rule}`.length)}`;

describe('WebVTT conformance: the W3C web-platform-tests parsing cases', () => {
  interface Expected {
    cueCount: number;
    cues: { id: string; startTime: number; endTime: number; text: string }[];
  }
  const expected = JSON.parse(readFileSync(join(fixtures, 'webvtt-conformance/expected.json'), 'utf8')) as Record<string, Expected>;

  it('has all 37 cases', () => expect(Object.keys(expected)).toHaveLength(37));

  for (const [name, want] of Object.entries(expected)) {
    // The settings and regions cases assert cue settings, which transcripts do not use; the ids there are not asserted.
    const withIds = !/^(settings|regions)-/.test(name);
    it(`${name}.vtt`, () => {
      const { text } = decode(bytes(`webvtt-conformance/${name}.vtt`));
      const { cues } = parseWebVtt(text);
      expect(cues).toHaveLength(want.cueCount);
      const pick = (c: Expected['cues'][number]) => (withIds ? c : { startTime: c.startTime, endTime: c.endTime, text: c.text });
      expect(cues.map(pick)).toEqual(want.cues.map(pick));
    });
  }
});

describe('one mentoring conversation, every export of it', () => {
  const files = {
    'mentoring-teams.vtt': ['webvtt', 'utf-8'],
    'mentoring-teams-short-timestamps.vtt': ['webvtt', 'utf-8'],
    'mentoring-zoom.vtt': ['webvtt', 'utf-8'],
    'mentoring-utf16le-bom.vtt': ['webvtt', 'utf-16le'],
    'mentoring.srt': ['srt', 'utf-8'],
    'mentoring-otter.txt': ['otter', 'utf-8'],
    'mentoring-podcast-style.md': ['markdown', 'utf-8'],
    'mentoring-plain.txt': ['plain', 'utf-8'],
    'mentoring-zoom-text.txt': ['plain', 'utf-8'],
    'mentoring-rev.txt': ['plain', 'utf-8'],
    'mentoring-windows-1252.txt': ['plain', 'windows-1252'],
  } as const;
  const reference = read('mentoring-teams.vtt');
  const firstNames = (t: Transcript) => t.turns.map((turn) => turn.speaker?.split(' ')[0]);

  it('reads the Teams export as the reference: 13 turns by two speakers', () => {
    expect(reference.speakers).toEqual(['Sam Okafor', 'Priya Raman']);
    expect(reference.turns).toHaveLength(13);
    expect(reference.turns[1]).toEqual({
      speaker: 'Priya Raman',
      text: expect.stringMatching(/^Sure\. It was March 2019, .* called me at home on 555-0142\.$/),
      start: 9.1,
      end: 24.4,
      line: 8,
    });
  });

  for (const [file, [format, encoding]] of Object.entries(files)) {
    it(`${file}: ${format} in ${encoding}, same speakers and same words`, () => {
      const t = read(file);
      expect([t.format, t.encoding]).toEqual([format, encoding]);
      const full = !file.endsWith('plain.txt') && !file.includes('1252');
      expect(t.speakers).toEqual(full ? ['Sam Okafor', 'Priya Raman'] : ['Sam', 'Priya']);
      expect(firstNames(t)).toEqual(firstNames(reference));
      // The Windows-1252 copy is the one that adds accents and curly quotes, to prove they decode.
      const texts = t.turns.map((turn) => turn.text.replace(/’/g, "'").replace(' at the Malmö café', ''));
      expect(texts).toEqual(reference.turns.map((turn) => turn.text));
    });
  }

  it('keeps the accents and curly quotes of the Windows-1252 file', () => {
    const t = read('mentoring-windows-1252.txt');
    expect(t.turns[1]!.text).toContain('launch at the Malmö café.');
    expect(t.turns[7]!.text).toMatch(/^Here’s the thing/);
  });

  it('gives every timed format the right start times', () => {
    const starts = (name: string) => read(name).turns.map((turn) => turn.start);
    const teams = [3.25, 9.1, 24.6, 41, 44.8, 61.3, 77.9, 82.4, 101.7, 118.2, 124, 129.5, 133.1];
    expect(starts('mentoring-teams.vtt')).toEqual(teams);
    expect(starts('mentoring-zoom.vtt')).toEqual(teams);
    expect(starts('mentoring-utf16le-bom.vtt')).toEqual(teams);
    expect(starts('mentoring.srt')).toEqual(teams);
    expect(starts('mentoring-teams-short-timestamps.vtt')).toEqual([3.3, ...teams.slice(1)]);
    // Otter rounds down to whole seconds, and so do the timed text exports (`00:00:03 Name: …`, Rev's `Name (00:03):`).
    expect(starts('mentoring-otter.txt')).toEqual(teams.map(Math.floor));
    expect(starts('mentoring-zoom-text.txt')).toEqual(teams.map(Math.floor));
    expect(starts('mentoring-rev.txt')).toEqual(teams.map(Math.floor));
    // Podcast Markdown marks only some turns; the others have no start rather than a guessed one.
    const u = undefined;
    expect(starts('mentoring-podcast-style.md')).toEqual([3, u, u, u, 44, u, u, u, 101, u, u, u, 133]);
    expect(starts('mentoring-plain.txt').every((s) => s === undefined)).toBe(true);
  });

  it('points each turn at the line where it starts', () => {
    const lines = (name: string) =>
      read(name)
        .turns.slice(0, 3)
        .map((turn) => turn.line);
    expect(lines('mentoring-teams.vtt')).toEqual([4, 8, 12]);
    expect(lines('mentoring-teams-short-timestamps.vtt')).toEqual([3, 6, 9]);
    expect(lines('mentoring.srt')).toEqual([2, 6, 10]);
    expect(lines('mentoring-otter.txt')).toEqual([1, 4, 7]);
    expect(lines('mentoring-podcast-style.md')).toEqual([1, 3, 5]);
    expect(lines('mentoring-plain.txt')).toEqual([1, 2, 3]);
    expect(lines('mentoring-zoom-text.txt')).toEqual([1, 2, 3]);
    expect(lines('mentoring-rev.txt')).toEqual([1, 4, 7]);
  });

  it('applies leniency only in the reader: the strict parser drops Teams short timestamps, as the spec says', () => {
    const { text } = decode(bytes('transcripts/mentoring-teams-short-timestamps.vtt'));
    expect(parseWebVtt(text).cues).toHaveLength(0);
    expect(read('mentoring-teams-short-timestamps.vtt').turns).toHaveLength(13);
  });
});

describe('real caption files with quirks', () => {
  const texts = (name: string) => read(name).turns.map((t) => t.text);

  it('reads YouTube rolling auto-captions once, without inline timestamps or tags', () => {
    const t = read('youtube_dl.vtt');
    expect(t.turns.map((turn) => [turn.text, turn.start])).toEqual([
      ['yeah', 286.07],
      ['what', 286.47],
      ["this will happen is I'm telling", 304.08],
    ]);
  });

  it('drops byte order marks, comments, metadata headers and styles, and strips cue tags', () => {
    expect(texts('captions_with_bom.vtt')).toEqual(['Caption text #1', 'Caption text #2', 'Caption text #3', 'Caption text #4']);
    expect(texts('comments.vtt')).toEqual(['- Ta en kopp varmt te. - Det är inte varmt.', '- Har en kopp te. - Det smakar som te.', '- Ta en kopp']);
    expect(texts('cue_tags.vtt')).toEqual(['When the moon hits your eye', 'Like a big-a pizza pie', "That's amore"]);
    expect(texts('metadata_headers.vtt')).toEqual(['Caption text #1', 'Caption text #2']);
    expect(texts('metadata_headers_multiline.vtt')).toEqual(['Caption text #1', 'Caption text #2']);
    expect(texts('styles.vtt')).toEqual(['- Hello world.']);
    expect(texts('using_identifiers.vtt')).toHaveLength(6);
    expect(texts('sample.vtt')).toHaveLength(16);
    expect(texts('sample.srt')).toHaveLength(5);
    expect(read('one_caption.srt').turns).toEqual([{ speaker: undefined, text: 'Caption text #1', start: 0.5, end: 7, line: 2 }]);
    expect(read('one_caption.vtt').turns).toEqual([{ speaker: undefined, text: 'Caption text #1', start: 0.5, end: 7, line: 3 }]);
  });

  const malformed = [
    'empty.vtt',
    'invalid.vtt',
    'invalid_format1.srt',
    'invalid_format2.srt',
    'invalid_format3.srt',
    'invalid_format4.srt',
    'invalid_timeframe.srt',
    'invalid_timeframe.vtt',
    'invalid_timeframe_in_cue_text.vtt',
    'missing_caption_text.srt',
    'missing_caption_text.vtt',
    'missing_timeframe.srt',
    'missing_timeframe.vtt',
    'no_captions.vtt',
  ];
  for (const name of malformed) {
    it(`refuses ${name} with the place and a fix`, () => {
      const e = failure(() => read(name));
      expect(e.file).toBe(name);
      expect(e.message.startsWith(`${name}:${e.line}:${e.column}  `)).toBe(true);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.message).toMatch(/[.?] (Add|Write|Delete|Use|Correct|Upload|Export|Put|Start)\b/);
    });
  }

  it('explains malformed files precisely', () => {
    expect(malformed.map((name) => `${name} ${located(failure(() => read(name)))}`)).toMatchInlineSnapshot(`
      [
        "empty.vtt 1:1 transcript-empty The file is empty. Upload the exported transcript or caption file itself.",
        "invalid.vtt 1:1 vtt-signature The first line is \`00:00:00.500 --> 00:00:07.000\`, but a WebVTT file must start with the line \`WEBVTT\`. Add \`WEBVTT\` and a blank line at the top, or export the captions again.",
        "invalid_format1.srt 1:1 srt-missing-timing Cue \`1\` has no timing line. Add one such as \`00:01:02,500 --> 00:01:05,000\` on the line after the cue number.",
        "invalid_format2.srt 1:1 srt-structure Expected a cue number or a timing line, found \`some text\`. Start each cue with its number and a timing line, e.g. \`1\` then \`00:00:01,000 --> 00:00:04,000\`, followed by the text and a blank line.",
        "invalid_format3.srt 2:1 srt-missing-timing Expected the timing line of cue \`1\`, found \`some text\`. Add a timing line such as \`00:01:02,500 --> 00:01:05,000\` between the cue number and the text.",
        "invalid_format4.srt 1:1 srt-structure Expected a cue number or a timing line, found \`some text\`. Start each cue with its number and a timing line, e.g. \`1\` then \`00:00:01,000 --> 00:00:04,000\`, followed by the text and a blank line.",
        "invalid_timeframe.srt 6:18 srt-timing The timing line \`00:00:07,000 --> 00:00:11.890\` mixes \`,\` and \`.\` before the milliseconds. Use \`,\` in both timestamps, for example \`00:00:07,000 --> 00:00:11,890\`.",
        "invalid_timeframe.vtt 6:25 vtt-timing Bad timing line \`00:00:07.000 --> 00:00:1d.890\`: minutes and seconds need exactly two digits (at \`00:00:1d.890\`). Write it as \`hh:mm:ss.mmm --> hh:mm:ss.mmm\`, for example \`00:01:02.500 --> 00:01:05.000\`.",
        "invalid_timeframe_in_cue_text.vtt 7:1 vtt-empty-cue A second timing line \`00:00:07.000 --> 00:00:10.890\` follows the timing line \`00:00:07.000 --> 00:00:10.890\` on line 6, so the cue on line 6 has no text. Delete the duplicate timing line, or put the caption text between the two.",
        "missing_caption_text.srt 6:1 srt-empty-cue The cue \`00:00:07,000 --> 00:00:11,890\` has no text. Write the caption text on the line below the timing line, or delete the cue.",
        "missing_caption_text.vtt 6:1 vtt-empty-cue The cue \`00:00:07.000 --> 00:00:11.890\` has no text. Write the caption text on the line below the timing line, or delete the cue.",
        "missing_timeframe.srt 6:1 srt-missing-timing Expected the timing line of cue \`2\`, found \`Caption text #2\`. Add a timing line such as \`00:01:02,500 --> 00:01:05,000\` between the cue number and the text.",
        "missing_timeframe.vtt 6:1 vtt-missing-timing \`Caption text #2\` has no timing line, so it belongs to no cue. Add a timing line such as \`00:01:02.500 --> 00:01:05.000\` above it, or delete it.",
        "no_captions.vtt 1:1 transcript-no-turns No captions or speaker turns found in this WebVTT file; is this a transcript? Export the conversation again with its captions or text included.",
      ]
    `);
  });
});

describe('decoding', () => {
  const text = 'WEBVTT\r\n\r\n00:01.000 --> 00:02.000\rCafé ’quote’\n';
  const normalised = 'WEBVTT\n\n00:01.000 --> 00:02.000\nCafé ’quote’\n';
  const utf16 = (s: string, bigEndian: boolean) => {
    const out = new Uint8Array(s.length * 2);
    [...s].forEach((ch, i) => {
      const c = ch.charCodeAt(0);
      out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
      out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
    });
    return out;
  };

  it('honours byte order marks and strips them', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ text: normalised, encoding: 'utf-8' });
    expect(decode(utf16(`\uFEFF${text}`, false))).toEqual({ text: normalised, encoding: 'utf-16le' });
    expect(decode(utf16(`\uFEFF${text}`, true))).toEqual({ text: normalised, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte order mark by its NUL bytes', () => {
    expect(decode(utf16(text, false))).toEqual({ text: normalised, encoding: 'utf-16le' });
    expect(decode(utf16(text, true))).toEqual({ text: normalised, encoding: 'utf-16be' });
  });

  it('keeps valid UTF-8 with stray NULs as UTF-8, and reads invalid UTF-8 as Windows-1252', () => {
    expect(decode(bytes('webvtt-conformance/nulls.vtt')).encoding).toBe('utf-8');
    expect(decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x0d, 0x0a]))).toEqual({ text: 'Café ’\n', encoding: 'windows-1252' });
  });
});

describe('format detection', () => {
  it('goes by content, not by the file name', () => {
    expect(detectFormat('1\n00:00:01,000 --> 00:00:02,000\nHi\n', 'captions.txt')).toBe('srt');
    expect(detectFormat('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n', 'captions.srt')).toBe('webvtt');
    expect(detectFormat('Dana W.  0:03\nHello there.\n', 'notes.md')).toBe('otter');
    expect(detectFormat('**Dana:** Hello.\n', 'notes.txt')).toBe('markdown');
    expect(detectFormat('Dana: Hello.\n', 'notes.md')).toBe('plain');
  });

  it('uses the extension only to give a broken caption file its own reader’s error', () => {
    expect(detectFormat('some text\n', 'x.srt')).toBe('srt');
    expect(detectFormat('some text\n', 'x.vtt')).toBe('webvtt');
  });

  it('names what it expected when it cannot tell', () => {
    expect(located(failure(() => readText('\n\nMinutes of the planning meeting.\nWe agreed on the budget.\n', 'minutes.txt')))).toMatchInlineSnapshot(
      `"3:1 transcript-format Cannot tell what kind of transcript this is (it starts \`Minutes of the planning meeting.\`). Upload a WebVTT file (first line \`WEBVTT\`), SRT cues (\`1\`, then \`00:00:01,000 --> 00:00:04,000\`, then text), an Otter export (\`Name  0:09\` above each paragraph), Markdown with \`**Name:** text\` paragraphs, or plain text with one \`Name: text\` line per turn, with or without its time (\`00:00:03 Name: text\`, Rev's \`Name (00:03):\`)."`,
    );
  });
});

describe('WebVTT reader', () => {
  it('takes speakers from voice tags (with classes, several per cue) and Zoom labels, and decodes entities', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '<v.loud Dana W.>Fish &amp; chips</v>',
      '',
      '00:00:02.000 --> 00:00:03.000',
      '<v Sam>Yes?</v><v Dana W.>No.</v>',
      '',
      '00:00:03.000 --> 00:00:04.000',
      'Dana W.: <i>Really</i> &lt;no&gt;',
      '',
      '00:00:04.000 --> 00:00:05.000',
      "Here's the thing about budgets: they fund numbers.",
      '',
    ].join('\n');
    expect(readText(vtt, 'x.vtt').turns.map((t) => [t.speaker, t.text, t.line])).toEqual([
      ['Dana W.', 'Fish & chips', 3],
      ['Sam', 'Yes?', 6],
      ['Dana W.', 'No.', 6],
      ['Dana W.', 'Really <no>', 9],
      // Not a speaker called "Here's the thing about budgets": the last one named goes on.
      ['Dana W.', "Here's the thing about budgets: they fund numbers.", 12],
    ]);
  });

  it('keeps consecutive cues by one speaker as separate turns, and repeated lines outside auto-captions', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Sam>Yes.\n\n00:02.000 --> 00:03.000\n<v Sam>Yes.\n';
    expect(readText(vtt, 'x.vtt').turns.map((t) => [t.speaker, t.text, t.start])).toEqual([
      ['Sam', 'Yes.', 1],
      ['Sam', 'Yes.', 2],
    ]);
  });

  it('keeps Teams cue ids, and repairs a `WEBVTT` line that is not first without moving any other line', () => {
    const { text } = decode(bytes('transcripts/mentoring-teams.vtt'));
    expect(parseWebVtt(text).cues[1]!.id).toBe('2b9c0e4a-7f1d-4c3e-9a8b-5d6e7f8a9b0c/11-0');
    const t = readText('\n\n  WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Sam>Hi.\n', 'x.vtt');
    expect(t.turns).toEqual([{ speaker: 'Sam', text: 'Hi.', start: 1, end: 2, line: 5 }]);
  });

  it('refuses a cue that ends before it starts', () => {
    const e = failure(() => readText('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHi\n', 'x.vtt'));
    expect(located(e)).toMatchInlineSnapshot(
      `"3:1 vtt-timing-order The cue \`00:00:05.000 --> 00:00:04.000\` ends before it starts. Correct the timestamps so the second is later than the first."`,
    );
  });
});

describe('SRT reader', () => {
  it('tolerates extra blank lines, no final blank line, `.` milliseconds, a missing blank line and markup', () => {
    const srt =
      '\n\n1\n00:00:01.000 --> 00:00:02.500\n<i>Dana:</i> Hello\nthere.\n2\n00:00:03.000 --> 00:00:04.000\n{\\an8}Sam: Hi.\n\n\n\n3\n00:00:05,000 --> 00:00:06,000\nBye.';
    expect(readText(srt, 'x.srt').turns).toEqual([
      { speaker: 'Dana', text: 'Hello there.', start: 1, end: 2.5, line: 4 },
      { speaker: 'Sam', text: 'Hi.', start: 3, end: 4, line: 8 },
      { speaker: 'Sam', text: 'Bye.', start: 5, end: 6, line: 14 },
    ]);
  });

  it('gives a cue without a name to the speaker last named, and leaves a file that names no one unnamed', () => {
    const srt = (cues: string[]) => cues.map((text, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${text}\n`).join('\n');
    const named = readText(
      srt(['So, the first caption.', 'Ana Ruiz: The lesson is this.', 'and it goes on here.', 'Ben Ode: Right.', 'Ana Ruiz: Then']),
      'x.srt',
    );
    expect(named.turns.map((t) => t.speaker)).toEqual([undefined, 'Ana Ruiz', 'Ana Ruiz', 'Ben Ode', 'Ana Ruiz']);
    expect(named.speakers).toEqual(['Ana Ruiz', 'Ben Ode']);
    expect(readText(srt(['One caption.', 'Another.']), 'x.srt').turns.map((t) => t.speaker)).toEqual([undefined, undefined]);
  });

  it('refuses bad timestamps and cues that end before they start', () => {
    const bad = (timing: string) => located(failure(() => readText(`1\n${timing}\nHi\n`, 'x.srt')));
    expect([bad('00:00:01,000 --> 00:00:0,500'), bad('00:00:05,000 --> 00:00:04,000'), bad('00:61:00,000 --> 01:02:00,000')]).toMatchInlineSnapshot(`
      [
        "2:18 srt-timing \`00:00:0,500\` is not an SRT timestamp. Write it as \`hh:mm:ss,mmm\` with minutes and seconds below 60, for example \`00:01:02,500\`.",
        "2:18 srt-timing-order The cue ends at \`00:00:04,000\`, before it starts at \`00:00:05,000\`. Correct the timing line so the end is later than the start.",
        "2:1 srt-timing \`00:61:00,000\` is not an SRT timestamp. Write it as \`hh:mm:ss,mmm\` with minutes and seconds below 60, for example \`00:01:02,500\`.",
      ]
    `);
  });
});

describe('Markdown, Otter and plain transcripts', () => {
  it('reads a real Changelog transcript: speakers, continued paragraphs, markers, a break', () => {
    const t = read('changelog/go-time-99-excerpt.md');
    expect(t.format).toBe('markdown');
    expect(t.speakers).toEqual(['Jon Calhoun', 'Carmen Andoh', 'Johnny Boursiquot', 'Stevenson Jean-Pierre']);
    const turn = (line: number) => t.turns.find((x) => x.line === line);
    expect(turn(1)).toMatchObject({ speaker: 'Jon Calhoun', start: 19 * 60 + 46, text: expect.stringMatching(/^Going back to Johnny's point/) });
    expect(turn(5)).toMatchObject({ speaker: 'Carmen Andoh', start: undefined }); // an unlabelled paragraph continues the speaker
    expect(turn(7)).toMatchObject({ speaker: 'Johnny Boursiquot', text: "We're stumped. [laughter]" });
    expect(turn(15)).toBeUndefined(); // **Break:** is no turn
    expect(turn(17)).toMatchObject({ speaker: 'Johnny Boursiquot', start: undefined });
    expect(turn(27)).toMatchObject({ speaker: 'Stevenson Jean-Pierre', start: 28 * 60 + 11, text: expect.stringMatching(/^I think there needs/) });
    expect(t.turns.some((x) => /\\|\*\*|\[\d/.test(x.text))).toBe(false);
  });

  it('reads `**Name**:`, unescaped `[h:mm:ss]` markers and a label alone on its line', () => {
    const md = '# Episode 12\n\n**Dana**: [1:02:03.5] Hello, *really*.\n\n**Sam:** [01:02:10]\n\nA [link](https://x.example) and `code`.\n';
    expect(readText(md, 'x.md').turns).toEqual([
      { speaker: 'Dana', text: 'Hello, really.', start: 3723.5, line: 3 },
      { speaker: 'Sam', text: 'A link and code.', start: 3730, line: 7 },
    ]);
  });

  it('reads Otter headers with hours, keeps a title, drops the Otter footer', () => {
    const otter = 'Weekly mentoring\n\nDana W.  1:02:03\nFirst line\nsecond line.\n\nSpeaker 2  1:02:09\nOK.\n\nTranscribed by https://otter.ai\n';
    expect(readText(otter, 'x.txt').turns).toEqual([
      { text: 'Weekly mentoring', line: 1 },
      { speaker: 'Dana W.', text: 'First line second line.', start: 3723, line: 3 },
      { speaker: 'Speaker 2', text: 'OK.', start: 3729, line: 7 },
    ]);
  });

  it('reads plain text: wrapped lines join, paragraphs stay with their speaker, sentences with colons are not speakers', () => {
    const plain = 'Date: 12 March\nDANA W.: My advice:\nwrite it down.\n\nThen act on it.\nSam (he/him): Why?\nDana W.: Here is the thing: it works.\n';
    const t = readText(plain, 'x.txt');
    expect(t.speakers).toEqual(['DANA W.', 'Sam (he/him)', 'Dana W.']);
    expect(t.turns.map((x) => [x.speaker, x.text, x.line])).toEqual([
      [undefined, 'Date: 12 March', 1],
      ['DANA W.', 'My advice: write it down.', 2],
      ['DANA W.', 'Then act on it.', 5],
      ['Sam (he/him)', 'Why?', 6],
      ['Dana W.', 'Here is the thing: it works.', 7],
    ]);
  });
});
