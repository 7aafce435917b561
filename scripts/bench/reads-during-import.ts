// Read latency while a 4.9 MB report is imported through the API (issue 12): the import runs in the server's worker
// pool, so reads should stay near their usual latency instead of waiting for the whole import.
import { longReport } from "./corpus";
import { stats, timeMs, type Stats } from "./timing";

export interface ReadsDuringImport {
  reportBytes: number;
  importMs: number;
  importStatus: number;
  /** The imported report's slug, for the large-page rows. */
  slug: string | null;
  reads: Stats;
  statuses: Record<string, number>;
}

const READS = ["/api/search?q=%E5%A2%9E%E9%95%BF", "/reports/yuhang-2020", "/api/compare?left=yuhang-2020&right=shangcheng-2020"];

export async function readsDuringImport(base: string): Promise<ReadsDuringImport> {
  // Just under the 5 MB limit: generated text is about 3 bytes a character.
  let report = longReport(12, 1_800_000, 2024);
  while (Buffer.byteLength(report) > 4_950_000) report = report.slice(0, Math.floor(report.length * 0.99));
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let importing = true;
  const reads = (async () => {
    for (let n = 0; importing; n++) {
      // A read counts when it was sent during the import, however late it came back.
      const { ms, value } = await timeMs(async () => {
        const res = await fetch(base + READS[n % READS.length], { signal: AbortSignal.timeout(120_000) });
        await res.arrayBuffer();
        return res.status;
      });
      statuses[value] = (statuses[value] ?? 0) + 1;
      times.push(ms);
    }
  })();
  const imported = await timeMs(() => fetch(`${base}/api/import?name=bench-large.txt`, { method: "POST", body: report, headers: { "content-type": "text/plain; charset=utf-8" } }));
  importing = false;
  await reads;
  const body = (await imported.value.json().catch(() => null)) as { outcomes?: { slug?: string }[] } | null;
  return { reportBytes: Buffer.byteLength(report), importMs: imported.ms, importStatus: imported.value.status, slug: body?.outcomes?.[0]?.slug ?? null, reads: stats(times), statuses };
}
