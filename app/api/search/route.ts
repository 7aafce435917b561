import { searchSentences } from "@/lib/data/search";
import { errorResponse } from "@/lib/http/error-response";
import { parseSearchParams, SEARCH_PAGE_SIZE } from "@/lib/url/search-params-schema";

/** GET /api/search?q=[&region=&year=&kind=&page=]: one page of sentence hits as JSON, the same as /search shows. */
export async function GET(request: Request) {
  try {
    const p = parseSearchParams(new URL(request.url).searchParams);
    const result = await searchSentences({ q: p.q, region: p.region, year: p.year, kind: p.kind, limit: SEARCH_PAGE_SIZE, offset: (p.page - 1) * SEARCH_PAGE_SIZE });
    return Response.json({ ok: true, q: p.q, region: p.region ?? null, year: p.year ?? null, kind: p.kind ?? null, page: p.page, pageSize: SEARCH_PAGE_SIZE, ...result });
  } catch (error) {
    return errorResponse(error);
  }
}
