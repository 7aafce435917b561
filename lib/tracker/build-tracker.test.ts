import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { compareSides } from "@/lib/compare/compare-sides";
import { comparisonKind } from "@/lib/compare/comparison-kind";
import { sideInput } from "@/lib/compare/side-from-analyzed";
import { buildTracker, lineName, type YearComparison } from "./build-tracker";
import { linkTracker } from "./link-tracker";
import { mainTargetSentenceIds } from "./main-targets";
import { planTrackerYears, type TrackerReport } from "./plan-years";

// Yuhang 2020 (a seed) and 2021 (a fixture year derived from it): real report sentences, analysed as at import.
const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
const y2020 = analyzeReport(read("seeds/000_6f0d3471dae921c8.txt"), { fileName: "000.txt" });
const y2021 = analyzeReport(read("e2e/fixtures/yuhang-2021.txt"), { fileName: "yuhang-2021.txt" });
const ref = (slug: string, a: typeof y2020): TrackerReport => ({ slug, title: a.metadata.title, reviewYear: a.metadata.reviewYear, planYear: a.metadata.planYear, kind: a.metadata.kind, version: 1 });

function yearComparison(): YearComparison {
  // The compare view's own pairing: the kind from both reports' metadata decides the verdicts.
  const kind = comparisonKind(y2020.metadata, "goal", y2021.metadata, "achievement");
  const result = compareSides(sideInput(y2020, "goal"), sideInput(y2021, "achievement"), { kind });
  const sentences = new Map([
    ...y2020.sentences.map((s) => [`yuhang-2020#s-${s.index}`, s.text] as const),
    ...y2021.sentences.map((s) => [`yuhang-2021#s-${s.index}`, s.text] as const),
  ]);
  return { judged: kind.id === "target-vs-result", kindLabel: kind.label, pairs: result.indicators, mainTargets: mainTargetSentenceIds(y2020.sentences), sentences };
}

