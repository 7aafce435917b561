import { CLASS_LABELS } from "@/lib/trajectory/build-trajectory";
import { CliError } from "./cli-error";

const USAGE = "usage: npx duizhao terms <region> [--reports a,b,c] [--json]";

/** npx duizhao terms <region>: the term trajectories of a region's years, or of a list of reports. */
export async function runTerms(args: string[]): Promise<number> {
  const at = args.indexOf("--reports");
  const reports = at === -1 ? [] : (args[at + 1] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (at !== -1 && reports.length < 2) throw new CliError("--reports takes two or more slugs, comma-separated");
  const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--reports");
  if (positional.length !== 1) throw new CliError(USAGE);
  const { getTermTrajectory } = await import("@/lib/data/trajectory");
  const view = await getTermTrajectory({ regionSlug: positional[0], slugs: reports });
  if (!view) throw new CliError(`no region "${positional[0]}" (a region's slug, as in /regions/<slug>)`);
  if (view.unknown.length) throw new CliError(`no report with slug ${view.unknown.map((s) => `"${s}"`).join(", ")}`);
  const t = view.trajectory;
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ region: { slug: view.regionSlug, name: view.region }, undated: view.undated, ...(t ?? { reports: [], mixed: null, terms: [] }) }, null, 2)}\n`);
    return 0;
  }
  console.log(`${view.region} 用词变化 · term trajectories`);
  if (!t) {
    console.log("  至少需要两份报告才能看用词变化 · needs two reports or more");
    return 0;
  }
  if (t.mixed) console.log(`  ⚠ ${t.mixed}`);
  for (const r of view.undated) console.log(`  ⚠ 年份不明，未计入 undated, left out: ${r.slug}`);
  console.log(`  每万字次数 per 10,000 characters: ${t.reports.map((r) => r.label).join(" → ")}`);
  for (const term of t.terms)
    console.log(`  ${CLASS_LABELS[term.class]}  ${term.name}: ${term.points.map((p) => p.per10k).join(" → ")}   ${term.reason}`);
  if (t.found.length) console.log("\n  自动发现的用语 terms found automatically (jieba):");
  for (const term of t.found)
    console.log(`  ${CLASS_LABELS[term.class]}  ${term.name}: ${term.points.map((p) => p.per10k).join(" → ")}   ${term.reason}`);
  return 0;
}
