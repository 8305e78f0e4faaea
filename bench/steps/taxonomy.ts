import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importSkos, toSkos, toTurtle } from '../../src/lib/taxonomy/skos/index.ts';
import { projectRoot } from './project.ts';

/** The UNESCO Thesaurus in SKOS, next to the project. */
export const defaultThesaurus = join(projectRoot, '../shared/data/taxonomies/unesco-thesaurus.ttl');

export interface TaxonomyMeasurement {
  concepts: number;
  bytes: number;
  importMs: number;
  exportMs: number;
  reimportMs: number;
  /** Whether the second import gave the same taxonomy as the first. */
  lossless: boolean;
}

/** Imports a SKOS thesaurus, exports it to Turtle and imports that again, in this process, timing each. */
export async function measureTaxonomyRoundTrip(file: string): Promise<TaxonomyMeasurement> {
  const text = readFileSync(file, 'utf8');
  const options = { file: basename(file), today: '2026-11-23', lang: 'en' };
  let t = performance.now();
  const first = importSkos(text, options);
  const importMs = performance.now() - t;
  t = performance.now();
  const turtle = await toTurtle(toSkos(first.taxonomy));
  const exportMs = performance.now() - t;
  t = performance.now();
  const second = importSkos(turtle, { ...options, file: 'exported.ttl' });
  const reimportMs = performance.now() - t;
  return {
    concepts: first.taxonomy.topics.length,
    bytes: text.length,
    importMs,
    exportMs,
    reimportMs,
    lossless: JSON.stringify(second.input.topics) === JSON.stringify(first.input.topics),
  };
}

export const thesaurusPresent = (file: string) => existsSync(file);
