// A figure corrected by hand reaches the promise tracker: the tracker reads the compare view's verdicts, and a
// correction rebuilds them. The national reports of 2013 and 2014, imported into a real SQLite file.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { sentenceHash } from "@/lib/corrections/fingerprint";

const NATIONAL = path.resolve("../shared/corpus/national");
const files = [2013, 2014].map((y) => path.join(NATIONAL, `national-${y}.txt`));
const run = files.every((f) => existsSync(f)) && !process.env.TEST_DATABASE_URL;
if (!run) console.warn("skipped: needs the national corpus 2013–2014 and SQLite");
if (run) prepareFreshDatabase("label_corrections_tracker");
const { importReport } = await import("./report-imports");
const { getRegionTracker } = await import("./tracker");
const { getReport } = await import("./reports");
const { correctLabel } = await import("./label-corrections");

const gdp2013 = async () => {
  const found = await getRegionTracker({ regionSlug: "china" });
  return found!.tracker.lines.filter((l) => l.metric === "gdp").flatMap((l) => l.cells).find((c) => c.year === 2013 && c.target.display.includes("7.5%"));
};

describe.skipIf(!run)("hand corrections in the promise tracker", () => {
  it("judges the 2013 GDP target by the corrected 2014 result", async () => {
    const slugs: string[] = [];
    for (const file of files) {
      const outcome = await importReport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
      expect(outcome.status).toBe("imported");
      slugs.push((outcome as { slug: string }).slug);
    }
    expect(await gdp2013()).toMatchObject({ status: "met", result: { value: 7.7 } });

    const result = (await gdp2013())!.result!;
    const report = (await getReport({ slug: slugs[1] }))!;
    const sentence = report.sentences.find((s) => `s-${s.index}` === result.sentenceId)!;
    const figure = sentence.indicators.find((i) => i.metric === "gdp" && i.value === 7.7)!;
    const outcome = await correctLabel({
      slug: slugs[1],
      correction: { type: "indicator", target: { sentence: { id: result.sentenceId, hash: sentenceHash(sentence.text) }, metric: figure.metric, text: figure.text }, value: 6.8, note: "测试" },
    });
    expect(outcome.ok).toBe(true);
    expect(await gdp2013()).toMatchObject({ status: "missed", result: { value: 6.8 } });
  }, 120_000);
});
