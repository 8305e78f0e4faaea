// Live filter counts: how many results each filter value would give with the current query and the
// other groups' filters, so a dead end shows as "0" before anyone clicks it. Filtering and counting use
// the table the build writes beside the index (`src/lib/index/facets.ts`).
import type { FacetTable } from '../lib/index/facets.ts';

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

let loading: Promise<FacetTable> | undefined;

/** The table, fetched once: with the first filter ticked, or once the first results are on screen. */
export const loadFacets = (url: string): Promise<FacetTable> =>
  (loading ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<FacetTable>;
  }));

/** Shows counts (the built totals with nothing typed or ticked); a value that would find nothing cannot be ticked. */
export function showCounts(boxes: readonly FacetBox[], counts: Record<string, Record<string, number>> | 'totals'): void {
  for (const box of boxes) {
    const n = counts === 'totals' ? box.total : (counts[box.input.name]?.[box.input.value] ?? 0);
    box.count.textContent = String(n);
    const dead = n === 0 && !box.input.checked;
    box.input.disabled = dead;
    box.input.parentElement?.classList.toggle('is-empty', dead);
  }
}
