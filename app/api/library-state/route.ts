import { getLibraryState } from "@/lib/data/library-state";
import { errorResponse } from "@/lib/http/error-response";

/** GET /api/library-state: the stored data's fingerprint, which the compare page cache (proxy.ts) checks on every hit. */
export async function GET() {
  try {
    return new Response(await getLibraryState(), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
