import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

const url = prepareFreshDatabase("load_store");
const { importReport } = await import("@/lib/data/report-imports");
const { openStore } = await import("./store");

const seed = (file: string) => new Uint8Array(readFileSync(`seeds/${file}`));

describe("the load test's report store", () => {
  it("counts the stored reports and the reports of each file name, as the import check reads them", async () => {
    const store = await openStore(url);
    expect(await store.countReports()).toBe(0);
    // Two different texts under one file name (a second version), and one other file.
    for (const [file, name] of [["000_6f0d3471dae921c8.txt", "a.txt"], ["004_eb0d6571eb462b03.txt", "a.txt"], ["001_6e2dc38416b95792.txt", "b.txt"]]) {
      expect((await importReport({ bytes: seed(file), fileName: name })).status).toBe("imported");
    }
    expect(await store.countReports()).toBe(3);
    expect(await store.countByFileName(["a.txt", "b.txt", "never.txt"])).toEqual(new Map([["a.txt", 2], ["b.txt", 1]]));
    await store.close();
  });
});
