import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportJsonSchema } from "@/lib/analysis/report-json-schema";
import { compareJsonSchema } from "@/lib/compare/compare-json-schema";

const scratch = mkdtempSync(path.join(os.tmpdir(), "duizhao-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(scratch, "cli.db")}` };

// bin/duizhao.js runs the compiled CLI (dist/cli, built by the global setup); DUIZHAO_CLI_SOURCE=1 runs the sources through tsx.
function duizhao(...args: string[]) {
  return duizhaoWith({}, ...args);
}

function duizhaoWith(extra: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/duizhao.js", ...args], { encoding: "utf8", env: { ...env, ...extra }, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  expect(spawnSync("node_modules/.bin/tsx", ["scripts/migrate.ts", "deploy"], { env }).status).toBe(0);
});

const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt"));

describe("npx duizhao analyze", () => {
  for (const seed of seeds) {
    it(`analyses seeds/${seed} to the documented JSON shape`, () => {
      const run = duizhao("analyze", `seeds/${seed}`, "--json");
      expect(run.code, run.stderr).toBe(0);
      const json = reportJsonSchema.parse(JSON.parse(run.stdout));
      expect(json.report.slug).toBe(seed.replace(/\.txt$/, ""));
      expect(json.sentences.length).toBeGreaterThan(10);
      json.sentences.forEach((s, i) => expect(s.id).toBe(`s-${i}`));
    });
  }

  it("prints a readable listing without --json", () => {
    const run = duizhao("analyze", "seeds/000_6f0d3471dae921c8.txt");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("余杭区");
    expect(run.stdout).toMatch(/s-\d+ \[实绩/);
    expect(run.stdout).toContain("726.47亿元");
  });

  it.each([
    ["a missing file", ["analyze", "no/such/file.txt"], /file not found/],
    ["an empty file", ["analyze", writeScratch("empty.txt", "")], /文件为空|empty/],
    ["a binary file", ["analyze", writeScratch("bin.txt", Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0]))], /binary|二进制|不是文本|UTF-16|decod/i],
    ["an unknown slug", ["analyze", "no-such-report"], /no report/],
    ["an unknown command", ["frobnicate"], /unknown command/],
  ])("gives one clear error line and a non-zero exit for %s", (_name, args, message) => {
    const run = duizhao(...(args as string[]));
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toHaveLength(args[0] === "frobnicate" ? run.stderr.trim().split("\n").length : 1);
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the compiled CLI", () => {
  it("prints exactly what the sources print, and no hint", () => {
    for (const args of [["analyze", "seeds/003_d850761e47ed951d.txt", "--json"], ["compare", "seeds/001_6e2dc38416b95792.txt", "seeds/000_6f0d3471dae921c8.txt", "--json"], ["--help"]]) {
      const compiled = duizhao(...args);
      const sources = duizhaoWith({ DUIZHAO_CLI_SOURCE: "1" }, ...args);
      expect(compiled.code, compiled.stderr).toBe(0);
      expect(compiled.stderr).toBe("");
      expect(compiled.stdout).toBe(sources.stdout);
    }
  });
});

describe("npx duizhao compare and import", () => {
  it("compares two files to the documented JSON shape, without a database", () => {
    const run = duizhao("compare", "seeds/001_6e2dc38416b95792.txt", "seeds/000_6f0d3471dae921c8.txt", "--json");
    expect(run.code, run.stderr).toBe(0);
    const json = compareJsonSchema.parse(JSON.parse(run.stdout));
    expect(json.url).toBeNull();
    const fiscal = json.indicators.find((i) => i.metric === "fiscal-total-revenue" && i.left?.text === "723.2亿元");
    expect(fiscal?.right?.text).toBe("726.47亿元");
    expect(fiscal?.status).toBe("changed");
  });

  it("rejects a bad kind option", () => {
    const run = duizhao("compare", "a.txt", "b.txt", "--left", "wishes");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--left takes goal, achievement or all/);
  });

  it("imports a batch with progress and a summary, then compares slugs the same way as files", () => {
    const run = duizhao("import", "seeds/000_6f0d3471dae921c8.txt", "seeds/001_6e2dc38416b95792.txt", "seeds/000_6f0d3471dae921c8.txt", writeScratch("english.txt", "only English here"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[[█░]+\] 4\/4 100%/);
    expect(run.stdout).toMatch(/导入 imported 2 · 重复 duplicate 1 · 失败 failed 1/);
    expect(run.stdout).toMatch(/duplicate of yuhang-2020/);
    const bySlug = duizhao("compare", "yuhang-2020-news", "yuhang-2020", "--json");
    expect(bySlug.code, bySlug.stderr).toBe(0);
    const json = compareJsonSchema.parse(JSON.parse(bySlug.stdout));
    expect(json.url).toBe("/compare/yuhang-2020-news/yuhang-2020");
    const byFile = compareJsonSchema.parse(JSON.parse(duizhao("compare", "seeds/001_6e2dc38416b95792.txt", "seeds/000_6f0d3471dae921c8.txt", "--json").stdout));
    expect(json.indicators.map((i) => [i.id, i.status, i.delta])).toEqual(byFile.indicators.map((i) => [i.id, i.status, i.delta]));
    expect(json.rows.length).toBe(byFile.rows.length);
  });
});

describe("npx duizhao import --year", () => {
  it("gives a text that does not say its year the year the user gave, and refuses a bad year", () => {
    const excerpt = writeScratch("excerpt.txt", "杭州市西湖区第十四届人民代表大会\n各位代表：\n一、工作回顾\n全区生产总值增长7%。\n二、主要工作\n力争生产总值增长6%。\n");
    const run = duizhao("import", "--year", "2021", excerpt);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/excerpt\.txt → xihu-2021/);
    const bad = duizhao("import", "--year", "21", excerpt);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--year needs a year such as 2021/);
  });
});

function writeScratch(name: string, content: string | Buffer) {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}
