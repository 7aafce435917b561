import { z } from "zod";
import { reportKindSchema } from "@/lib/domain/report";
import { firstValues, toQuery, type RawSearchParams } from "./search-params";

/** The size of a result page on /search. */
export const SEARCH_PAGE_SIZE = 20;
/** The deepest page a URL may ask for (the data layer ranks at most a few thousand candidates anyway). */
export const MAX_SEARCH_PAGE = 250;

const optionalText = (max: number, pattern?: RegExp) => {
  const base = z.string().trim().max(max);
  return (pattern ? base.regex(pattern) : base).optional().catch(undefined).transform((v) => v || undefined);
};

/** Every setting of /search (and GET /api/search). Bad values fall back to their defaults instead of failing. */
export const searchParamsSchema = z.object({
  /** What to look for: Chinese words or phrases, space-separated words must all occur. */
  q: z.string().catch("").default("").transform((v) => v.trim().slice(0, 200)),
  /** Report.regionSlug */
  region: optionalText(60, /^[\w-]+$/),
  /** The report's year: its plan year, or the year after its review year. */
  year: z.coerce.number().int().min(1949).max(2100).optional().catch(undefined),
  kind: reportKindSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).catch(1).default(1),
});

export type SearchParams = z.output<typeof searchParamsSchema>;

export const SEARCH_DEFAULTS: SearchParams = searchParamsSchema.parse({});

const ORDER: (keyof SearchParams)[] = ["q", "region", "year", "kind", "page"];

export function parseSearchParams(raw: RawSearchParams | URLSearchParams): SearchParams {
  return searchParamsSchema.parse(firstValues(raw));
}

/** /search with its query; defaults never appear. A change of query or filter starts again at page 1 unless given. */
export function searchHref(params: Partial<SearchParams> = {}): string {
  return `/search${toQuery({ ...SEARCH_DEFAULTS, ...params }, SEARCH_DEFAULTS, ORDER)}`;
}
