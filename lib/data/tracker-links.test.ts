import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

// The tracker's output for the seeded Yuhang series (the 2020 seed, 2021 and 2022 derived from it), as the JSON
// (track --json, GET /api/tracker) and the three CSV tables give it. The golden file was written by the tracker
// before it stopped building links itself (lib/tracker now returns slugs, ids and comparison refs; the link module
// lib/url/tracker-links.ts makes the URLs): the links and every other byte must stay the same.
// Regenerate only on purpose: WRITE_TRACKER_GOLDEN=1 npx vitest run lib/data/tracker-links.test.ts
const GOLDEN = path.resolve("tests/fixtures/tracker-yuhang.golden.json");
prepareFreshDatabase("tracker_links");
const { importReport } = await import("./report-imports");
const { getRegionTracker } = await import("./tracker");
const { toTrackerCsv, TRACKER_TABLES } = await import("@/lib/tracker/export");

const importFile = async (file: string) => (await importReport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) })).status;

describe("the tracker's links and output for the Yuhang series", () => {
  it("gives the same JSON and CSV as before the links moved out of lib/tracker", async () => {
    for (const file of ["seeds/000_6f0d3471dae921c8.txt", "e2e/fixtures/yuhang-2021.txt", "e2e/fixtures/yuhang-2022.txt"]) expect(await importFile(file)).toBe("imported");
    const found = (await getRegionTracker({ regionSlug: "yuhang" }))!;
    const output = {
      json: JSON.parse(JSON.stringify({ region: { slug: found.regionSlug, name: found.region }, ...found.tracker })),
      csv: Object.fromEntries(TRACKER_TABLES.filter((t) => t !== "periods").map((t) => [t, toTrackerCsv(found.tracker, t)])),
    };
    if (process.env.WRITE_TRACKER_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(output, null, 1)}\n`);
    expect(existsSync(GOLDEN), `missing ${GOLDEN}`).toBe(true);
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8"));
    expect(output).toEqual(golden);
    // Byte for byte, field order included (track --json prints the object as it is).
    expect(JSON.stringify(output)).toBe(JSON.stringify(golden));
    // The links themselves, as the page, the CLI and the exports show them.
    const cells = found.tracker.lines.flatMap((l) => l.cells);
    expect(cells.length).toBeGreaterThan(3);
    for (const c of cells) {
      expect(c.compareHref).toMatch(new RegExp(`^/compare/yuhang-${c.year}/yuhang-${c.year + 1}\\?l=goal&r=achievement&at=(i-[^#]+)#\\1$`));
      expect(c.target.href).toBe(`/reports/yuhang-${c.year}#${c.target.sentenceId}`);
    }
  }, 60_000);
});
