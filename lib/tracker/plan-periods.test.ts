import { describe, expect, it } from "vitest";
import { fiveYearPeriod } from "@/lib/compare/comparison-kind";
import { planTrackerPeriods, type TrackerReport } from "./plan-years";

const r = (year: number, kind = "report"): TrackerReport => ({ slug: `x-${year}`, title: `${year}`, reviewYear: year - 1, planYear: year, kind, version: 1 });

describe("fiveYearPeriod", () => {
  it("names the plans by their first year (the official periods), and no other year", () => {
    expect(fiveYearPeriod(2001)).toEqual({ name: "十五", start: 2001, end: 2005 });
    expect(fiveYearPeriod(2006)).toEqual({ name: "十一五", start: 2006, end: 2010 });
    expect(fiveYearPeriod(2016)).toEqual({ name: "十三五", start: 2016, end: 2020 });
    expect(fiveYearPeriod(2021)).toEqual({ name: "十四五", start: 2021, end: 2025 });
    expect(fiveYearPeriod(1996)?.name).toBe("九五");
    expect(fiveYearPeriod(1966)?.name).toBe("三五");
    for (const y of [2007, 2020, 2022, 1961, null]) expect(fiveYearPeriod(y)).toBeNull();
  });
});

describe("planTrackerPeriods", () => {
  it("pairs a plan's first-year report with the report after the period, and says why when it cannot", () => {
    const planned = planTrackerPeriods([r(2016), r(2020), r(2021), r(2022, "excerpt")], fiveYearPeriod);
    expect(planned.map((p) => [p.name, p.state, p.target?.slug, p.result?.slug ?? null])).toEqual([
      ["十三五", "paired", "x-2016", "x-2021"],
      ["十四五", "awaiting", "x-2021", null],
    ]);
    expect(planned[1].note).toContain("尚无2026年报告");
    expect(planTrackerPeriods([r(2011), r(2017)], fiveYearPeriod)[0]).toMatchObject({ state: "no-result-report" });
    expect(planTrackerPeriods([r(2011), r(2016, "excerpt"), r(2017)], fiveYearPeriod)[0]).toMatchObject({ state: "no-review" });
    expect(planTrackerPeriods([r(2012), r(2013)], fiveYearPeriod)).toEqual([]);
  });
});
