/**
 * Server-side paging of a long row list (a comparison's rows, a reader's sentences): a bounded number of items a page,
 * and the page that holds a linked id, or the nearest one when the id no longer exists.
 */
export interface PageSlice {
  /** 1-based, clamped into 1…pageCount. */
  page: number;
  pageCount: number;
  /** Items [start, end) of the whole list. */
  start: number;
  end: number;
}

export function pageSlice(total: number, page: number, size: number): PageSlice {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const p = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  return { page: p, pageCount, start: (p - 1) * size, end: Math.min(total, p * size) };
}

export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

/** The number an id carries (r-12 → 12, s-40 → 40), used to find the nearest surviving item. */
function ordinal(id: string): number | null {
  const m = /(\d+)/.exec(id);
  return m ? Number(m[1]) : null;
}

export type Located =
  /** The id is in the list. */
  | { found: "exact"; id: string; index: number }
  /** The id is gone (a re-analysis renumbered the rows): the item with the nearest number. */
  | { found: "nearest"; id: string; index: number; asked: string };

/**
 * Where `id` sits in `ids`. An id that exists elsewhere (`known`, e.g. rows hidden by a filter) is not this list's to
 * resolve and gives null, as does an id without a number or an empty list.
 */
export function locateId(ids: readonly string[], id: string, known: (id: string) => boolean = () => false): Located | null {
  const index = ids.indexOf(id);
  if (index !== -1) return { found: "exact", id, index };
  if (known(id) || ids.length === 0) return null;
  const n = ordinal(id);
  const prefix = id.replace(/\d.*$/, "");
  if (n === null) return null;
  let best = -1;
  let bestDistance = Infinity;
  ids.forEach((candidate, i) => {
    if (!candidate.startsWith(prefix)) return;
    const c = ordinal(candidate);
    if (c === null) return;
    const distance = Math.abs(c - n);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best === -1 ? null : { found: "nearest", id: ids[best], index: best, asked: id };
}

/**
 * Page ranges [start, end) over a list that may only be cut where `canBreak(previous, item)` allows (a reader's
 * paragraphs stay whole): a page closes at the first allowed cut once it holds `size` items.
 */
export function pageRanges<T>(items: readonly T[], size: number, canBreak: (previous: T, item: T) => boolean): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < items.length; i++) {
    if (i - start >= size && canBreak(items[i - 1], items[i])) {
      ranges.push([start, i]);
      start = i;
    }
  }
  ranges.push([start, items.length]);
  return ranges;
}
