import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { buildTrajectory, classify, type TrajectoryReport } from "./build-trajectory";
import { findTerm, POLICY_TERMS } from "./policy-terms";

const term = (key: string) => POLICY_TERMS.find((t) => t.key === key)!;
const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
const report = (file: string, slug: string): TrajectoryReport => {
  const a = analyzeReport(read(file), { fileName: path.basename(file) });
  const m = a.metadata;
  return { slug, title: m.title, region: m.region, year: m.planYear ?? (m.reviewYear != null ? m.reviewYear + 1 : null), kind: m.kind, sentences: a.sentences };
};
const xihu = report("seeds/004_eb0d6571eb462b03.txt", "xihu-2012");
const yuhang = report("seeds/000_6f0d3471dae921c8.txt", "yuhang-2020");
const sentencesWith = (r: TrajectoryReport, word: string) => r.sentences.filter((s) => s.text.includes(word));

describe("false hits are guarded, on the seed reports' sentences", () => {
  it("counts 计划生育 as family planning, never as 生育", () => {
    const planning = sentencesWith(xihu, "计划生育");
    expect(planning.length).toBeGreaterThan(0);
    for (const s of planning) {
      expect(findTerm(s.text, term("family-planning")).length).toBeGreaterThan(0);
      // The only 生育 left in such a sentence is one outside 计划生育 (生育保险).
      expect(findTerm(s.text, term("childbirth")).length).toBe(s.text.split("生育").length - 1 - (s.text.split("计划生育").length - 1));
    }
    const insurance = sentencesWith(xihu, "生育保险");
    expect(insurance.length).toBeGreaterThan(0);
    expect(findTerm(insurance[0].text, term("childbirth")).length).toBeGreaterThan(0);
  });

  it("does not read a slogan with 西部 (西部富美, 东西部扶贫) as 西部大开发", () => {
    const slogans = [...sentencesWith(yuhang, "西部")];
    expect(slogans.length).toBeGreaterThan(0);
    for (const s of slogans) expect(findTerm(s.text, term("western-development"))).toEqual([]);
  });

  it("merges synonyms and counts the longest spelling once (地区生产总值 is one GDP, not two)", () => {
    const s = sentencesWith(yuhang, "地区生产总值")[0].text;
    const hits = findTerm(s, term("gdp"));
    expect(hits.map((h) => h.form)).toContain("地区生产总值");
    // Every 生产总值 of the sentence is one hit, whether inside 地区生产总值 or on its own.
    expect(hits).toHaveLength(s.split("生产总值").length - 1);
    expect(hits.filter((h) => h.form === "地区生产总值")).toHaveLength(s.split("地区生产总值").length - 1);
    expect(findTerm("GDP增长7%，生产总值突破2万亿元", term("gdp")).map((h) => h.form)).toEqual(["GDP", "生产总值"]);
  });
});

describe("trajectory classes", () => {
  it("follows the documented thresholds", () => {
    expect(classify(0, 1.2).class).toBe("emerging");
    expect(classify(2, 0).class).toBe("dropped");
    expect(classify(2, 3).class).toBe("rising"); // ×1.5 and +1
    expect(classify(2, 2.9).class).toBe("steady"); // under ×1.5
    expect(classify(0.2, 0.4).class).toBe("steady"); // ×2 but only +0.2 per 10,000 characters
    expect(classify(3, 2).class).toBe("fading");
    expect(classify(3, 2).reason).toContain("3 → 2");
  });

  it("labels a list of two regions as no single series, and links each count to its sentences", () => {
    const t = buildTrajectory([xihu, yuhang]);
    expect(t.mixed).toContain("不同地区");
    expect(t.reports.map((r) => r.label)).toEqual(["西湖区2012", "余杭区2020"]);
    const planning = t.terms.find((x) => x.key === "family-planning")!;
    expect(planning.points[0].sentenceIds).toEqual(sentencesWith(xihu, "计划生育").map((s) => `s-${s.index}`));
    expect(planning.points[0].count).toBe(xihu.sentences.reduce((n, s) => n + s.text.split("计划生育").length - 1, 0));
    const per10k = (planning.points[0].count / xihu.sentences.reduce((n, s) => n + s.text.length, 0)) * 10_000;
    expect(planning.points[0].per10k).toBeCloseTo(per10k, 2);
    // Absent from the Yuhang report: dropped, with the figures in the reason.
    expect(planning.points[1].count).toBe(sentencesWith(yuhang, "计划生育").length);
    if (planning.points[1].count === 0) expect(planning.class).toBe("dropped");
  });

  it("treats one region's years as one series", () => {
    const y2021 = report("e2e/fixtures/yuhang-2021.txt", "yuhang-2021");
    const t = buildTrajectory([yuhang, y2021]);
    expect(t.mixed).toBeNull();
    expect(t.terms.every((x) => x.points.length === 2)).toBe(true);
  });
});
