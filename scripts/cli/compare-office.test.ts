import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareJsonSchema } from "@/lib/compare/compare-json-schema";
import { readDocx, readXlsx, sheetRecords } from "@/tests/support/read-office";

const scratch = mkdtempSync(path.join(os.tmpdir(), "duizhao-cli-office-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(scratch, "unused.db")}` };
const FILES = ["seeds/001_6e2dc38416b95792.txt", "seeds/000_6f0d3471dae921c8.txt"];

function duizhao(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/duizhao.js", ...args], { encoding: "utf8", env, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npx duizhao compare --xlsx FILE --docx FILE", () => {
  it("writes both files from the same comparison as --json prints", async () => {
    const xlsx = path.join(scratch, "对照.xlsx");
    const docx = path.join(scratch, "对照.docx");
    const run = duizhao("compare", ...FILES, "--xlsx", xlsx, "--docx", docx, "--json");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/wrote .*对照\.xlsx/);
    const json = compareJsonSchema.parse(JSON.parse(run.stdout));

    const sheets = await readXlsx(readFileSync(xlsx));
    const pairs = sheetRecords(sheets["指标对照 Indicators"]);
    expect(pairs.map((p) => [p.id, p.status_code, p.left_value, p.right_value, p.delta])).toEqual(
      json.indicators.map((i) => [i.id, i.status, i.left?.value ?? null, i.right?.value ?? null, i.delta]),
    );
    expect(sheetRecords(sheets["对照行 Rows"]).map((r) => r.right)).toEqual(json.rows.map((r) => r.right?.text ?? null));
    // Files have no slug: no sentence links, and no view URL.
    expect(pairs.every((p) => p.left_link === null && p.right_link === null)).toBe(true);

    const doc = await readDocx(readFileSync(docx));
    expect(doc.paragraphs.map((p) => p.text).join("\n")).toContain("视图链接：（文件对照，无链接）");
    expect(doc.tables[0].length - 1).toBe(json.indicators.length);
    const changed = json.rows.filter((r) => r.status === "changed");
    expect(doc.paragraphs.filter((p) => /^r-(\d+|x)-(\d+|x) {2}/.test(p.text)).map((p) => p.text.split(" ")[0])).toEqual(changed.map((r) => r.id));
  });

  it("prints nothing to stdout when only writing files", () => {
    const xlsx = path.join(scratch, "only.xlsx");
    const run = duizhao("compare", ...FILES, "--xlsx", xlsx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(existsSync(xlsx)).toBe(true);
  });

  it.each([
    ["a missing file name", ["--xlsx"], /--xlsx takes a file name/],
    ["a flag instead of a file name", ["--docx", "--json"], /--docx takes a file name/],
    ["a folder that does not exist", ["--xlsx", path.join(scratch, "no/such/dir/x.xlsx")], /cannot write .*x\.xlsx: ENOENT/],
  ])("gives one clear error line for %s", (_name, flags, message) => {
    const run = duizhao("compare", ...FILES, ...(flags as string[]));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
