// --during-imports N: N concurrent POST /api/import (one fresh generated file each, multipart field `files`) while the
// load runs; afterwards every file must have landed exactly once and the report count must have grown by exactly N.
import { generateReport } from "../bench/corpus";
import { percentile } from "../bench/timing";
import type { ReportStore } from "./store";

export interface ImportCheck {
  requested: number;
  ok: number;
  statuses: Record<string, number>;
  landedOnce: number;
  missing: string[];
  duplicated: string[];
  countBefore: number;
  countAfter: number;
  lost: number;
  latencyMs: { p50: number; p95: number; max: number };
}

/** Fresh texts: corpus-style reports with a run-unique closing sentence, so no run's files are duplicates. */
export function freshImportFiles(n: number, nonce: string): { name: string; text: string }[] {
  return Array.from({ length: n }, (_, k) => {
    const report = generateReport(900_000 + k);
    return { name: `load-${nonce}-${k}.txt`, text: `${report.text}    本报告为负载测试样本${nonce}第${k + 1}份。\n` };
  });
}

export async function startImports(base: string, files: { name: string; text: string }[]) {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  const post = async (file: { name: string; text: string }) => {
    const form = new FormData();
    form.append("files", new Blob([file.text], { type: "text/plain" }), file.name);
    const start = performance.now();
    try {
      const res = await fetch(`${base}/api/import`, { method: "POST", body: form, signal: AbortSignal.timeout(120_000) });
      const body = (await res.json().catch(() => null)) as { ok?: boolean; outcomes?: { status: string }[] } | null;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.ok && body?.outcomes?.[0]?.status === "imported") ok++;
    } catch (error) {
      statuses[`error: ${(error as Error).name}`] = (statuses[`error: ${(error as Error).name}`] ?? 0) + 1;
    }
    times.push(performance.now() - start);
  };
  const all = Promise.all(files.map(post));
  return async () => {
    await all;
    return { ok, statuses, latencyMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(0, ...times) } };
  };
}

export async function checkImports(store: ReportStore, files: { name: string }[], countBefore: number, posted: Awaited<ReturnType<Awaited<ReturnType<typeof startImports>>>>): Promise<ImportCheck> {
  const counts = await store.countByFileName(files.map((f) => f.name));
  const countAfter = await store.countReports();
  const missing = files.filter((f) => (counts.get(f.name) ?? 0) === 0).map((f) => f.name);
  const duplicated = files.filter((f) => (counts.get(f.name) ?? 0) > 1).map((f) => f.name);
  return {
    requested: files.length,
    ok: posted.ok,
    statuses: posted.statuses,
    landedOnce: files.length - missing.length - duplicated.length,
    missing,
    duplicated,
    countBefore,
    countAfter,
    // Reports that existed before and are gone, or imports that answered ok but did not add a row.
    lost: countBefore + files.length - missing.length - countAfter,
    latencyMs: posted.latencyMs,
  };
}
