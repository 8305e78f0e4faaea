import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { normalizeText } from '../read/text.ts';
import { basename, join } from 'node:path';
import type { Problem } from '../problems.ts';
import { parseYaml, validate } from '../read/yaml.ts';
import { consentSchema, type Consent } from '../schema/index.ts';
import { displayPath } from '../text/index.ts';

/** One `content/consent/<id>.yaml` as read, valid or not, so commands can show and edit it. */
export interface ConsentRecord {
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory. */
  file: string;
  /** The file's text as it is on disk. */
  source: string;
  /** The validated record; absent when the file has YAML or schema problems. */
  data?: Consent | undefined;
  /** The fields as written, even when invalid, so a list can still show what the file says. */
  raw: Record<string, unknown>;
  problems: Problem[];
}

/** The ids of every consent record (file names without `.yaml`), sorted. */
export function consentIds(contentDir: string): string[] {
  const dir = join(contentDir, 'consent');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => basename(f, '.yaml'))
    .sort();
}

/** Reads and validates one consent record; `undefined` when there is no such file. */
export function readConsentRecord(contentDir: string, id: string): ConsentRecord | undefined {
  const path = join(contentDir, 'consent', `${id}.yaml`);
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const source = readFileSync(path, 'utf8');
  const { parsed, problems } = parseYaml(normalizeText(source), file);
  if (!parsed) return { id, path, file, source, raw: {}, problems };
  const raw = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : {};
  const { data, problems: invalid } = validate(consentSchema, parsed, file, 'consent-schema');
  return { id, path, file, source, data, raw, problems: [...problems, ...invalid] };
}

/** Every consent record in the content folder, in id order. */
export const readConsentRecords = (contentDir: string): ConsentRecord[] => consentIds(contentDir).flatMap((id) => readConsentRecord(contentDir, id) ?? []);
