import { toReportJson } from "@/lib/analysis/report-json";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import { CliError } from "./cli-error";
import { analyzeFile, analyzeStored, isFileArgument } from "./read-input";

export async function runAnalyze(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const target = args.find((a) => !a.startsWith("--"));
  if (!target) throw new CliError("usage: npx duizhao analyze <slug | file> [--json]");
  const { slug, analyzed } = isFileArgument(target) ? await analyzeFile(target) : await analyzeStored(target);
  const result = toReportJson(slug, analyzed);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const r = result.report;
  console.log(`${r.title}\n  slug ${r.slug} · 地区 ${r.region ?? "?"} · 回顾 ${r.reviewYear ?? "?"} · 计划 ${r.planYear ?? "?"} · ${r.kind}${r.inferred.length ? ` · 推断: ${r.inferred.join(", ")}` : ""}`);
  for (const w of r.warnings) console.log(`  ⚠ ${w.code}: ${w.message}`);
  for (const s of result.sentences) {
    const label = SENTENCE_KIND_LABELS[s.subtype ?? s.kind]?.zh ?? s.kind;
    console.log(`\n${s.id} [${label} ${s.confidence.toFixed(2)}] ${s.role === "body" ? "" : `(${s.role}) `}${s.text}\n    ↳ ${s.reason}`);
    for (const i of s.indicators) {
      console.log(`    • ${i.label} [${i.metric}] = ${i.value} ${i.unit}${i.scale ? ` (${i.scale})` : ""} · ${i.type} · ${i.modality}${i.qualifiers.length ? ` · ${i.qualifiers.join("、")}` : ""} «${i.text}»`);
    }
  }
  return 0;
}
