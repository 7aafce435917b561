// `npx duizhao import <folder>`: a folder of mixed files (text, HTML, PDF, Word, one bad file, one that is not a
// report format), then the national corpus when it is present.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { hasChromium, imageOnlyPdf, textToDocx, textToPdf } from "@/tests/support/documents/build-documents";

const url = prepareFreshDatabase("cli_import_folder");
const { getDb } = await import("@/lib/data/db");

const duizhao = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/duizhao.js", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 240_000 });
const seed = (name: string) => readFileSync(path.join("seeds", name), "utf8");

describe.skipIf(!hasChromium)("a folder of mixed files", () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), "duizhao-folder-"));
  let pdf: Uint8Array;
  let run: ReturnType<typeof duizhao>;

  beforeAll(async () => {
    mkdirSync(path.join(folder, "2021"));
    writeFileSync(path.join(folder, "yuhang.txt"), seed("000_6f0d3471dae921c8.txt"));
    pdf = textToPdf(seed("004_eb0d6571eb462b03.txt"));
    writeFileSync(path.join(folder, "xihu.pdf"), pdf);
    writeFileSync(path.join(folder, "2021", "hangzhou.docx"), await textToDocx(seed("002_28b7e1935f0577e3.txt")));
    writeFileSync(path.join(folder, "2021", "yuhang-copy.txt"), seed("000_6f0d3471dae921c8.txt")); // imported first (its folder sorts first), so yuhang.txt is the duplicate
    writeFileSync(path.join(folder, "scan.pdf"), imageOnlyPdf()); // the bad file
    writeFileSync(path.join(folder, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])); // not a report format
    writeFileSync(path.join(folder, ".DS_Store"), "junk");
    run = duizhao("import", folder);
  });

  it("shows progress for every file and ends with the summary", () => {
    expect(run.status, run.stderr).toBe(1); // one file failed
    for (const [n, label] of [[1, "2021/hangzhou.docx"], [2, "2021/yuhang-copy.txt"], [3, "scan.pdf"], [4, "xihu.pdf"], [5, "yuhang.txt"]] as const) {
      expect(run.stderr).toContain(`${n}/5`);
      expect(run.stderr).toContain(label);
    }
    expect(run.stdout).toMatch(/导入 imported 3 · 重复 duplicate 1 · 失败 failed 1 · 跳过 skipped 1/);
    expect(run.stdout).toMatch(/= yuhang\.txt: 与已有报告相同 duplicate of yuhang-2020/);
    expect(run.stdout).toMatch(/✗ scan\.pdf: 此PDF没有文字层（扫描件），不支持OCR/);
  });

  it("stores each report with its original bytes, and nothing of the failed file", async () => {
    const reports = await getDb().report.findMany({ select: { fileName: true, encoding: true, region: true, originalBytes: true }, orderBy: { fileName: "asc" } });
    expect(reports.map((r) => [r.fileName, r.encoding, r.region])).toEqual([
      ["hangzhou.docx", "docx", "杭州市"],
      ["xihu.pdf", "pdf", "西湖区"],
      ["yuhang-copy.txt", "utf-8", "余杭区"],
    ]);
    expect(Buffer.from(reports[1].originalBytes).equals(Buffer.from(pdf))).toBe(true);
  });

  it("imports the same folder again as duplicates only", () => {
    const again = duizhao("import", folder);
    expect(again.stdout).toMatch(/导入 imported 0 · 重复 duplicate 4 · 失败 failed 1/);
  });
});

describe("source flags", () => {
  it("stores the source given on the command line with every file of the run, and refuses a bad one", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "duizhao-source-"));
    writeFileSync(path.join(folder, "shangcheng.txt"), seed("003_d850761e47ed951d.txt"));
    const run = duizhao("import", "--source-url", "https://www.hzsc.gov.cn/art/2020/1/10/a.html", "--publisher=杭州市上城区人民政府", "--published", "2020-01-10", folder);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const stored = await getDb().report.findFirstOrThrow({ where: { fileName: "shangcheng.txt" }, select: { corrections: true } });
    expect(JSON.parse(stored.corrections).source).toEqual({
      url: "https://www.hzsc.gov.cn/art/2020/1/10/a.html", publisher: "杭州市上城区人民政府", published: "2020-01-10", retrieved: new Date().toISOString().slice(0, 10),
    });
    const bad = duizhao("import", "--published", "10 Jan 2020", folder);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--published needs a date such as 2021-01-18/);
  });
});

const NATIONAL = path.resolve("../shared/corpus/national");

describe("the national corpus folder", () => {
  const present = existsSync(NATIONAL) && readdirSync(NATIONAL).length > 0;
  if (!present) console.warn(`skipped: the national corpus is not at ${NATIONAL}`);

  it.skipIf(!present)("imports every report of the folder on a fresh database", () => {
    const files = readdirSync(NATIONAL).filter((f) => !f.startsWith("."));
    const fresh = prepareFreshDatabase("cli_import_national");
    const result = spawnSync(process.execPath, ["bin/duizhao.js", "import", NATIONAL], { env: { ...process.env, DATABASE_URL: fresh }, encoding: "utf8", timeout: 240_000 });
    expect(result.status, result.stdout.slice(-2000)).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`导入 imported ${files.length} · 重复 duplicate 0 · 失败 failed 0`));
    expect(result.stdout).toMatch(/national-2013\.txt → china-2013/);
  });
});
