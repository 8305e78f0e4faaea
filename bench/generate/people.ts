import type { Random } from './random.ts';
import { slug } from './taxonomy.ts';

/**
 * People and their consent records. Names are built from their own syllables, never from the word lists
 * the entries' text comes from, so no entry names a third party by accident.
 */

const firstNames = [
  'Adaeze',
  'Bartholomew',
  'Cosima',
  'Dmitri',
  'Eleonora',
  'Fiorella',
  'Gwendolyn',
  'Horatio',
  'Ingeborg',
  'Jolanta',
  'Kazimierz',
  'Ludovica',
  'Mireya',
  'Nkechi',
  'Octavian',
  'Philippa',
  'Quirina',
  'Rasmus',
  'Solveig',
  'Thaddeus',
  'Ulrike',
  'Valentina',
  'Wilhelmina',
  'Xiomara',
  'Yevgenia',
  'Zbigniew',
  'Anselm',
  'Benedetta',
  'Casimir',
  'Dorothea',
  'Evander',
  'Frederika',
  'Gideon',
  'Henrike',
  'Ignatius',
  'Jovana',
  'Konstantin',
  'Leopoldine',
  'Maximilian',
  'Nikolaos',
  'Oluwaseun',
  'Perpetua',
  'Radoslav',
  'Seraphina',
  'Tobiah',
  'Ursula',
  'Vasilisa',
  'Wenceslas',
  'Yolanda',
  'Zenobia',
];
const syllables = [
  'var',
  'hol',
  'quil',
  'lane',
  'brek',
  'ston',
  'mar',
  'dell',
  'osk',
  'ari',
  'feld',
  'wick',
  'thorn',
  'bur',
  'ogun',
  'ade',
  'cza',
  'rny',
  'lund',
  'kvist',
  'pell',
  'egri',
  'nou',
  'vac',
];
const titles = [
  'Senior Manager',
  'Director',
  'Principal Engineer',
  'Head',
  'Lead Planner',
  'Vice President',
  'General Manager',
  'Team Lead',
  'Senior Analyst',
  'Controller',
];
const departments = [
  'Inventory Control',
  'Enterprise Shipper Sales',
  'Load Matching Platform',
  'Great Lakes Network',
  'Customer Service Centers',
  'Financial Planning',
  'Talent Acquisition',
  'Carrier Relations',
  'Corporate Strategy',
  'Program Office',
  'Yard Operations',
  'Claims',
];

export interface GeneratedPerson {
  id: string;
  name: string;
  role: string;
  leaving?: string;
}
export interface GeneratedConsent {
  id: string;
  person: string;
  given: string;
  audience: string;
  attribution: 'named' | 'role' | 'anonymous';
  kinds?: ('story' | 'advice' | 'insight')[];
  embargoUntil?: string;
  expires?: string;
  revoked?: string;
  notes: string;
}

/** A date `days` after `start` (`YYYY-MM-DD`). */
export function addDays(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

function surname(random: Random): string {
  const part = () => {
    const s = Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return random.chance(0.35) ? `${part()}-${part()}` : part();
}

export function generatePeople(random: Random, count: number, today: string): GeneratedPerson[] {
  const names = new Set<string>();
  const people: GeneratedPerson[] = [];
  while (people.length < count) {
    const name = `${random.pick(firstNames)} ${surname(random)}`;
    if (names.has(name)) continue;
    names.add(name);
    const person: GeneratedPerson = { id: slug(name), name, role: `${random.pick(titles)}, ${random.pick(departments)}` };
    // About one in six is expected to leave: soon, or within a couple of years.
    if (random.chance(0.16)) person.leaving = addDays(today, random.int(10, 800));
    people.push(person);
  }
  return people;
}

type ConsentShape = 'named' | 'role' | 'anonymous' | 'leaders' | 'public' | 'expired' | 'embargoed';

/**
 * One or two consent records per mentor: mostly `all-staff` and `named`, with a realistic share that is
 * narrower (leaders), hides the name (role, anonymous), limits the kinds, has expired or is under embargo,
 * plus a few revoked records that no entry uses any more.
 */
export function generateConsents(random: Random, mentors: readonly GeneratedPerson[], today: string): GeneratedConsent[] {
  const out: GeneratedConsent[] = [];
  for (const person of mentors) {
    const count = random.chance(0.2) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const shape = random.weighted<ConsentShape>({ named: 72, role: 7, anonymous: 5, leaders: 5, public: 3, expired: 4, embargoed: 4 });
      const given = addDays('2023-01-02', random.int(0, daysBetween('2023-01-02', addDays(today, -60))));
      const c: GeneratedConsent = {
        id: `${person.id}-${given.slice(0, 4)}${i ? `-${shape}` : ''}`,
        person: person.id,
        given,
        audience: 'all-staff',
        attribution: 'named',
        notes: 'Generated for the benchmark.',
      };
      if (out.some((o) => o.id === c.id)) c.id = `${c.id}-${i + 1}`;
      if (shape === 'role' || shape === 'anonymous') c.attribution = shape;
      if (shape === 'leaders') c.audience = 'leaders';
      if (shape === 'public') c.audience = 'public';
      if (shape === 'expired') c.expires = addDays(today, -random.int(1, 300));
      if (shape === 'embargoed') c.embargoUntil = addDays(today, random.int(30, 400));
      if (random.chance(0.08)) c.kinds = random.pick([['story', 'insight'], ['advice'], ['advice', 'insight']] as const).slice();
      out.push(c);
    }
    if (random.chance(0.03)) {
      const given = addDays('2022-01-03', random.int(0, 300));
      out.push({
        id: `${person.id}-${given.slice(0, 4)}-withdrawn`,
        person: person.id,
        given,
        audience: 'all-staff',
        attribution: 'named',
        revoked: addDays(given, random.int(30, 200)),
        notes: 'Withdrawn; no entry uses it.',
      });
    }
  }
  return out;
}
