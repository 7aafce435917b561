import type { ComparisonRef } from "@/lib/domain/compare";
import type {
  TrackerCellData, TrackerData, TrackerLineData, TrackerPeriodCellData, TrackerPeriodData, TrackerSideData, TrackerYearData,
} from "./build-tracker";

/**
 * How links are made: given by the edge (lib/url/tracker-links.ts), so the tracker's core names reports, sentences
 * and comparisons and never builds a URL itself.
 */
export interface TrackerLinks {
  /** /reports/<slug>#s-<index> */
  sentence(reportSlug: string, sentenceId: string): string;
  /** The compare view of a ref, opened at an indicator (`at`) when one is given. */
  compare(ref: ComparisonRef, at?: string): string;
}

/** The tracker as the page, the CLI, the API and the exports give it: each ref replaced by its link, in its place. */
export interface TrackerSide extends TrackerSideData {
  href: string;
}
type Linked<T extends TrackerCellData> = Omit<T, "compare" | "target" | "result"> & { target: TrackerSide; result: TrackerSide | null; compareHref: string };
export type TrackerCell = Linked<TrackerCellData>;
export type TrackerPeriodCell = Linked<TrackerPeriodCellData>;
export type TrackerLine = Omit<TrackerLineData, "cells"> & { cells: TrackerCell[] };
export type TrackerYear = Omit<TrackerYearData, "compare"> & { compareHref: string | null };
export type TrackerPeriod = Omit<TrackerPeriodData, "compare" | "cells"> & { compareHref: string | null; cells: TrackerPeriodCell[] };
export type Tracker = Omit<TrackerData, "years" | "lines" | "periods"> & { years: TrackerYear[]; lines: TrackerLine[]; periods: TrackerPeriod[] };

/** The object with `key` replaced by `next` carrying `value`, at the same place (the JSON keeps its field order). */
function replaceKey<T extends object>(object: T, key: string, next: string, value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => (k === key ? [next, value] : [k, v])));
}

export function linkTracker(data: TrackerData, links: TrackerLinks): Tracker {
  const side = (s: TrackerSideData): TrackerSide =>
    Object.fromEntries(Object.entries(s).flatMap(([k, v]) => (k === "sentenceId" ? [[k, v], ["href", links.sentence(s.reportSlug, s.sentenceId)]] : [[k, v]]))) as unknown as TrackerSide;
  const cell = <T extends TrackerCellData>(c: T): Linked<T> => {
    const { at, ...ref } = c.compare;
    const out = replaceKey(c, "compare", "compareHref", links.compare(ref, at));
    return { ...out, target: side(c.target), result: c.result ? side(c.result) : null } as unknown as Linked<T>;
  };
  const year = <T extends { compare: ComparisonRef | null }>(y: T) => replaceKey(y, "compare", "compareHref", y.compare ? links.compare(y.compare) : null);
  return {
    ...data,
    years: data.years.map((y) => year(y) as unknown as TrackerYear),
    lines: data.lines.map((l) => ({ ...l, cells: l.cells.map(cell) })),
    periods: data.periods.map((p) => ({ ...(year(p) as unknown as Omit<TrackerPeriod, "cells">), cells: p.cells.map(cell) })),
  };
}