describe("the promise tracker on Yuhang 2020 → 2021", () => {
  const plan = planTrackerYears([ref("yuhang-2020", y2020), ref("yuhang-2021", y2021)]);
  const tracker = buildTracker(plan, new Map([[2020, yearComparison()]]));
  const cell = (metric: string, targetText: string) => tracker.lines.find((l) => l.metric === metric)?.cells.find((c) => c.target.display === targetText);

  it("finds the main-targets paragraph (主要预期目标为:…) of the 2020 plan", () => {
    const ids = mainTargetSentenceIds(y2020.sentences);
    const texts = y2020.sentences.filter((s) => ids.has(`s-${s.index}`)).map((s) => s.text);
    expect(texts.some((t) => t.includes("主要预期目标为") && t.includes("地区生产总值增长7.5%"))).toBe(true);
    // A review's 完成全年主要目标 is not a list of targets.
    expect(texts.every((t) => !/完成.*主要目标/.test(t))).toBe(true);
  });

  it("judges each 2020 headline target by the 2021 report's result, with the compare view's status and reason", () => {
    expect(plan.planned.map((p) => [p.year, p.state])).toEqual([[2020, "paired"], [2021, "awaiting"]]);
    // 地区生产总值增长7.5% (plain, higher is better) against 预计生产总值增长7.8%以上: ≥ 7.5 but under 7.5 + 0.5.
    const gdp = cell("gdp", "7.5%");
    expect(gdp?.status).toBe("met");
    expect(gdp?.result?.display).toContain("7.8%");
    expect(gdp?.why).toContain("主要预期目标");
    // 财政总收入…增长12%以上 against 分别增长16.4%: beyond the floor by more than 0.5 个百分点.
    const fiscal = tracker.lines.find((l) => l.metric === "fiscal-total-revenue")?.cells.find((c) => c.target.value === 12);
    expect(fiscal?.status).toBe("exceeded");
    expect(fiscal?.reason).toContain("16.4%");
    expect(fiscal?.band).toMatchObject({ kind: "floor", low: 12, high: null });
  });

  it("names both sentences and the compare view of every cell (data: slugs, ids, refs; no URL)", () => {
    const cells = tracker.lines.flatMap((l) => l.cells);
    expect(cells.length).toBeGreaterThan(3);
    for (const c of cells) {
      expect([c.target.reportSlug, c.target.sentenceId]).toEqual(["yuhang-2020", expect.stringMatching(/^s-\d+$/)]);
      expect(c.target.sentence).toContain(c.target.text);
      if (c.status !== "dropped") {
        expect([c.result?.reportSlug, c.result?.sentenceId]).toEqual(["yuhang-2021", expect.stringMatching(/^s-\d+$/)]);
        expect(c.result?.sentence).toContain(c.result?.text);
      } else expect(c.result).toBeNull();
      expect(c.compare).toEqual({ left: "yuhang-2020", right: "yuhang-2021", l: "goal", r: "achievement", at: expect.stringMatching(/^i-/) });
    }
    expect(JSON.stringify(tracker)).not.toMatch(/\/reports\/|\/compare\//);
  });

  it("gets its links from the edge, each in the place of its ref", () => {
    const links = { sentence: (slug: string, id: string) => `S(${slug},${id})`, compare: (ref: { left: string; right: string }, at?: string) => `C(${ref.left},${ref.right},${at ?? ""})` };
    const linked = linkTracker(tracker, links);
    const cell = linked.lines[0].cells[0];
    const data = tracker.lines[0].cells[0];
    expect(cell.target.href).toBe(`S(yuhang-2020,${data.target.sentenceId})`);
    expect(cell.compareHref).toBe(`C(yuhang-2020,yuhang-2021,${data.compare.at})`);
    expect(Object.keys(cell)).toEqual(Object.keys(data).map((k) => (k === "compare" ? "compareHref" : k)));
    expect(Object.keys(cell.target)).toEqual(Object.keys(data.target).flatMap((k) => (k === "sentenceId" ? [k, "href"] : [k])));
    expect(linked.years.map((y) => y.compareHref)).toEqual(["C(yuhang-2020,yuhang-2021,)", null]);
  });

  it("names lines of one metric apart by type and variant", () => {
    const gdp = tracker.lines.find((l) => l.key === "gdp:growth")!;
    expect([gdp.type, gdp.variant, gdp.years]).toEqual(["growth", 1, false]);
    expect(lineName(gdp)).toBe("地区生产总值 · 增速");
    expect(lineName({ label: "财政赤字", type: "level", variant: 2 })).toBe("财政赤字 · 总量 · 第2项");
    expect(lineName({ label: "城镇新增就业", type: "count", variant: 1, years: true })).toBe("城镇新增就业 · 数量 · 多年（年均、累计）");
  });

  it("counts the year's kept, missed and dropped targets", () => {
    const year = tracker.years.find((y) => y.year === 2020)!;
    const cells = tracker.lines.flatMap((l) => l.cells);
    expect(year.totals.targets).toBe(cells.length);
    expect(year.totals.kept).toBe(cells.filter((c) => c.status === "met" || c.status === "exceeded").length);
    expect(year.totals.kept).toBeGreaterThanOrEqual(2);
    expect(tracker.years.find((y) => y.year === 2021)?.note).toContain("尚无2022年报告");
  });
});

describe("years the tracker cannot judge", () => {
  const r = (slug: string, planYear: number, kind = "report"): TrackerReport => ({ slug, title: slug, reviewYear: planYear - 1, planYear, kind, version: 1 });

  it("says plainly that one report needs a second year, and which years exist", () => {
    const tracker = buildTracker(planTrackerYears([r("yuhang-2020", 2020), r("yuhang-2020-news", 2020, "news")]), new Map());
    expect(tracker.enough).toBe(false);
    expect(tracker.message).toContain("只有2020年的报告");
    expect(tracker.message).toContain("相邻两年");
  });

  it("names a missing year in the middle of a series, and an excerpt without a review", () => {
    const plan = planTrackerYears([r("a-2010", 2010), r("a-2011", 2011), r("a-2013", 2013), r("a-2014-excerpt", 2014, "excerpt")]);
    expect(plan.planned.map((p) => [p.year, p.state])).toEqual([
      [2010, "paired"],
      [2011, "no-result-report"],
      [2012, "no-target-report"],
      [2013, "no-review"],
      [2014, "awaiting"],
    ]);
    expect(plan.planned[1].note).toContain("缺少2012年报告");
    expect(buildTracker(planTrackerYears([r("a-2010", 2010), { ...r("a", 2011), reviewYear: null, planYear: null }]), new Map()).undated).toEqual([{ slug: "a", title: "a" }]);
    expect(plan.planned[2].note).toContain("缺少2012年报告");
  });
});
