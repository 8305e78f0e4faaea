import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingestTranscript } from '../../src/lib/ingest/pipeline.ts';
import { readTranscript } from '../../src/lib/ingest/read/index.ts';
import { readContent } from '../../src/lib/read/content.ts';
import { projectRoot } from './project.ts';
import { guests } from '../../src/lib/ingest/evaluate/guests.ts';

/** The real conversations `npm run eval` uses, next to the project. */
export const defaultTranscripts = join(projectRoot, '../shared/data/transcripts');

export interface IngestMeasurement {
  files: number;
  bytes: number;
  /** Time inside the ingest pipeline only, as `npm run eval` measures it. */
  ms: number;
  passages: number;
}

/** Transcript files in a folder (licences and read-mes left out), smallest first. */
export function transcriptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !/^(LICENSE|README)/i.test(f) && statSync(join(dir, f)).isFile())
    .sort((a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size || a.localeCompare(b));
}

/** The mentor of a transcript: the known guest, else the speaker who says the most. */
function mentorOf(file: string, source: Uint8Array): string {
  const guest = guests[file];
  if (guest) return guest.replace(/,.*$/, '');
  const words = new Map<string, number>();
  for (const t of readTranscript(source, file).turns) if (t.speaker) words.set(t.speaker, (words.get(t.speaker) ?? 0) + t.text.split(/\s+/).length);
  const top = [...words].sort((a, b) => b[1] - a[1])[0];
  if (!top) throw new Error(`${file}: no speaker labels, so no mentor to ingest for.`);
  return top[0];
}

/**
 * Runs the ingest pipeline in this process on each transcript with a generated consent (the mentor named,
 * all-staff, every kind), timing only the pipeline, the way scripts/eval.ts measures throughput.
 */
export function measureIngest(dir: string, files: readonly string[]): IngestMeasurement {
  const { taxonomy } = readContent(join(projectRoot, 'content'), { entries: false });
  let bytes = 0;
  let ms = 0;
  let passages = 0;
  for (const file of files) {
    const source = readFileSync(join(dir, file));
    const name = mentorOf(file, source);
    const started = performance.now();
    const result = ingestTranscript(source, file, '2020-01-01', {
      consentId: 'bench',
      mentorId: 'guest',
      mentor: { name, role: 'Guest' },
      consent: { person: 'guest', given: '2020-01-01', audience: 'all-staff', attribution: 'named' },
      otherPeople: [],
      taxonomy,
      organizations: 'keep',
    });
    ms += performance.now() - started;
    bytes += source.length;
    passages += result.passages.length;
  }
  return { files: files.length, bytes, ms, passages };
}
