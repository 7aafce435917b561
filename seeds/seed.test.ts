import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/lib/data/test-db";
import manifest from "./manifest.json";

prepareFreshDatabase("seed");

const { seed } = await import("./seed");
const { getDb } = await import("@/lib/data/db");
const { importReport } = await import("@/lib/data/report-imports");

async function snapshot() {
  const db = getDb();
  const reports = await db.report.findMany({ orderBy: { slug: "asc" }, select: { slug: true, contentHash: true, updatedAt: true, sentenceCount: true } });
  return { reports, sentences: await db.sentence.count(), indicators: await db.indicator.count(), sections: await db.section.count() };
}

describe("seeding", () => {
  beforeAll(async () => {
    const { failed } = await seed(() => undefined);
    expect(failed).toBe(0);
  }, 120_000);

  it("imports all five seeds under their manifest slugs", async () => {
    const slugs = (await getDb().report.findMany({ select: { slug: true } })).map((r) => r.slug).sort();
    expect(slugs).toEqual(manifest.seeds.map((s) => s.slug).sort());
  });

  it("stores each file's bytes and text verbatim", async () => {
    for (const { file, slug } of manifest.seeds) {
      const bytes = readFileSync(path.join("seeds", file));
      const row = await getDb().report.findUniqueOrThrow({ where: { slug }, select: { text: true, originalBytes: true } });
      expect(Buffer.from(row.originalBytes).equals(bytes)).toBe(true);
      expect(row.text).toBe(bytes.toString("utf8"));
    }
  });

  it("stores sentence offsets that point into the stored text", async () => {
    for (const { slug } of manifest.seeds) {
      const report = await getDb().report.findUniqueOrThrow({ where: { slug }, select: { id: true, text: true } });
      const sentences = await getDb().sentence.findMany({ where: { reportId: report.id }, orderBy: { index: "asc" } });
      expect(sentences.length).toBeGreaterThan(10);
      let previousEnd = 0;
      for (const s of sentences) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        // Every character of the cleaned sentence comes from its raw span (joins and repairs aside).
        const raw = report.text.slice(s.start, s.end);
        expect(raw.length).toBeGreaterThan(0);
        previousEnd = s.end;
      }
    }
  });

  it("changes nothing when run twice, and a re-import is reported as a duplicate", async () => {
    const before = await snapshot();
    const { failed } = await seed(() => undefined);
    expect(failed).toBe(0);
    expect(await snapshot()).toEqual(before);
    const again = await importReport({ bytes: readFileSync(path.join("seeds", manifest.seeds[0].file)), fileName: "copy.txt" });
    expect(again).toMatchObject({ status: "duplicate", slug: manifest.seeds[0].slug });
  }, 120_000);
});
