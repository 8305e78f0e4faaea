import type { Consent, Person } from '../schema/index.ts';
import type { GateContext } from './gate.ts';

/** The records the gate judges entries against (`readContent`'s result fits). */
export interface GateRecords {
  config: { audiences: readonly string[] };
  people: ReadonlyMap<string, Person>;
  consents: ReadonlyMap<string, Consent>;
  taxonomy: { topics: readonly { id: string }[]; stages: readonly { id: string }[] };
  /** Person and consent ids two files claim (`readContent` leaves them out of the maps). */
  duplicated?: { people: ReadonlySet<string>; consents: ReadonlySet<string> } | undefined;
}

/** Ids listed more than once. */
const twice = (items: readonly { id: string }[]): Set<string> => {
  const seen = new Set<string>();
  return new Set(items.filter((i) => seen.has(i.id) || !seen.add(i.id)).map((i) => i.id));
};

/** What the gate judges entries against, for one audience on one day: the build and check share it. */
export function gateContext(records: GateRecords, audience: string, today: string): GateContext {
  return {
    audience,
    audiences: records.config.audiences,
    today,
    people: records.people,
    consents: records.consents,
    topicIds: new Set(records.taxonomy.topics.map((t) => t.id)),
    stageIds: new Set(records.taxonomy.stages.map((s) => s.id)),
    duplicated: {
      people: records.duplicated?.people ?? new Set(),
      consents: records.duplicated?.consents ?? new Set(),
      topics: twice(records.taxonomy.topics),
      stages: twice(records.taxonomy.stages),
    },
  };
}
