import { noTopic } from '../schema/index.ts';
import type { ContentRecords, EntryRecord } from '../read/content.ts';
import { didYouMean } from '../suggest.ts';
import { fieldPosition, scalarRange } from './locate.ts';
import type { Finding } from './types.ts';

/** Topics and stages by id, built once per run rather than once per entry. */
export function referenceIndex(content: Pick<ContentRecords, 'taxonomy'>) {
  return { topics: new Map(content.taxonomy.topics.map((t) => [t.id, t])), stages: new Set(content.taxonomy.stages.map((s) => s.id)) };
}

/**
 * Ids an entry uses that do not resolve: topics (deprecated ones are fixable to their replacement),
 * career stages, the mentor and the consent record.
 */
export function checkReferences(entry: EntryRecord, content: ContentRecords, absolutePath: string, index = referenceIndex(content)): Finding[] {
  const out: Finding[] = [];
  const { topics, stages } = index;
  const at = (path: (string | number)[]) => ({ file: entry.file, ...fieldPosition(entry, path) });

  entry.data.topics.forEach((id, i) => {
    const concept = topics.get(id);
    if (!concept && id === noTopic) {
      out.push({
        ...at(['topics', i]),
        severity: 'error',
        rule: 'unknown-topic',
        message: `Ingest found no topic that fits this draft. Replace \`${noTopic}\` with one or more concept ids from content/taxonomy.yaml (\`npm run taxonomy -- report\` lists them), or ask a knowledge manager to add one.`,
      });
      return;
    }
    if (!concept) {
      out.push({
        ...at(['topics', i]),
        severity: 'error',
        rule: 'unknown-topic',
        message: `Unknown topic \`${id}\`: it is not in content/taxonomy.yaml.${didYouMean(id, topics.keys())} Use an existing concept id, or ask a knowledge manager to add it.`,
      });
      return;
    }
    if (concept.deprecated) {
      const replacement = concept.replacedBy && topics.get(concept.replacedBy);
      const range = scalarRange(entry, ['topics', i]);
      out.push({
        ...at(['topics', i]),
        severity: 'error',
        rule: 'deprecated-topic',
        message: replacement
          ? `Topic \`${id}\` is deprecated; use \`${replacement.id}\` (${replacement.label}) instead. \`npm run check -- --fix\` replaces it.`
          : `Topic \`${id}\` is deprecated and has no replacement. Choose another topic.`,
        fix:
          replacement && range
            ? { path: absolutePath, start: range.start, end: range.end, expected: range.text, replacement: range.text.replace(id, replacement.id) }
            : undefined,
      });
    }
  });

  entry.data.stages.forEach((id, i) => {
    if (!stages.has(id))
      out.push({
        ...at(['stages', i]),
        severity: 'error',
        rule: 'unknown-stage',
        message: `Unknown career stage \`${id}\`.${didYouMean(id, stages)} Use one of the stages in content/taxonomy.yaml.`,
      });
  });
  if (!content.people.has(entry.data.mentor)) {
    const why = content.duplicated.people.has(entry.data.mentor)
      ? 'two files claim that id (see `duplicate-person-id`)'
      : `there is no readable content/people/${entry.data.mentor}.yaml`;
    out.push({
      ...at(['mentor']),
      severity: 'error',
      rule: 'unknown-person',
      message: `Unknown mentor \`${entry.data.mentor}\`: ${why}.${didYouMean(entry.data.mentor, content.people.keys())}`,
    });
  }
  if (!content.consents.has(entry.data.consent)) {
    const why = content.duplicated.consents.has(entry.data.consent)
      ? 'two files claim that id (see `duplicate-consent-id`)'
      : `there is no readable content/consent/${entry.data.consent}.yaml`;
    out.push({
      ...at(['consent']),
      severity: 'error',
      rule: 'unknown-consent',
      message: `Unknown consent \`${entry.data.consent}\`: ${why}.${didYouMean(entry.data.consent, content.consents.keys())} Nothing can be published without a consent record.`,
    });
  }
  return out;
}
