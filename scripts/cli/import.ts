import path from "node:path";
import type { ImportOutcome } from "@/lib/data/report-imports";
import { MAX_INPUT_BYTES } from "@/lib/import";
import { CliError } from "./cli-error";
import { createProgress } from "./progress";
import { listImportFiles, type ImportFile } from "./import-files";
import { reportSourceSchema, type ReportSource } from "@/lib/import/report-source";
import { isReadFailure, readRegularFile } from "./read-file";
import { reportProgressWith } from "./stop";

export async function runImport(args: string[]): Promise<number> {
  const { files: paths, year, source } = parseImportArgs(args);
  if (paths.length === 0) throw new CliError("usage: npx duizhao import [--year YYYY] [--source-url URL] [--publisher NAME] [--published YYYY-MM-DD] <files or folders…>");
  const { files, skipped, emptyFolders } = listImportFiles(paths);
  const { importReport, yieldToEventLoop } = await import("@/lib/data/report-imports");
  const progress = createProgress(files.length, { everyFile: true });
  const outcomes: ImportOutcome[] = emptyFolders.map((folder) => ({
    status: "failed", fileName: path.basename(folder), code: "empty-folder",
    message: "文件夹中没有可导入的文件（文本、HTML、PDF、Word） / no importable file in the folder (text, HTML, PDF, Word)",
  }));
  const done = () => outcomes.length - emptyFolders.length;
  reportProgressWith(() => `stopped after ${done()} of ${files.length} file(s), ${outcomes.filter((o) => o.status === "imported").length} imported`);
  for (const [n, file] of files.entries()) {
    await yieldToEventLoop(); // lets a pending SIGINT/SIGTERM stop the batch between reports
    outcomes.push(await importOne(file, importReport, year, source));
    progress.tick(n + 1, file.label);
  }
  const seconds = progress.done();
  const by = (status: ImportOutcome["status"]) => outcomes.filter((o) => o.status === status);
  const skippedNote = skipped.length ? ` · 跳过 skipped ${skipped.length} (not text, HTML, PDF or Word)` : "";
  console.log(`\n导入 imported ${by("imported").length} · 重复 duplicate ${by("duplicate").length} · 失败 failed ${by("failed").length}${skippedNote} · ${seconds.toFixed(1)} s`);
  for (const o of outcomes) {
    if (o.status === "imported") console.log(`  ✓ ${o.fileName} → ${o.slug}${o.version > 1 ? ` (第${o.version}版 version ${o.version})` : ""}`);
    if (o.status === "imported") for (const warning of o.warnings ?? []) console.log(`    ! ${warning}`);
    if (o.status === "duplicate") console.log(`  = ${o.fileName}: 与已有报告相同 duplicate of ${o.slug} (${o.title})`);
    if (o.status === "failed") console.log(`  ✗ ${o.fileName}: ${o.message}`);
  }
  return by("failed").length ? 1 : 0;
}

const SOURCE_FLAGS = { "--source-url": "url", "--publisher": "publisher", "--published": "published", "--retrieved": "retrieved" } as const;

/**
 * `--year 2021` (or `--year=2021`): the delivery year for texts that do not say it. `--source-url`, `--publisher`,
 * `--published`, `--retrieved` (YYYY-MM-DD): where the files came from, for every file of the run.
 */
export function parseImportArgs(args: string[]): { files: string[]; year?: number; source?: ReportSource } {
  const files: string[] = [];
  let year: number | undefined;
  let source: ReportSource | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const flag = /^(--[a-z-]+)(?:=(.*))?$/.exec(arg);
    if (flag && flag[1] in SOURCE_FLAGS) {
      const key = SOURCE_FLAGS[flag[1] as keyof typeof SOURCE_FLAGS];
      const value = flag[2] ?? args[++i];
      const parsed = reportSourceSchema.shape[key].safeParse(value);
      if (!parsed.success || !parsed.data) throw new CliError(`${flag[1]} needs ${key === "url" ? "an http(s) URL" : key === "publisher" ? "a name" : "a date such as 2021-01-18"} (got "${value ?? ""}")`);
      source = { ...source, [key]: parsed.data };
      continue;
    }
    const inline = /^--year=(.*)$/.exec(arg);
    if (arg === "--year" || inline) {
      const value = inline ? inline[1] : args[++i];
      if (!value || !/^\d{4}$/.test(value) || Number(value) < 1949 || Number(value) > 2100) {
        throw new CliError(`--year needs a year such as 2021 (got "${value ?? ""}")`);
      }
      year = Number(value);
    } else if (!arg.startsWith("--")) files.push(arg);
  }
  return { files, year, source };
}

async function importOne({ file, label }: ImportFile, importReport: typeof import("@/lib/data/report-imports").importReport, year?: number, source?: ReportSource): Promise<ImportOutcome> {
  const bytes = readRegularFile(file, MAX_INPUT_BYTES);
  if (isReadFailure(bytes)) return { status: "failed", fileName: label, ...bytes };
  // The report keeps the file's own name (a year in it is read); the summary shows the path below the folder.
  const outcome = await importReport({ bytes, fileName: path.basename(file), year, source });
  return { ...outcome, fileName: label };
}
