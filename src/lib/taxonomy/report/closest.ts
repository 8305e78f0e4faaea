import type { Concept } from '../../schema/index.ts';
import { distance } from '../../suggest.ts';
import { tokenize } from '../../ingest/tag/tokens.ts';

export interface ConceptMatch {
  id: string;
  label: string;
  score: number;
}

/**
 * The live concepts an unknown topic id most resembles: shared word stems with the concept's id, labels and
 * synonyms, plus closeness of spelling of the last id segment (`sales/tender` → `sales/tenders`).
 */
export function closestConcepts(id: string, topics: readonly Concept[], max = 3): ConceptMatch[] {
  const stems = new Set(tokenize(id.replaceAll('/', ' ')).map((t) => t.stem));
  const tail = id.slice(id.lastIndexOf('/') + 1);
  return topics
    .filter((t) => !t.deprecated)
    .map((t) => {
      const words = new Set(tokenize([t.id.replaceAll('/', ' '), t.label, ...t.altLabels, ...t.hiddenLabels].join(' ')).map((w) => w.stem));
      const shared = [...stems].filter((s) => words.has(s)).length / Math.max(1, stems.size);
      const ownTail = t.id.slice(t.id.lastIndexOf('/') + 1);
      const spelling = 1 - distance(tail, ownTail) / Math.max(tail.length, ownTail.length);
      return { id: t.id, label: t.label, score: Math.round((0.6 * shared + 0.4 * spelling) * 100) / 100 };
    })
    .filter((m) => m.score >= 0.3)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, max);
}
