import type { ComparisonRef } from "@/lib/domain/compare";
import { compareHref } from "./compare-params";
import { atHref } from "./page-params";

/**
 * The tracker's links (lib/tracker/link-tracker.ts takes them): a figure's sentence in the reader, and a verdict's
 * compare view with ?at= as well as the #id — the compare view folds its 对照表, so the server must know which pair
 * to open and show.
 */
export const trackerLinks = {
  sentence: (reportSlug: string, sentenceId: string) => `/reports/${encodeURIComponent(reportSlug)}#${sentenceId}`,
  compare: (ref: ComparisonRef, at?: string) => {
    const href = compareHref(ref.left, ref.right, { l: ref.l, r: ref.r });
    return at ? atHref(href, at) : href;
  },
};
