import { Document, isMap, isSeq, visit } from 'yaml';
import type { TaxonomyInput } from './from-skos.ts';

/**
 * `taxonomy.yaml` text in the sample's style: one block per topic, short lists and label maps on one line
 * (`altLabels: [a, b]`, `label: { en: …, fr: … }`), and a header comment saying where it came from.
 */
export function taxonomyYaml(taxonomy: TaxonomyInput, header: string): string {
  const doc = new Document(taxonomy);
  visit(doc, {
    Seq(_, node, path) {
      // `topics` and `stages` stay block lists; lists of strings inside a topic go on one line.
      if (path.length > 2 && node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
    },
    Map(_, node, path) {
      if (path.length > 4) node.flow = true;
    },
  });
  doc.commentBefore = header
    .split('\n')
    .map((line) => ` ${line}`.trimEnd())
    .join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
