import { findReports } from "@/lib/data/report-search";
import { errorResponse } from "@/lib/http/error-response";
import { shortReportName } from "@/lib/format/labels";
import { parseReportSearchParams } from "@/lib/url/region-params";

/** GET /api/reports?q=yh 2021[&region=hangzhou][&limit=12]: the report picker's matches (region name, pinyin or initials, and years). */
export async function GET(request: Request) {
  try {
    const p = parseReportSearchParams(new URL(request.url).searchParams);
    const { matches, total } = p.q ? await findReports({ query: p.q, limit: p.limit, region: p.region }) : { matches: [], total: 0 };
    return Response.json({
      ok: true, q: p.q, total,
      matches: matches.map((r) => ({ slug: r.slug, name: shortReportName(r), title: r.title, region: r.region, planYear: r.planYear, reviewYear: r.reviewYear, kind: r.kind })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
