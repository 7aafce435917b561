import { anchorPosition, isLegacyRowId, legacyTarget } from "./anchor-ids";

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

export type Located =
  /** The id is in the list. */
  | { found: "exact"; id: string; index: number }
  /** A position-style id shared before ids were stable (r-12, i-gdp-growth-2): the item it pointed at. */
  | { found: "legacy"; id: string; index: number; asked: string }
  /** The id is gone (a re-analysis changed its sentence): the item with the nearest sentence number. */
  | { found: "nearest"; id: string; index: number; asked: string };

/**
 * Where `id` sits in `ids`. An id that exists elsewhere (`known`, e.g. rows hidden by a filter) is not this list's to
 * resolve and gives null, as does an id without a number or an empty list. A vanished id lands on the id of its family
 * (rows by their left sentence, or right when the asked row had none; pairs of one metric and type; sentences) with the
 * nearest number (anchor-ids.ts).
 */
export function locateId(ids: readonly string[], id: string, known: (id: string) => boolean = () => false): Located | null {
  const index = ids.indexOf(id);
  if (index !== -1) return { found: "exact", id, index };
  if (known(id) || ids.length === 0) return null;
  const asked = anchorPosition(id);
  if (!asked) return null;
  const side = asked.family === "r-left" ? "left" : asked.family === "r-right" ? "right" : undefined;
  let best = -1;
  let bestDistance = Infinity;
  ids.forEach((candidate, i) => {
    const c = anchorPosition(candidate, side);
    if (!c || c.family !== asked.family) return;
    const distance = Math.abs(c.n - asked.n);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best === -1 ? null : { found: "nearest", id: ids[best], index: best, asked: id };
}

/**
 * A linked row or indicator pair in a comparison: `all` is the full list (rows or pairs in their order, before any
 * filter), `shown` the ids of the view. An old position-style id is first mapped to the item it pointed at (an index
 * past the end lands on the last item, with a notice); then the id is located as `locateId` does.
 */
export function resolveAnchor(all: readonly { id: string }[], shown: readonly string[], id: string): Located | null {
  const known = new Set(all.map((item) => item.id));
  const isKnown = (x: string) => known.has(x);
  const legacy = legacyTarget(all, id);
  if (legacy) {
    const hit = locateId(shown, legacy, isKnown);
    return hit && { ...hit, found: hit.found === "exact" ? "legacy" : "nearest", asked: id };
  }
  if (isLegacyRowId(id) && all.length > 0) {
    const hit = locateId(shown, all[all.length - 1].id, isKnown);
    return hit && { ...hit, found: "nearest", asked: id };
  }
  return locateId(shown, id, isKnown);
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
