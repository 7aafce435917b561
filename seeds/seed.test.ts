import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { SEED_MANIFEST } from "./fixtures";

prepareFreshDatabase("seed");

const { seed } = await import("./seed");
const { getDb } = await import("@/lib/data/db");
const { importReport } = await import("@/lib/data/report-imports");

async function snapshot() {
  const db = getDb();
  const reports = await db.report.findMany({ orderBy: { slug: "asc" }, select: { slug: true, contentHash: true, updatedAt: true, sentenceCount: true } });
  return { reports, sentences: await db.sentence.count(), indicators: await db.indicator.count(), sections: await db.section.count() };
}

/** The characters of `text` left over when it is matched, in order, against `span`: "" when text is a subsequence. */
function missingFromSpan(text: string, span: string): string {
  let at = 0;
  let missing = "";
  for (const char of text) {
    const found = span.indexOf(char, at);
    if (found === -1) missing += char;
    else at = found + char.length;
  }
  return missing;
}

describe("seeding", () => {
  beforeAll(async () => {
    const { failed } = await seed(() => undefined);
    expect(failed).toBe(0);
  }, 120_000);

  it("imports all five seeds under their manifest slugs", async () => {
    const slugs = (await getDb().report.findMany({ select: { slug: true } })).map((r) => r.slug).sort();
    expect(slugs).toEqual(SEED_MANIFEST.map((s) => s.slug).sort());
  });

  it("stores each file's bytes and text verbatim", async () => {
    for (const { file, slug } of SEED_MANIFEST) {
      const bytes = readFileSync(path.join("seeds", file));
      const row = await getDb().report.findUniqueOrThrow({ where: { slug }, select: { text: true, originalBytes: true } });
      expect(Buffer.from(row.originalBytes).equals(bytes)).toBe(true);
      expect(row.text).toBe(bytes.toString("utf8"));
    }
  });

  it("stores sentence offsets that point into the stored text", async () => {
    for (const { slug } of SEED_MANIFEST) {
      const report = await getDb().report.findUniqueOrThrow({ where: { slug }, select: { id: true, text: true } });
      const sentences = await getDb().sentence.findMany({ where: { reportId: report.id }, orderBy: { index: "asc" } });
      expect(sentences.length).toBeGreaterThan(10);
      let previousEnd = 0;
      let checked = 0;
      for (const s of sentences) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        previousEnd = s.end;
        // Every character of the cleaned sentence comes from its raw span, in order: cleaning only deletes (line
        // breaks, page furniture, glosses). A repaired sentence (习近平 for A) is the one that may gain characters.
        if (JSON.parse(s.flags).includes("repaired")) continue;
        expect(missingFromSpan(s.text, report.text.slice(s.start, s.end)), `${slug} s-${s.index}`).toBe("");
        checked++;
      }
      expect(checked).toBeGreaterThan(sentences.length / 2);
    }
  });

  it("changes nothing when run twice, and a re-import is reported as a duplicate", async () => {
    const before = await snapshot();
    const { failed } = await seed(() => undefined);
    expect(failed).toBe(0);
    expect(await snapshot()).toEqual(before);
    const again = await importReport({ bytes: readFileSync(path.join("seeds", SEED_MANIFEST[0].file)), fileName: "copy.txt" });
    expect(again).toMatchObject({ status: "duplicate", slug: SEED_MANIFEST[0].slug });
  }, 120_000);
});
