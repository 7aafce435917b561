import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";
import { createProgress } from "./progress";
import { reportProgressWith } from "./stop";

function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return undefined;
  const value = args[at].includes("=") ? args[at].slice(name.length + 1) : args[at + 1];
  if (!value || value.startsWith("--")) throw new CliError(`${name} needs a file name`);
  return value;
}

/** npx duizhao export --all [--out file.json]: the whole corpus, restorable with `npx duizhao restore`. */
export async function runExport(args: string[]): Promise<number> {
  if (!args.includes("--all")) throw new CliError("usage: npx duizhao export --all [--out file.json]");
  const file = path.resolve(option(args, "--out") ?? `duizhao-backup-${new Date().toISOString().slice(0, 10)}.json`);
  checkExportTarget(file);
  const { exportAll } = await import("@/lib/data/backup");
  const { reports } = await exportAll({ file });
  console.log(`导出 exported ${reports} report(s) → ${file}`);
  return 0;
}

/** Before reading the database: the folder must exist and be writable, and the name must not be a folder. */
function checkExportTarget(file: string): void {
  const folder = path.dirname(file);
  if (!existsSync(folder)) throw new CliError(`folder does not exist: ${folder}`);
  if (!statSync(folder).isDirectory()) throw new CliError(`not a folder: ${folder}`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new CliError(`folder is not writable: ${folder}`);
  }
  if (existsSync(file) && statSync(file).isDirectory()) throw new CliError(`${file} is a folder: give a file name with --out`);
}

/** npx duizhao restore <file.json>: re-import every report of a backup with its slug and corrections. Idempotent. */
export async function runRestore(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new CliError("usage: npx duizhao restore <file.json>");
  if (!existsSync(file)) throw new CliError(`file not found: ${file}`);
  if (!statSync(file).isFile()) throw new CliError(`not a regular file: ${file}`);
  const { parseBackup, restoreAll, BackupFormatError } = await import("@/lib/data/backup");
  let backup;
  try {
    backup = parseBackup(readFileSync(file, "utf8"));
  } catch (error) {
    if (error instanceof BackupFormatError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  const progress = createProgress(backup.reports.length);
  let restored = 0;
  reportProgressWith(() => `stopped after ${restored} of ${backup.reports.length} report(s)`);
  const outcomes = await restoreAll(backup, (o, n) => progress.tick((restored = n), o.slug));
  progress.done();
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  console.log(`\n恢复 restored ${count("restored")} · 已存在 unchanged ${count("unchanged")} · 冲突 conflict ${count("conflict")}`);
  for (const o of outcomes) if (o.status === "conflict") console.log(`  ✗ ${o.slug}: ${o.message}`);
  return count("conflict") ? 1 : 0;
}
