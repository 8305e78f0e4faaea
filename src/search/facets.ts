// Live filter counts: how many results each filter value would give with the current query and the
// other groups' filters, so a dead end shows as "0" before anyone clicks it. Filtering and counting use
// the table the build writes beside the index (`src/lib/index/facets.ts`).
import { unpackFacets, type FacetTable, type PackedFacets } from '../lib/index/facets.ts';

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

let loading: Promise<FacetTable | undefined> | undefined;

/**
 * The table, fetched once: with the first filter ticked, or once the first results are on screen.
 * Undefined when it cannot be had; the next search tries again.
 */
export const loadFacets = (url: string): Promise<FacetTable | undefined> =>
  (loading ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<PackedFacets>;
    })
    .then(unpackFacets)
    .catch(() => {
      loading = undefined;
      return undefined;
    }));

/**
 * Shows counts: the built totals with nothing typed or ticked, none when they cannot be known (the table
 * did not load), else the live ones. A value that would find nothing cannot be ticked.
 */
export function showCounts(boxes: readonly FacetBox[], counts: Record<string, Record<string, number>> | 'totals' | 'unknown'): void {
  for (const box of boxes) {
    const known = counts !== 'unknown';
    const n = typeof counts === 'string' ? box.total : (counts[box.input.name]?.[box.input.value] ?? 0);
    box.count.textContent = String(n);
    box.count.hidden = !known;
    const dead = known && n === 0 && !box.input.checked;
    box.input.disabled = dead;
    box.input.parentElement?.classList.toggle('is-empty', dead);
  }
}
