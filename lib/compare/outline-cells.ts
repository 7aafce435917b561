import type { OutlineHeading, OutlineRow, OutlineStatus } from "./outline-diff";

/** A heading as the compare page's outline gets it: [href in the reader, text, level]. */
export type OutlineHeadingCells = [href: string, text: string, level: number];
/** One aligned heading pair: [status, reason, left, right]. */
export type OutlineRowCells = [status: OutlineStatus, reason: string, left: OutlineHeadingCells | null, right: OutlineHeadingCells | null];

const cells = (heading: OutlineHeading | null, slug: string): OutlineHeadingCells | null =>
  heading && [`/reports/${slug}#${heading.anchor ?? `sec-${heading.index}`}`, heading.text, heading.level];

export function outlineRowCells(rows: OutlineRow[], leftSlug: string, rightSlug: string): OutlineRowCells[] {
  return rows.map((row) => [row.status, row.reason, cells(row.left, leftSlug), cells(row.right, rightSlug)]);
}
