import type { Consent, Person } from '../schema/index.ts';
import type { GateContext } from './gate.ts';

/** The records the gate judges entries against (`readContent`'s result fits). */
export interface GateRecords {
  config: { audiences: readonly string[] };
  people: ReadonlyMap<string, Person>;
  consents: ReadonlyMap<string, Consent>;
  taxonomy: { topics: readonly { id: string }[]; stages: readonly { id: string }[] };
}

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
  };
}
