import { toTrackerCsv, TRACKER_TABLES, type TrackerTable } from "@/lib/tracker/export";
import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import { writeFile } from "node:fs/promises";
import { trackerToXlsx } from "@/lib/tracker/export-xlsx";
import { CliError } from "./cli-error";

const USAGE = "usage: npx duizhao track <region> [--json | --csv [--table targets|years|periods]] [--xlsx FILE]";

/** npx duizhao track <region>: the promise tracker of a region (its slug, as in /regions/<slug>). */
export async function runTrack(args: string[]): Promise<number> {
  const at = args.indexOf("--table");
  const table = (at === -1 ? "targets" : args[at + 1]) as TrackerTable;
  if (!TRACKER_TABLES.includes(table)) throw new CliError(`--table takes targets, years or periods (got "${args[at + 1] ?? ""}")`);
  const xlsxAt = args.indexOf("--xlsx");
  const xlsx = xlsxAt === -1 ? null : args[xlsxAt + 1];
  if (xlsxAt !== -1 && (!xlsx || xlsx.startsWith("--"))) throw new CliError("--xlsx takes a file name to write (e.g. --xlsx tracker.xlsx)");
  const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--table" && args[i - 1] !== "--xlsx");
  if (positional.length !== 1) throw new CliError(USAGE);
  const { getRegionTracker } = await import("@/lib/data/tracker");
  const found = await getRegionTracker({ regionSlug: positional[0] });
  if (!found) throw new CliError(`no region "${positional[0]}" (a region's slug, as in /regions/<slug>: yuhang, national…)`);
  const { tracker } = found;
  if (xlsx) {
    const bytes = await trackerToXlsx(tracker, { slug: found.regionSlug, name: found.region });
    await writeFile(xlsx, bytes).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot write ${xlsx}: ${error.code ?? String(error)}`);
    });
    process.stderr.write(`wrote ${xlsx} (${bytes.length} bytes)\n`);
    if (!args.includes("--json") && !args.includes("--csv")) return 0;
  }
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ region: { slug: found.regionSlug, name: found.region }, ...tracker }, null, 2)}\n`);
    return 0;
  }
  if (args.includes("--csv")) {
    process.stdout.write(`\uFEFF${toTrackerCsv(tracker, table)}`);
    return 0;
  }
  console.log(`${found.region} 承诺追踪 · promise tracker  (/regions/${found.regionSlug}/tracker)`);
  console.log(`  报告年份 ${tracker.availableYears.join("、") || "—"}`);
  if (tracker.message) console.log(`  ${tracker.message}`);
  const t = tracker.totals;
  if (tracker.enough) console.log(`  合计 ${t.targets} 项：完成 ${t.met} · 超额完成 ${t.exceeded} · 未完成 ${t.missed} · 未报告 ${t.dropped}`);
  for (const period of tracker.periods) {
    const t = period.totals;
    console.log(`\n“${period.name}” ${period.start}—${period.end}年  ${period.cells.length ? `${t.targets} 项：兑现 ${t.kept} · 未完成 ${t.missed} · 未报告 ${t.dropped}` : period.note}`);
    for (const c of period.cells) console.log(`  ${(INDICATOR_STATUS_LABELS[c.status]?.zh ?? c.status).padEnd(5, "　")} ${c.lineName}：${c.target.display} → ${c.result?.display ?? "—"}   ${c.reason}`);
  }
  for (const year of tracker.years) {
    const y = year.totals;
    console.log(`\n${year.year}年  ${year.state === "paired" ? `${y.targets} 项：兑现 ${y.kept} · 未完成 ${y.missed} · 未报告 ${y.dropped}` : year.note}`);
    if (year.state !== "paired") continue;
    for (const line of tracker.lines)
      for (const c of line.cells.filter((c) => c.year === year.year)) {
        const status = INDICATOR_STATUS_LABELS[c.status]?.zh ?? c.status;
        console.log(`  ${status.padEnd(5, "　")} ${line.label}：${c.target.display} → ${c.result?.display ?? "—"}   ${c.reason}`);
        console.log(`        ${c.target.href}  ${c.result?.href ?? ""}`);
      }
  }
  return 0;
}
