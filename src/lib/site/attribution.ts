import type { Consent, Person } from '../schema/index.ts';

/**
 * How an entry names its mentor, decided by the consent alone. Only `named` carries a name or a people id:
 * the id is often the name, so it must never reach a page for the other modes.
 */
export type Attribution =
  | { mode: 'named'; personId: string; name: string; role: string; label: string }
  | { mode: 'role'; role: string; label: string }
  | { mode: 'anonymous'; label: string };

export function attribution(personId: string, person: Person, consent: Consent): Attribution {
  switch (consent.attribution) {
    case 'named':
      return { mode: 'named', personId, name: person.name, role: person.role, label: `${person.name}, ${person.role}` };
    case 'role':
      return { mode: 'role', role: person.role, label: person.role };
    case 'anonymous':
      return { mode: 'anonymous', label: 'A mentor' };
  }
}
