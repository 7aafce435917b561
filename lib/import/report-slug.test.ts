import { describe, expect, it } from "vitest";
import { reportYear } from "@/lib/text/years";
import { baseSlug, isVersionable, uniqueSlug } from "./report-slug";

describe("report slugs", () => {
  it("names a report by region, delivery year and kind", () => {
    expect(baseSlug({ regionSlug: "yuhang", reviewYear: 2019, planYear: 2020, kind: "report" })).toBe("yuhang-2020");
    expect(baseSlug({ regionSlug: "yuhang", reviewYear: 2019, planYear: 2020, kind: "news" })).toBe("yuhang-2020-news");
    expect(baseSlug({ regionSlug: "hangzhou", reviewYear: null, planYear: 2021, kind: "excerpt" })).toBe("hangzhou-2021-excerpt");
    // Two documents of one year are two documents, never versions: the slug names the document's type.
    const doc = { regionSlug: "panjin", reviewYear: 2019, planYear: 2020, kind: "document" as const };
    expect(baseSlug({ ...doc, title: "关于《政府工作报告》（征求意见稿）修改情况的说明" })).toBe("panjin-2020-revisions");
    expect(baseSlug({ ...doc, title: "盘锦市2019年计划执行情况与2020年计划草案的报告" })).toBe("panjin-2020-plan");
    expect(baseSlug({ ...doc, title: "盘锦市政府文件" })).toBe("panjin-2020-document");
  });
  it("delivers a review-only report in the year after its review", () => {
    expect(reportYear({ reviewYear: 2019, planYear: null })).toBe(2020);
    expect(baseSlug({ regionSlug: "shangcheng", reviewYear: 2019, planYear: null, kind: "report" })).toBe("shangcheng-2020");
  });
  it("falls back to a cleaned file name without a region", () => {
    expect(baseSlug({ regionSlug: null, reviewYear: null, planYear: null, kind: "report" }, "My Report (1).TXT")).toBe("my-report-1");
    expect(baseSlug({ regionSlug: null, reviewYear: null, planYear: null, kind: "report" }, "报告.txt")).toBe("report");
  });
  it("adds a version suffix when the slug is taken", () => {
    expect(uniqueSlug("xihu-2012", new Set())).toBe("xihu-2012");
    expect(uniqueSlug("xihu-2012", new Set(["xihu-2012", "xihu-2012-v2"]))).toBe("xihu-2012-v3");
  });
});

describe("versions need a known region, year and kind", () => {
  it("texts without a known year share a name, not a report: base-2, never base-v2", () => {
    expect(isVersionable({ regionSlug: "xihu", reviewYear: 2011, planYear: 2012 })).toBe(true);
    expect(isVersionable({ regionSlug: "xihu", reviewYear: null, planYear: null })).toBe(false);
    expect(isVersionable({ regionSlug: null, reviewYear: 2011, planYear: 2012 })).toBe(false);
    expect(uniqueSlug("notes", new Set(["notes"]), false)).toBe("notes-2");
  });
  it("the national level's reports are china-<year>", () => {
    expect(baseSlug({ regionSlug: "china", reviewYear: 2012, planYear: 2013, kind: "report" })).toBe("china-2013");
  });
});

describe("a township's report", () => {
  const township = { regionSlug: "shunde", reviewYear: 2018, planYear: 2019, kind: "report" as const, title: "北滘镇2019年政府工作报告" };
  it("is named under its district with its own name, never the district's slug", () => {
    expect(baseSlug(township)).toBe("shunde-beijiao-2019");
    expect(baseSlug({ ...township, title: "顺德区2019年政府工作报告" })).toBe("shunde-2019");
  });
  it("is never a version of another report", () => {
    expect(isVersionable(township)).toBe(false);
    expect(isVersionable({ ...township, title: "顺德区2019年政府工作报告" })).toBe(true);
  });
});
