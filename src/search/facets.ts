// Live filter counts: how many results each filter value would give with the current query and the
// other groups' filters, so a dead end shows as "0" before anyone clicks it.
import type { FilterCounts, Filters, Pagefind, Response } from './pagefind.ts';

export interface FacetBox {
  input: HTMLInputElement;
  count: HTMLElement;
  /** The count with no query and no filters, as the page was built. */
  total: number;
}

/** The filter checkboxes of the page, with their count labels. */
export const facetBoxes = (root: ParentNode): FacetBox[] =>
  [...root.querySelectorAll<HTMLInputElement>('#filters input[type=checkbox]')].map((input) => {
    const count = input.parentElement?.querySelector<HTMLElement>('.count') ?? document.createElement('span');
    return { input, count, total: Number(count.textContent) || 0 };
  });

/**
 * Counts for every group. A group's own ticks are ORed, so its counts must not be narrowed by them:
 * each group with ticks gets a search of its own with the other groups' filters only. Pagefind keeps
 * what it has loaded, so these searches fetch next to nothing.
 */
export async function facetCounts(pagefind: Pagefind, term: string | null, filters: Filters, main: Response): Promise<FilterCounts> {
  const counts: FilterCounts = { ...main.filters };
  await Promise.all(
    Object.keys(filters).map(async (group) => {
      const others = Object.fromEntries(Object.entries(filters).filter(([g]) => g !== group));
      const alone = await pagefind.search(term, { filters: others });
      if (alone?.filters[group]) counts[group] = alone.filters[group];
    }),
  );
  return counts;
}

/**
 * Shows counts: the built totals with nothing typed or ticked, none at all when they are unknown (results
 * with only some of the query's words), else the live ones. A value that would find nothing cannot be ticked.
 */
export function showCounts(boxes: readonly FacetBox[], counts: FilterCounts | 'totals' | 'unknown'): void {
  for (const box of boxes) {
    const known = counts !== 'unknown';
    const n = typeof counts === 'string' ? box.total : (counts[box.input.name]?.[box.input.value] ?? 0);
    box.count.hidden = !known;
    box.count.textContent = String(n);
    const dead = known && n === 0 && !box.input.checked;
    box.input.disabled = dead;
    box.input.parentElement?.classList.toggle('is-empty', dead);
  }
}
