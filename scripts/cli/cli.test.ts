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

describe("npx duizhao analyze --json and hand corrections", () => {
  it("flags the sentence and the figure a stored correction changed, with its note; a file outside the database has none", () => {
    // A database of its own: the batch import test below expects the shared one without this report.
    const own = { DATABASE_URL: `file:${path.join(scratch, "corrections.db")}` };
    expect(spawnSync("node_modules/.bin/tsx", ["scripts/migrate.ts", "deploy"], { env: { ...env, ...own } }).status).toBe(0);
    const duizhao = (...args: string[]) => duizhaoWith(own, ...args);
    const seed = "seeds/000_6f0d3471dae921c8.txt";
    const fromFile = reportJsonSchema.parse(JSON.parse(duizhao("analyze", seed, "--json").stdout));
    expect(fromFile.sentences.every((s) => !s.corrected && s.indicators.every((i) => !i.corrected))).toBe(true);
    // A sentence with a figure, and a different one whose kind we change.
    const withFigure = fromFile.sentences.find((s) => s.kind === "achievement" && s.indicators.some((i) => i.unit === "%"))!;
    const figure = withFigure.indicators.find((i) => i.unit === "%")!;
    const other = fromFile.sentences.find((s) => s.kind === "achievement" && s.id !== withFigure.id)!;
    const imported = duizhao("import", seed);
    expect(imported.code, imported.stderr).toBe(0);
    const slug = /→ (\S+)/.exec(imported.stdout)![1];
    expect(duizhao("correct", slug, other.id, "--kind", "goal", "--note", "是明年的目标").code).toBe(0);
    expect(duizhao("correct", slug, withFigure.id, "--figure", figure.text, "--value", String(figure.value + 1)).code).toBe(0);

    const stored = reportJsonSchema.parse(JSON.parse(duizhao("analyze", slug, "--json").stdout));
    const kindFixed = stored.sentences.find((s) => s.id === other.id)!;
    expect(kindFixed).toMatchObject({ kind: "goal", corrected: true, note: "是明年的目标" });
    const figureFixed = stored.sentences.find((s) => s.id === withFigure.id)!;
    expect(figureFixed.corrected).toBeUndefined();
    const fixed = figureFixed.indicators.filter((i) => i.corrected);
    expect(fixed).toHaveLength(1);
    expect(fixed[0].value).toBe(figure.value + 1);
    expect(fixed[0].note).toBeUndefined();
    // Nothing else is flagged.
    expect(stored.sentences.filter((s) => s.corrected).map((s) => s.id)).toEqual([other.id]);
    expect(stored.sentences.flatMap((s) => s.indicators).filter((i) => i.corrected)).toHaveLength(1);
    // The same file, analysed as a file, still has none: corrections belong to the imported report.
    const again = reportJsonSchema.parse(JSON.parse(duizhao("analyze", seed, "--json").stdout));
    expect(again.sentences.some((s) => s.corrected || s.indicators.some((i) => i.corrected))).toBe(false);

    // --undo says it undid, not 已改正, and the sentence is back to its automatic kind.
    const listed = duizhao("correct", slug);
    const kindKey = listed.stdout.split("\n").find((line) => line.includes(` ${other.id} `))!.trim().split(/\s+/).at(-1)!;
    const undone = duizhao("correct", slug, "--undo", kindKey);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout.trim()).toBe(`已撤销改正 / correction undone: ${kindKey}`);
    expect(undone.stdout).not.toContain("已改正");
    const after = reportJsonSchema.parse(JSON.parse(duizhao("analyze", slug, "--json").stdout));
    expect(after.sentences.find((s) => s.id === other.id)).toMatchObject({ kind: other.kind });
    expect(after.sentences.some((s) => s.corrected)).toBe(false);
    // Undoing it twice is an error that names the undo, with a non-zero exit.
    const twice = duizhao("correct", slug, "--undo", kindKey);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toMatch(/无法撤销 \/ cannot undo: no correction /);
    expect(twice.stderr).not.toContain("改正无效");
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
