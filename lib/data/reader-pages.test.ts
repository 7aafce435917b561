import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

prepareFreshDatabase("wte_reader_pages");
const { importReport } = await import("./report-imports");
const { getReportOutline, listReportSentences } = await import("./reports");
const { getDb } = await import("./db");

// The reader reads one page of a report, not the report (issue 16): the outline of every sentence plus the full rows
// of an index range. Checked against the stored rows read directly, so a range that drops or adds a row fails.
describe("the reader, a page at a time (issue 16)", () => {
  it("reads the outline of every sentence and, for a range, exactly its sentences and their indicators", async () => {
    const outcome = await importReport({ bytes: new Uint8Array(readFileSync("seeds/000_6f0d3471dae921c8.txt")), fileName: "000.txt" });
    const outline = (await getReportOutline({ slug: outcome.status === "failed" ? "" : outcome.slug }))!;
    const db = getDb();
    const stored = await db.sentence.findMany({ where: { reportId: outline.id }, orderBy: { index: "asc" }, select: { index: true, text: true, kind: true, paragraph: true, sectionIndex: true, role: true, subtype: true } });
    const storedIndicators = await db.indicator.findMany({ where: { reportId: outline.id }, select: { sentenceIndex: true, text: true } });
    expect(stored.length).toBeGreaterThan(100);
    const six = (s: { index: number; paragraph: number; sectionIndex: number | null; role: string; kind: string; subtype: string | null }) => [s.index, s.paragraph, s.sectionIndex, s.role, s.kind, s.subtype];
    expect(outline.sentences.map(six)).toEqual(stored.map(six));
    // Both nulls and values of the nullable columns come through the packed read.
    expect(new Set(stored.map((s) => s.subtype === null))).toEqual(new Set([true, false]));
    expect(outline.sentences[0]).not.toHaveProperty("text");

    const [from, to] = [stored[40].index, stored[79].index];
    const page = await listReportSentences({ reportId: outline.id, from, to });
    expect(page.map((s) => s.text)).toEqual(stored.slice(40, 80).map((s) => s.text));
    const expected = storedIndicators.filter((i) => i.sentenceIndex >= from && i.sentenceIndex <= to).map((i) => `${i.sentenceIndex}:${i.text}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(page.flatMap((s) => s.indicators.map((i) => `${s.index}:${i.text}`)).sort()).toEqual(expected);

    const all = await listReportSentences({ reportId: outline.id });
    expect(all).toHaveLength(stored.length);
    expect(all.slice(40, 80)).toEqual(page);
  });
});
