import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/lib/ingest/read/index.ts';
import { buildSample, projectRoot } from '../support/build.ts';
import { occurrences, readOutput } from '../support/output.ts';

const fixtures = join(projectRoot, 'tests/fixtures/transcripts');
// Every export of Priya Raman's conversation; the founder's conversation is another mentor's (unit tests).
const mentoring = readdirSync(fixtures)
  .filter((f) => (f.startsWith('mentoring-') || f === 'mentoring.srt') && f !== 'mentoring-anonymous-founder.txt')
  .sort();

function ingest(content: string, args: string[]) {
  return spawnSync(process.execPath, [join(projectRoot, 'scripts/ingest.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, TACIT_CONTENT_DIR: content, TACIT_INBOX: join(content, '..', 'inbox'), NO_COLOR: '1' },
  });
}

describe('ingest → review → publish → build, on every export of a real mentoring conversation', () => {
  let work: string;
  let content: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tacit-ingest-'));
    content = join(work, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'people', 'priya-raman.yaml'), 'name: Priya Raman\nrole: Director of Fulfilment\n');
    writeFileSync(join(content, 'consent', 'priya-raman-2025.yaml'), 'person: priya-raman\ngiven: 2025-01-10\naudience: all-staff\nattribution: named\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds the fixtures', () => expect(mentoring.length).toBeGreaterThanOrEqual(8));

  for (const name of mentoring) {
    it(`${name}: drafts quote the mentor verbatim at the right time, name no third party, and build once published`, () => {
      const out = join(work, `out-${name}`);
      const run = ingest(content, [join(fixtures, name), '--consent', 'priya-raman-2025', '--out', out, '--date', '2025-03-14', '--json']);
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as { passages: { at: string | null; quote: string; status: string; path: string | null; kind: string | null }[] };
      const written = report.passages.filter((p) => p.status === 'new');
      expect(written.length).toBeGreaterThanOrEqual(2);
      expect(new Set(written.map((p) => p.kind))).toContain('advice');

      // Verbatim apart from redactions: every word of a quote is in the mentor's turns, in order.
      const transcript = readTranscript(readFileSync(join(fixtures, name)), name);
      const mentorText = transcript.turns
        .filter((t) => /priya/i.test(t.speaker ?? ''))
        .map((t) => t.text)
        .join(' ');
      for (const p of written) {
        for (const piece of p.quote
          .split(/\[[^\]]+\]/)
          .map((s) => s.trim())
          .filter((s) => s.length > 3)) {
          expect(normalise(mentorText)).toContain(normalise(piece));
        }
        // The passage's time is the start of the turn its first words come from.
        if (p.at) {
          const first = transcript.turns.find(
            (t) => /priya/i.test(t.speaker ?? '') && normalise(t.text).startsWith(normalise(p.quote.split(/\n/)[0]!).slice(0, 30)),
          );
          if (first?.start !== undefined) expect(p.at).toBe(timecode(first.start));
        }
        expect(`${p.quote}`).not.toMatch(/Sam|Okafor|Luis|Ortega|555-0142/);
      }

      // Review: publish every draft (choosing a topic where ingest found none fits), then build the real
      // site with them. Unreviewed, a draft without a topic would be withheld: check names it.
      for (const p of written) {
        const file = p.path!.startsWith('/') ? p.path! : join(projectRoot, p.path!);
        writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: published').replace('- choose-a-topic', '- operations'));
      }
      const site = join(work, `content-${name}`);
      cpSync(content, site, { recursive: true });
      cpSync(out, join(site, 'entries', 'ingested'), { recursive: true });
      const dist = join(work, `dist-${name}`);
      const log = buildSample({ outDir: dist, contentDir: site });
      expect(log).toMatch(/published/);
      const files = readOutput(dist);
      for (const third of ['Sam Okafor', 'Okafor', 'Luis Ortega', 'Ortega', '555-0142']) expect(occurrences(files, third), third).toEqual([]);
      for (const p of written)
        expect(
          existsSync(
            join(
              dist,
              'entries',
              p
                .path!.split('/')
                .pop()!
                .replace(/\.mdx$/, ''),
              'index.html',
            ),
          ),
        ).toBe(true);
    });
  }

  it('a real podcast conversation: the guest consents, and no host’s name survives in the drafts', () => {
    writeFileSync(join(content, 'people', 'stevenson-jean-pierre.yaml'), 'name: Stevenson Jean-Pierre\nrole: Software Engineer\n');
    writeFileSync(
      join(content, 'consent', 'stevenson-jean-pierre-2019.yaml'),
      'person: stevenson-jean-pierre\ngiven: 2019-08-01\naudience: all-staff\nattribution: anonymous\n',
    );
    const file = join(fixtures, 'changelog', 'go-time-99-excerpt.md');
    const run = ingest(content, [file, '--consent', 'stevenson-jean-pierre-2019', '--out', join(work, 'podcast'), '--date', '2019-08-29', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      transcripts: { speakers: string[] }[];
      passages: { status: string; title: string | null; summary: string | null; quote: string; at: string | null }[];
    };
    const drafts = report.passages.filter((p) => p.status === 'new');
    expect(drafts.length).toBeGreaterThan(0);
    const others = report.transcripts[0]!.speakers.filter((s) => s !== 'Stevenson Jean-Pierre');
    expect(others.length).toBeGreaterThanOrEqual(2);
    const published = drafts.map((p) => `${p.title}\n${p.summary}\n${p.quote}`).join('\n');
    for (const name of others)
      for (const part of name.split(/\s+/).filter((w) => w.length > 2)) expect(published, part).not.toMatch(new RegExp(`\\b${part}\\b`));
    // Anonymous attribution: the mentor's own name goes too.
    expect(published).not.toMatch(/Stevenson|Jean-Pierre/);
    expect(drafts.every((p) => /^\d\d:\d\d:\d\d$/.test(p.at ?? ''))).toBe(true);
  });

  it('what a speaker said off the record reaches no draft and no line of output, only a count', () => {
    const file = join(fixtures, 'mentoring-off-the-record.vtt');
    const out = join(work, 'out-off-record');
    const human = ingest(content, [file, '--consent', 'priya-raman-2025', '--out', out, '--date', '2025-03-14']);
    const json = ingest(content, [file, '--consent', 'priya-raman-2025', '--out', out, '--date', '2025-03-14', '--dry-run', '--json']);
    expect(human.status, human.stderr).toBe(0);
    expect(human.stdout).toContain('3 passages off the record, left out');
    expect((JSON.parse(json.stdout) as { offRecord: { passages: number } }).offRecord.passages).toBe(3);
    const written = readOutput(out)
      .map((f) => f.text)
      .join('\n');
    expect(written).toContain('Run the old system beside the new one');
    for (const secret of ['Halvorsen', 'chargebacks', 'drinking', 'Dunmore', 'not been told']) {
      expect(`${human.stdout}${human.stderr}${json.stdout}${json.stderr}${written}`, secret).not.toContain(secret);
    }
  });

  it('ends with a review queue and the list of what was redacted, and says when it guessed the date', () => {
    const file = join(fixtures, 'mentoring-plain.txt');
    const json = ingest(content, [file, '--consent', 'priya-raman-2025', '--out', join(work, 'out-review'), '--dry-run', '--json']);
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as {
      review: { confidence: number; flags: string[]; path: string }[];
      redactionLists: { redacted: { original: string; placeholder: string }[]; kept: { word: string }[] }[];
      transcripts: { date: string; dateFrom: string }[];
      warnings: string[];
    };
    expect(report.review.length).toBeGreaterThanOrEqual(3);
    expect(report.review.map((r) => r.confidence)).toEqual([...report.review.map((r) => r.confidence)].sort((a, b) => a - b));
    expect(report.review.some((r) => r.flags.includes('redactions to confirm'))).toBe(true);
    expect(report.redactionLists[0]!.redacted).toContainEqual(expect.objectContaining({ original: 'Luis Ortega', placeholder: '[a colleague]' }));
    expect(report.redactionLists[0]!.kept.map((k) => k.word)).toContain('February');
    // No date in the name or the header: the file's date is used, and said to be a guess.
    expect(report.transcripts[0]!.dateFrom).toBe('file date');
    expect(json.stderr).toMatch(/warning: .*mentoring-plain\.txt: no date in the file name or the transcript's header.*--date/);
    const dated = ingest(content, [file, '--consent', 'priya-raman-2025', '--out', join(work, 'out-review'), '--dry-run', '--json', '--date', '2025-03-14']);
    expect(dated.stderr).not.toContain('warning');
  });

  it('an advice drawn from a story names the story’s draft as related, and a re-run changes nothing', () => {
    const file = join(work, 'story-then-advice.txt');
    writeFileSync(
      file,
      [
        'Sam Okafor: What happened the night the warehouse system went down?',
        "Priya Raman: It was the week before the spring catalogue launch. The order system stopped accepting pick lists at about two in the morning, and nobody on the night shift had a paper copy of anything. We stood around for six hours waiting for the screens to come back, and the first trucks left half empty. So my advice is simple: print the next day's pick lists every evening and keep them in the supervisor's office, because the one night you need them they save the whole morning.",
      ].join('\n'),
    );
    const out = join(work, 'out-related');
    const args = [file, '--consent', 'priya-raman-2025', '--out', out, '--date', '2025-03-14', '--json'];
    const first = JSON.parse(ingest(content, args).stdout) as { passages: { kind: string; path: string; status: string }[] };
    const [story, advice] = first.passages;
    expect([story!.kind, advice!.kind]).toEqual(['story', 'advice']);
    const storySlug = story!.path
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '');
    const adviceText = readFileSync(advice!.path.startsWith('/') ? advice!.path : join(projectRoot, advice!.path), 'utf8');
    expect(adviceText).toContain(`related:\n  - ${storySlug}\n`);
    const again = JSON.parse(ingest(content, args).stdout) as { passages: { status: string }[] };
    expect(again.passages.map((p) => p.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('is idempotent and never overwrites an edited draft', () => {
    const out = join(work, 'idempotent');
    const file = join(fixtures, 'mentoring-teams.vtt');
    const first = JSON.parse(ingest(content, [file, '--consent', 'priya-raman-2025', '--out', out, '--json']).stdout) as { totals: { written: number } };
    expect(first.totals.written).toBeGreaterThan(0);
    const again = JSON.parse(ingest(content, [file, '--consent', 'priya-raman-2025', '--out', out, '--json']).stdout) as {
      totals: { written: number; unchanged: number };
    };
    expect(again.totals).toMatchObject({ written: 0, unchanged: first.totals.written });
    const drafts = readdirSync(join(out, 'priya-raman')).map((f) => join(out, 'priya-raman', f));
    writeFileSync(drafts[0]!, readFileSync(drafts[0]!, 'utf8').replace(/^title: .*$/m, 'title: A title the mentor chose'));
    const third = JSON.parse(ingest(content, [file, '--consent', 'priya-raman-2025', '--out', out, '--json']).stdout) as {
      totals: { written: number; edited: number };
    };
    expect(third.totals).toMatchObject({ written: 0, edited: 1 });
    expect(readFileSync(drafts[0]!, 'utf8')).toContain('title: A title the mentor chose');
    expect(readdirSync(join(out, 'priya-raman'))).toHaveLength(first.totals.written);
  });

  it('--dry-run writes nothing; an unknown mentor or a broken file writes nothing and says why', () => {
    const out = join(work, 'dry');
    const dry = ingest(content, [join(fixtures, 'mentoring-teams.vtt'), '--consent', 'priya-raman-2025', '--out', out, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(existsSync(out)).toBe(false);

    const wrong = ingest(content, [join(fixtures, 'mentoring-teams.vtt'), '--consent', 'desmond-achterberg-nwosu-2025', '--out', out]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('No speaker matches the consenting mentor `Desmond Achterberg-Nwosu`. Speakers found: `Sam Okafor`, `Priya Raman`');

    const broken = ingest(content, [
      join(fixtures, 'mentoring-teams.vtt'),
      join(fixtures, 'invalid_format1.srt'),
      '--consent',
      'priya-raman-2025',
      '--out',
      out,
    ]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/invalid_format1\.srt:\d+:\d+/);
    expect(broken.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);

    const usage = ingest(content, [join(fixtures, 'mentoring-teams.vtt')]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Missing --consent');
  });
});

const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\\/g, '').replace(/\s+/g, ' ').trim();
const timecode = (seconds: number) => {
  const s = Math.floor(seconds);
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
};
