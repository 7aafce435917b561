import { z } from "zod";
import { kindChoiceSchema } from "@/lib/domain/sentence";
import { onlyFilterSchema, type ComparisonRef } from "@/lib/domain/compare";
import { firstValues, toQuery, type RawSearchParams } from "./search-params";

const kindChoice = kindChoiceSchema;
const flag = z.enum(["0", "1"]).transform((v) => v === "1");

/** Every view setting of /compare/[left]/[right]. Bad values fall back to their default instead of failing the page. */
export const compareParamsSchema = z.object({
  /** Which sentences of the left report: goals, achievements or all. */
  l: kindChoice.catch("all").default("all"),
  r: kindChoice.catch("all").default("all"),
  /** One filter over rows and indicators: changed, unmatched, left-only, right-only, a verdict (met, missed…) or
   * weakened/strengthened. The summary tiles write it. */
  only: onlyFilterSchema.optional().catch(undefined),
  /** Topic text filter over both sides. */
  q: z.string().trim().max(100).optional().catch(undefined),
  /** Canonical metric key filter. */
  metric: z.string().trim().max(60).regex(/^[\w-]+$/).optional().catch(undefined),
  /** Collapse runs of identical rows (on by default). */
  collapse: flag.catch(true).default(true),
});

export type CompareParams = z.output<typeof compareParamsSchema>;

export const COMPARE_DEFAULTS: CompareParams = compareParamsSchema.parse({});

const ORDER: (keyof CompareParams)[] = ["l", "r", "only", "q", "metric", "collapse"];

export function parseCompareParams(raw: RawSearchParams | URLSearchParams): CompareParams {
  return compareParamsSchema.parse(firstValues(raw));
}

/** The compare page's path with its query; defaults never appear, so equal views share one URL. */
export function compareHref(left: string, right: string, params: Partial<CompareParams> = {}): string {
  const full = { ...COMPARE_DEFAULTS, ...params };
  return `/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}${toQuery(full, COMPARE_DEFAULTS, ORDER)}`;
}

const findQuery = z.string().trim().max(40).optional().catch(undefined).transform((q) => q || undefined);

/**
 * The compare page's report searches sent without JavaScript (`lfind`, `rfind`: 西湖 2012, xh2012): the page lists their
 * matches as links to the comparison with that side changed. They are never part of a view's URL (compareHref).
 */
export function parseReportFinds(raw: RawSearchParams | URLSearchParams): { lfind?: string; rfind?: string } {
  return z.object({ lfind: findQuery, rfind: findQuery }).parse(firstValues(raw));
}

/** A comparison (natural comparisons, year-over-year links) with the link to its page. */
export function withCompareHref<T extends ComparisonRef>(ref: T): T & { href: string } {
  return { ...ref, href: compareHref(ref.left, ref.right, { l: ref.l, r: ref.r }) };
}
