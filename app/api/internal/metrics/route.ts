import { getHeapSpaceStatistics, getHeapStatistics } from "node:v8";
import { readCacheStats } from "@/lib/http/cache-stats";
import { checkWriteAccess } from "@/lib/http/request-access";

export const dynamic = "force-dynamic";

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/**
 * GET /api/internal/metrics — this server process's memory (RSS, V8 heap) and its caches' hits and sizes, for the load
 * test (bench/README.md, "Load"). Guarded like a write: the admin token when one is set, else this machine only.
 */
export async function GET() {
  const denied = await checkWriteAccess({ surface: "api" });
  if (denied) return Response.json({ ok: false, error: denied }, { status: 403 });
  const m = process.memoryUsage();
  const heap = getHeapStatistics();
  return Response.json(
    {
      ok: true,
      pid: process.pid,
      uptimeSeconds: Math.round(process.uptime()),
      memoryMb: { rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), heapLimit: mb(heap.heap_size_limit) },
      heapSpacesMb: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { size: mb(s.space_size), used: mb(s.space_used_size) }])),
      caches: readCacheStats(),
    },
    { headers: { "cache-control": "no-store" } },
  );
}
