import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { HANDMADE_2016_PLAN, HANDMADE_2021_REVIEW } from "@/tests/fixtures/handmade-thirteenth-plan";

// A 十三五 target list dated only by its section heading, and a five-year review answering it: HAND-MADE texts (see
// the fixture's comment; the corpus holds no review after 2014), imported into a real database and read back through
// the compare view and the tracker, as a reader gets them.
prepareFreshDatabase("tracker_five_year_headings");
const { importReport } = await import("./report-imports");
const { getComparison } = await import("./comparisons");
const { getRegionTracker } = await import("./tracker");
const { toCompareJson, reportRef } = await import("@/lib/compare/compare-json");
const { compareJsonSchema } = await import("@/lib/compare/compare-json-schema");

const HEADING = "二、“十三五”时期主要目标任务和重大举措";
const importText = async (text: string, fileName: string) =>
  (await importReport({ bytes: new TextEncoder().encode(text), fileName })).status;

describe("five-year targets under their plan's heading, against the five-year review (hand-made fixture)", () => {
  it("imports the plan (2016) and the review (2021) as national reports", async () => {
    expect(await importText(HANDMADE_2016_PLAN, "handmade-2016-thirteenth-plan.txt")).toBe("imported");
    expect(await importText(HANDMADE_2021_REVIEW, "handmade-2021-thirteenth-review.txt")).toBe("imported");
  }, 60_000);

  it("judges them in the compare view's period-target-vs-review kind, by the status rules", async () => {
    const view = (await getComparison({ left: "china-2016", right: "china-2021", l: "goal", r: "achievement" }))!;
    expect(view.kind.id).toBe("period-target-vs-review");
    const pair = (text: string) => view.result.indicators.find((p) => p.left?.text === text);
    // Typed from the fixture. 常住人口城镇化率达到60% → 达到60.3%: a floor, beaten by less than 0.5 个百分点 → met.
    expect(pair("60%")).toMatchObject({ metric: "urbanization-rate", status: "met", period: "period-end", periodHeading: HEADING, right: { value: 60.3 } });
    // 森林覆盖率达到23.04% → 达到23.04% → met.
    expect(pair("23.04%")).toMatchObject({ status: "met", period: "period-end", periodHeading: HEADING, right: { value: 23.04 } });
    // 单位国内生产总值能耗下降15% (a change over the period) → 五年累计…下降13.2%: a smaller fall → missed.
    expect(pair("15%")).toMatchObject({ metric: "energy-intensity", status: "missed", period: "over-years", periodHeading: HEADING, right: { value: -13.2 } });
    // 研究与试验发展经费投入强度达到2.5%: the review gives no figure → dropped.
    expect(pair("2.5%")).toMatchObject({ status: "dropped", period: "period-end", periodHeading: HEADING, right: null });
    // Dated by their own words (今后五年…年均, 五年…), as before: 年均6.5%以上 → 年均5.7% missed; 5000万人以上 → 6000万人以上 exceeded.
    expect(pair("6.5%")).toMatchObject({ metric: "gdp", status: "missed", period: "over-years", right: { value: 5.7 } });
    expect(pair("6.5%")?.periodHeading).toBeUndefined();
    expect(pair("5000万人")).toMatchObject({ metric: "new-jobs", status: "exceeded", period: "over-years", right: { value: 60_000_000 } });
    // 到2018年，户籍人口城镇化率达到42% names its own year; 2016's targets (三、2016年重点工作) are that year's.
    for (const text of ["42%", "6.5%—7%", "3%", "1000万人"]) expect(pair(text), text).toBeUndefined();
    expect(view.result.summary).toMatchObject({ met: 2, missed: 2, exceeded: 1, dropped: 1 });
    // The JSON contract carries the heading (an added optional field) and still parses.
    const json = toCompareJson({ left: { report: reportRef(view.left), kinds: "goal" }, right: { report: reportRef(view.right), kinds: "achievement" }, url: null, result: view.result });
    expect(compareJsonSchema.parse(json).indicators.find((i) => i.left?.text === "60%")?.periodHeading).toBe(HEADING);
  });

  it("shows the same verdicts in the tracker's periods section, the heading as the reason a target is tracked", async () => {
    const { tracker } = (await getRegionTracker({ regionSlug: "china" }))!;
    const thirteenth = tracker.periods.find((p) => p.name === "十三五")!;
    expect([thirteenth.start, thirteenth.end, thirteenth.state, thirteenth.targetSlug, thirteenth.resultSlug]).toEqual([2016, 2020, "paired", "china-2016", "china-2021"]);
    const cell = (text: string) => thirteenth.cells.find((c) => c.target.text === text);
    expect([cell("60%")?.status, cell("60%")?.period, cell("60%")?.result?.value]).toEqual(["met", "period-end", 60.3]);
    expect([cell("15%")?.status, cell("15%")?.period]).toEqual(["missed", "over-years"]);
    expect(cell("5000万人")?.status).toBe("exceeded");
    expect(cell("6.5%")?.status).toBe("missed");
    // Not in the metric lexicon: tracked because the plan's heading dates them, and the cell says so.
    expect(cell("23.04%")?.status).toBe("met");
    expect(cell("23.04%")?.why).toContain(HEADING);
    expect(cell("2.5%")?.status).toBe("dropped");
    expect(thirteenth.totals).toEqual({ targets: 6, kept: 3, met: 2, exceeded: 1, missed: 2, dropped: 1 });
    expect(cell("60%")?.target.href).toMatch(/^\/reports\/china-2016#s-\d+$/);
    expect(cell("60%")?.result?.href).toMatch(/^\/reports\/china-2021#s-\d+$/);
  });
});
