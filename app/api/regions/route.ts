import { findRegions } from "@/lib/data/regions";
import { errorResponse } from "@/lib/http/error-response";
import { parseRegionSearchParams } from "@/lib/url/region-params";

/** GET /api/regions?q=yh[&limit=12]: the region picker's matches among all divisions, regions with reports first. */
export async function GET(request: Request) {
  try {
    const p = parseRegionSearchParams(new URL(request.url).searchParams);
    const { matches, total } = p.q ? await findRegions({ query: p.q, limit: p.limit }) : { matches: [], total: 0 };
    return Response.json({
      ok: true, q: p.q, total,
      matches: matches.map((m) => ({ slug: m.slug, code: m.code, name: m.name, level: m.level, parents: m.parents, reportCount: m.reportCount, ...(m.abolished ? { abolished: m.abolished } : {}) })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
