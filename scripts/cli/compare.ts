import { compareSides } from "@/lib/compare/compare-sides";
import { comparisonKind } from "@/lib/compare/comparison-kind";
import { sideInput } from "@/lib/compare/side-from-analyzed";
import { reportRef, toCompareJson, type CompareJson, type CompareReportRef } from "@/lib/compare/compare-json";
import type { KindChoice } from "@/lib/compare/types";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { compareHref } from "@/lib/url/compare-params";
import { CHANGE_LABELS, INDICATOR_STATUS_LABELS, ROW_STATUS_LABELS } from "@/lib/format/compare-labels";
import { KIND_CHOICES } from "@/lib/domain/sentence";
import { toXlsx } from "@/lib/compare/export-xlsx";
import { toDocx } from "@/lib/compare/export-docx";
import { writeFile } from "node:fs/promises";
import { CliError } from "./cli-error";
import { analyzeFile, isFileArgument } from "./read-input";


function kindOption(args: string[], flag: string): KindChoice {
  const at = args.indexOf(flag);
  if (at === -1) return "all";
  const value = args[at + 1];
  if (!KIND_CHOICES.includes(value as KindChoice)) throw new CliError(`${flag} takes goal, achievement or all (got "${value ?? ""}")`);
  return value as KindChoice;
}

const VALUE_FLAGS = ["--left", "--right", "--xlsx", "--docx"];

function fileOption(args: string[], flag: string): string | null {
  const at = args.indexOf(flag);
  if (at === -1) return null;
  const value = args[at + 1];
  if (!value || value.startsWith("--")) throw new CliError(`${flag} takes a file name to write (e.g. ${flag} out.${flag.slice(2)})`);
  return value;
}

export async function runCompare(args: string[]): Promise<number> {
  const l = kindOption(args, "--left");
  const r = kindOption(args, "--right");
  const xlsx = fileOption(args, "--xlsx");
  const docx = fileOption(args, "--docx");
  const positional = args.filter((a, i) => !a.startsWith("--") && !VALUE_FLAGS.includes(args[i - 1]));
  if (positional.length !== 2) throw new CliError("usage: npx duizhao compare <left> <right> [--left goal|achievement|all] [--right …] [--json] [--xlsx FILE] [--docx FILE]");
  const [left, right] = positional;
  const json = await compareArguments(left, right, l, r);
  if (xlsx) await writeExport(xlsx, await toXlsx(json));
  if (docx) await writeExport(docx, await toDocx(json));
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (!xlsx && !docx) printHuman(json.left.report, json.right.report, json);
  return 0;
}

async function writeExport(file: string, bytes: Buffer) {
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  process.stderr.write(`wrote ${file} (${bytes.length} bytes)\n`);
}

async function compareArguments(left: string, right: string, l: KindChoice, r: KindChoice) {
  if (!isFileArgument(left) && !isFileArgument(right)) {
    const { getComparison } = await import("@/lib/data/comparisons");
    const comparison = await getComparison({ left, right, l, r });
    if (!comparison) throw new CliError(`no report with slug "${left}" or "${right}"`);
    return toCompareJson({ left: { report: reportRef(comparison.left), kinds: l }, right: { report: reportRef(comparison.right), kinds: r }, url: compareHref(left, right, { l, r }), result: comparison.result });
  }
  const [a, b] = await Promise.all([loadSide(left), loadSide(right)]);
  // Files carry their own metadata: the same comparison kind (and verdicts) as the page would give two stored reports.
  const kind = comparisonKind(a.analyzed.metadata, l, b.analyzed.metadata, r);
  const result = compareSides(sideInput(a.analyzed, l), sideInput(b.analyzed, r), { related: areRelatedMetrics, kind });
  return toCompareJson({ left: { report: a.ref, kinds: l }, right: { report: b.ref, kinds: r }, url: null, result });
}

async function loadSide(arg: string) {
  if (isFileArgument(arg)) {
    const { analyzed } = await analyzeFile(arg);
    return { analyzed, ref: reportRef({ ...analyzed.metadata, slug: null }) };
  }
  const { analyzeStored } = await import("./read-input");
  const { analyzed } = await analyzeStored(arg);
  return { analyzed, ref: reportRef({ ...analyzed.metadata, slug: arg }) };
}

function printHuman(left: CompareReportRef, right: CompareReportRef, json: CompareJson) {
  const s = json.summary;
  console.log(`${left.title}  ⟷  ${right.title}`);
  if (json.url) console.log(`  ${json.url}`);
  console.log(`  已配对 ${s.matched} · 有变化 ${s.changed} · 仅左 ${s.leftOnly} · 仅右 ${s.rightOnly} · 完成 ${s.met} · 超额 ${s.exceeded} · 未完成 ${s.missed} · 未报告 ${s.dropped} · 减弱 ${s.weakened}`);
  console.log("\n指标对照表:");
  for (const i of json.indicators) {
    const status = INDICATOR_STATUS_LABELS[i.status]?.zh ?? i.status;
    console.log(`  ${i.id.padEnd(28)} ${status.padEnd(5)} ${i.left?.text ?? "—"} → ${i.right?.text ?? "—"}${i.delta != null ? ` (Δ ${i.delta} ${i.unit})` : ""}  ${i.reason}`);
  }
  console.log("\n有变化的行:");
  for (const row of json.rows.filter((r) => r.status !== "same")) {
    console.log(`  ${row.id} ${ROW_STATUS_LABELS[row.status]}${row.similarity != null ? ` ${row.similarity.toFixed(2)}` : ""}: ${row.left?.text ?? "∅"}\n      → ${row.right?.text ?? "∅"}`);
    for (const c of row.changes) console.log(`      ${CHANGE_LABELS[c.type]?.zh}: ${c.left ?? "∅"} → ${c.right ?? "∅"}`);
  }
}
