// export --all → a fresh database → restore: the same slugs, texts, original bytes, corrections and sentence counts.
// Restore is idempotent. Both commands run through the CLI, as a user would.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { FIXTURE_DIR } from "@/tests/fixtures/import/manifest";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

const sourceUrl = prepareFreshDatabase("backup_source");
const { importReport, correctReport } = await import("./report-imports");
const { getDb } = await import("./db");
const targetUrl = prepareFreshDatabase("backup_target");
process.env.DATABASE_URL = sourceUrl;

const BIN = path.join(process.cwd(), "bin/duizhao.js");
const cli = (url: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 180_000 });

async function snapshot(db: Db) {
  const reports = await db.report.findMany({
    orderBy: { slug: "asc" },
    select: {
      id: true, slug: true, title: true, region: true, reviewYear: true, planYear: true, kind: true, fileName: true, encoding: true, script: true,
      originalBytes: true, text: true, contentHash: true, corrections: true, sentenceCount: true, version: true, createdAt: true,
    },
  });
  return Promise.all(
    reports.map(async ({ id, originalBytes, corrections, ...r }) => ({
      ...r,
      original: Buffer.from(originalBytes).toString("base64"),
      corrections: JSON.parse(corrections),
      sentenceRows: await db.sentence.count({ where: { reportId: id } }),
      indicatorRows: await db.indicator.count({ where: { reportId: id } }),
      sentences: (await db.sentence.findMany({ where: { reportId: id }, orderBy: { index: "asc" }, select: { text: true, kind: true, start: true, end: true } })),
    })),
  );
}

describe("backup and restore", () => {
  it("round-trips the whole corpus through export --all and restore, idempotently", async () => {
    const seeds = ["001_6e2dc38416b95792.txt", "003_d850761e47ed951d.txt", "004_eb0d6571eb462b03.txt"];
    for (const [i, file] of seeds.entries()) {
      await importReport({ bytes: new Uint8Array(readFileSync(path.join("seeds", file))), fileName: file, slug: ["news", "shangcheng", "xihu"][i] });
    }
    for (const file of ["000-gb18030.txt", "002-traditional-big5.html"]) {
      const outcome = await importReport({ bytes: new Uint8Array(readFileSync(path.join(FIXTURE_DIR, file))), fileName: file });
      expect(outcome.status).toBe("imported");
    }
    expect(await correctReport({ slug: "xihu", corrections: { reviewYear: 2011, speaker: "朱党其区长", title: "西湖区 <b>校正</b> 标题" } })).toEqual({ ok: true });
    const before = await snapshot(getDb());
    expect(before).toHaveLength(5);

    const dir = mkdtempSync(path.join(os.tmpdir(), "duizhao-backup-"));
    const file = path.join(dir, "backup.json");
    const exported = cli(sourceUrl, "export", "--all", "--out", file);
    expect(exported.stderr).not.toMatch(/error/);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/exported 5 report/);
    const backup = JSON.parse(readFileSync(file, "utf8"));
    expect(backup).toMatchObject({ format: "duizhao-backup", formatVersion: 1 });
    expect(backup.reports.map((r: { slug: string }) => r.slug).sort()).toEqual(before.map((r) => r.slug));

    const restored = cli(targetUrl, "restore", file);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/restored 5 · 已存在 unchanged 0 · 冲突 conflict 0/);
    const again = cli(targetUrl, "restore", file);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/restored 0 · 已存在 unchanged 5 · 冲突 conflict 0/);

    const target = createDb(resolveDatabase({ DATABASE_URL: targetUrl } as unknown as NodeJS.ProcessEnv));
    try {
      const after = await snapshot(target);
      expect(after).toEqual(before);
      expect(after.find((r) => r.slug === "xihu")).toMatchObject({ reviewYear: 2011, title: "西湖区 <b>校正</b> 标题", corrections: { speaker: "朱党其区长" } });
    } finally {
      await target.$disconnect();
    }
  }, 300_000);

  it("refuses a file that is not a backup with one clear line", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "duizhao-backup-")), "bad.json");
    writeFileSync(file, JSON.stringify({ hello: "world" }));
    const run = cli(targetUrl, "restore", file);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^错误 \/ error: .*not a Duizhao backup: format/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses to export into a folder that does not exist, with one clear line", () => {
    const missing = path.join(mkdtempSync(path.join(os.tmpdir(), "duizhao-backup-")), "no", "such", "folder", "b.json");
    const run = cli(sourceUrl, "export", "--all", "--out", missing);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`错误 / error: folder does not exist: ${path.dirname(missing)}`);
    expect(existsSync(path.dirname(missing))).toBe(false);
  });

  it("refuses a tampered backup (a path as slug, markup as slug, a text its bytes cannot give) and restores nothing from it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "duizhao-backup-"));
    const good = path.join(dir, "good.json");
    expect(cli(sourceUrl, "export", "--all", "--out", good).status).toBe(0);
    const backup = JSON.parse(readFileSync(good, "utf8"));
    const target = prepareFreshDatabase("backup_tampered");
    const cases: [string, (reports: { slug: string; text: string }[]) => void, RegExp][] = [
      ["path", (r) => (r[1].slug = "../../etc/passwd"), /report 2 \("\.\.\/\.\.\/etc\/passwd"\): invalid slug/],
      ["markup", (r) => (r[4].slug = "<script>alert(1)</script>"), /report 5 .*invalid slug/],
      ["text", (r) => (r[2].text = r[2].text.replace(/增长/, "下降")), /report 3 .*differs from the original bytes/],
    ];
    for (const [name, tamper, reason] of cases) {
      const copy = structuredClone(backup);
      tamper(copy.reports);
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(copy));
      const run = cli(target, "restore", file);
      expect(run.status, name).toBe(2);
      expect(run.stderr.trim().split("\n"), name).toHaveLength(1);
      expect(run.stderr, name).toMatch(/backup refused, nothing restored/);
      expect(run.stderr, name).toMatch(reason);
    }
    const db = createDb(resolveDatabase({ DATABASE_URL: target } as unknown as NodeJS.ProcessEnv));
    try {
      expect(await db.report.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 300_000);
});
