import type { OutlineHeading, OutlineRow, OutlineStatus } from "./outline-diff";

/** How each status of 目录对照 is shown (a server component counts them, a client component marks each row). */
export const OUTLINE_STATUS: Record<OutlineStatus, { zh: string; tone: string }> = {
  kept: { zh: "保留", tone: "bg-stone-100 text-stone-800" },
  renamed: { zh: "改名", tone: "bg-amber-100 text-amber-900" },
  moved: { zh: "移动", tone: "bg-indigo-100 text-indigo-950" },
  added: { zh: "新增", tone: "bg-violet-50 text-violet-900" },
  dropped: { zh: "删去", tone: "bg-sky-50 text-sky-900" },
};

/** A heading as the compare page's outline gets it: [href in the reader, text, level]. */
export type OutlineHeadingCells = [href: string, text: string, level: number];
/** One aligned heading pair: [status, reason, left, right]. */
export type OutlineRowCells = [status: OutlineStatus, reason: string, left: OutlineHeadingCells | null, right: OutlineHeadingCells | null];

const cells = (heading: OutlineHeading | null, slug: string): OutlineHeadingCells | null =>
  heading && [`/reports/${slug}#${heading.anchor ?? `sec-${heading.index}`}`, heading.text, heading.level];

export function outlineRowCells(rows: OutlineRow[], leftSlug: string, rightSlug: string): OutlineRowCells[] {
  return rows.map((row) => [row.status, row.reason, cells(row.left, leftSlug), cells(row.right, rightSlug)]);
}
