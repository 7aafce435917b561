// The readable summary of a bench run: one table per step.
import type { runCli } from "./cli";
import type { runCompare } from "./compare";
import type { runImport } from "./import";
import type { runPipeline } from "./pipeline";
import type { runRender } from "./render";
import type { runSearch } from "./search";
import { formatTable, ms, thousands } from "./table";

export interface BenchResults {
  pipeline?: Awaited<ReturnType<typeof runPipeline>>;
  compare?: Awaited<ReturnType<typeof runCompare>>;
  render?: Awaited<ReturnType<typeof runRender>>;
  import?: Awaited<ReturnType<typeof runImport>>;
  search?: Awaited<ReturnType<typeof runSearch>>;
  cli?: Awaited<ReturnType<typeof runCli>>;
  errors?: Record<string, string>;
}

/** The page payload's size and its share of the HTML (results recorded before it was measured show –). */
function payloadCell(p: { bytes: number; payloadBytes?: number }): string {
  if (p.payloadBytes == null) return "–";
  return `${thousands(p.payloadBytes / 1024)} (${Math.round((p.payloadBytes / p.bytes) * 100)} %)`;
}

export function formatResults(r: BenchResults): string {
  const out: string[] = [];
  if (r.pipeline) {
    out.push(formatTable("1. Pipeline (analysis) throughput — medians", ["text", "chars", "sentences", "prepare ms", "p95", "prepare chars/s", "analyze chars/s"],
      r.pipeline.rows.map((p) => [p.name, thousands(p.chars), p.sentences, ms(p.prepareMs.median), ms(p.prepareMs.p95), thousands(p.prepareCharsPerSecond), thousands(p.analyzeCharsPerSecond)])));
    if (r.pipeline.pathological) {
      out.push(formatTable("1b. Pathological inputs (each should stay well under a second) — ms", ["step: input", "chars", "median", "p95", "max"],
        r.pipeline.pathological.map((p) => [p.name, thousands(p.chars), ms(p.ms.median), ms(p.ms.p95), ms(p.ms.max)])));
    }
  }
  if (r.compare) {
    out.push(formatTable("2. Compare (alignment + diff + indicator pairing) vs git diff --word-diff-regex=. — ms", ["pair", "chars L/R", "rows", "first", "ours", "p95", "git", "p95", "ours/git"],
      r.compare.rows.map((c) => [c.name, `${thousands(c.leftChars)}/${thousands(c.rightChars)}`, c.rows, c.firstMs === undefined ? "–" : ms(c.firstMs), ms(c.oursMs.median), ms(c.oursMs.p95), ms(c.gitMs.median), ms(c.gitMs.p95), c.ratio.toFixed(2)])));
    if (r.compare.regionKeystrokeMs !== undefined) out.push(`\n2b. Region picker: ${r.compare.regionKeystrokeMs} ms a keystroke (median over y, yh, yuh, 余, 余杭, hangzhou) over every division of China`);
  }
  if (r.render) {
    const note = `${r.render.build.built ? `built (${ms((r.render.build.buildMs ?? 0) / 1000)} s)` : `not rebuilt: ${r.render.build.reason}`}${r.render.rebuiltMeanwhile ? " · WARNING: .next was rebuilt during the run" : ""}`;
    out.push(formatTable(`3. Compare page on next start (SQLite bench db, 20 GETs after warm-up) — ms · ${note}`, ["page", "first (cold)", "median", "p95", "statuses", "KB", "payload KB"],
      r.render.pages.map((p) => [p.path, ms(p.firstMs), ms(p.ms.median), ms(p.ms.p95), Object.entries(p.statuses).map(([s, n]) => `${s}×${n}`).join(" "), thousands(p.bytes / 1024), payloadCell(p)])));
    const d = r.render.duringImport;
    out.push(formatTable(`3b. Reads (search, reader, compare API in turn) while a ${thousands(d.reportBytes / 1024)} KB report is imported — ms`, ["import", "import status", "reads", "median", "p95", "max", "statuses"],
      [[ms(d.importMs), d.importStatus, d.reads.runs, ms(d.reads.median), ms(d.reads.p95), ms(d.reads.max), Object.entries(d.statuses).map(([s, n]) => `${s}×${n}`).join(" ")]]));
    out.push(formatTable("3c. Long inputs: page weight and render time (cold, then median of 3) — ms", ["page", "path", "first (cold)", "ready", "median", "statuses", "KB", "payload KB"],
      (r.render.large ?? []).map((p) => [p.label, p.path, p.error ? `error: ${p.error.slice(0, 60)}` : ms(p.firstMs ?? NaN), p.readyMs != null ? ms(p.readyMs) : "–", p.ms ? ms(p.ms.median) : "–", Object.entries(p.statuses ?? {}).map(([s, n]) => `${s}×${n}`).join(" "), p.bytes ? thousands(p.bytes / 1024) : "–", p.bytes ? payloadCell(p as { bytes: number; payloadBytes?: number }) : "–"])));
  }
  if (r.search) {
    if ("skipped" in r.search && r.search.skipped) out.push(`\n4. Search: skipped — ${r.search.skipped}`);
    else {
      const filters = [...new Set(r.search.rows.map((s) => s.filter))];
      const queries = [...new Set(r.search.rows.map((s) => s.q))];
      const cell = (q: string, f: string) => {
        const s = r.search!.rows.find((x) => x.q === q && x.filter === f);
        return s ? `${ms(s.ms.median)} / ${ms(s.ms.p95)} (${s.partial ? "capped" : s.total ?? s.hits ?? "?"})` : "–";
      };
      out.push(formatTable(`4. searchSentences over ${thousands(r.search.reports)} reports in PostgreSQL — p50 / p95 ms (matching sentences)`, ["query", ...filters], queries.map((q) => [q, ...filters.map((f) => cell(q, f))])));
    }
  }
  if (r.import) {
    const b = r.import.batch;
    const c = r.import.cli;
    out.push(formatTable("5. Import throughput", ["run", "reports", "chars", "wall s", "reports/s", "chars/s", "per report p50/p95 ms", "note"], [
      ["importReport → PostgreSQL", thousands(b.reports), thousands(b.chars), ms(b.wallMs / 1000), b.reportsPerSecond.toFixed(1), thousands(b.charsPerSecond), `${ms(b.perReportMs.median)} / ${ms(b.perReportMs.p95)}`,
        `${r.import.cached ? `cached, measured ${b.importedAt.slice(0, 16)}` : "measured now"} · ${b.workers ?? 1} process(es) × ${b.concurrency} in flight`],
      ["npx duizhao import → SQLite", c.files, thousands(c.chars), ms(c.wallMs / 1000), c.reportsPerSecond.toFixed(1), thousands(c.charsPerSecond), "–", `incl. ${ms(c.startupMs / 1000)} s start-up; ${c.imported} imported`],
    ]));
  }
  if (r.cli) {
    out.push(formatTable("6. CLI start-up, against the anchor `node -e 1` in the same run — ms", ["CLI", "command", "median", "p95", "× anchor"],
      r.cli.rows.map((c) => [c.name, c.command, ms(c.ms.median), ms(c.ms.p95), c.ratio.toFixed(1)])));
  }
  for (const [step, message] of Object.entries(r.errors ?? {})) out.push(`\n${step}: FAILED — ${message}`);
  return out.join("\n");
}
