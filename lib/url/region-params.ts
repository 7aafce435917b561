// URL surfaces of the region picker: the API's query, the library's region filter and the compare picker's two
// region choices. Bad values are dropped (never an error page); defaults never appear in a URL.
import { z } from "zod";
import { firstValues, type RawSearchParams } from "./search-params";

const slug = z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined);
const query = z.string().trim().max(40).optional().catch(undefined).transform((q) => q || undefined);

export const REGION_PAGE_SIZE = 12;

const apiSchema = z.object({ q: query, limit: z.coerce.number().int().min(1).max(50).catch(REGION_PAGE_SIZE).default(REGION_PAGE_SIZE) });

/** GET /api/regions?q=yh[&limit=]. */
export function parseRegionSearchParams(raw: RawSearchParams | URLSearchParams) {
  const p = apiSchema.parse(firstValues(raw));
  return { q: p.q ?? "", limit: p.limit };
}

/** GET /api/reports?q=yh 2021[&region=hangzhou][&limit=]: the report picker, within a region when one is given. */
export function parseReportSearchParams(raw: RawSearchParams | URLSearchParams) {
  const p = apiSchema.extend({ region: slug }).parse(firstValues(raw));
  return { q: p.q ?? "", limit: p.limit, region: p.region };
}

/** The library: `region` (a chosen region's slug), `rq` (a region search typed without JavaScript), `page` (omitted when 1). */
export function parseLibraryParams(raw: RawSearchParams) {
  return z.object({ region: slug, rq: query, page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1) }).parse(firstValues(raw));
}

/** The compare picker: a region per side (`lregion`, `rregion`) and the searches typed without JavaScript (`lq`, `rq`). */
export function parsePickerRegions(raw: RawSearchParams) {
  return z.object({ lregion: slug, rregion: slug, lq: query, rq: query }).parse(firstValues(raw));
}

/** A URL with one param set (or removed) and the others kept in their order. */
export function withParam(pathname: string, params: URLSearchParams | Record<string, string>, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const text = next.toString();
  return text ? `${pathname}?${text}` : pathname;
}
