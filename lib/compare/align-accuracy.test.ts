import { describe, expect, it } from "vitest";
import { matchSentences } from "./align-sentences";
import { crossingShare, perturb, roughSentences, seedText } from "@/tests/support/seed-text";

/** Each seed against a perturbed copy of itself, with another seed's sentences as distractors. */
function measure(level: number) {
  let correct = 0;
  let wrong = 0;
  let truth = 0;
  let crossing = 0;
  for (const [base, other] of [["000", "003"], ["002", "004"], ["003", "000"], ["004", "002"]]) {
    const left = roughSentences(seedText(base));
    const right = perturb(left, roughSentences(seedText(other)), level, base.charCodeAt(2));
    const gold = new Map<number, number>();
    right.forEach((r, j) => r.source !== null && gold.set(r.source, j));
    truth += gold.size;
    crossing += crossingShare([...gold.entries()]) * gold.size;
    for (const p of matchSentences(left, right.map((r) => r.text))) {
      if (gold.get(p.left) === p.right) correct++;
      else wrong++;
    }
  }
  return { precision: correct / (correct + wrong), recall: correct / truth, crossing: crossing / truth };
}

describe("alignment accuracy on the seeds", () => {
  it.each([
    [0.1, 0.99, 0.99],
    [0.25, 0.97, 0.94],
    [0.4, 0.95, 0.87],
  ])("edit level %s: precision ≥ %s, recall ≥ %s, with a third of the pairs crossing", (level, precision, recall) => {
    const m = measure(level);
    expect(m.crossing).toBeGreaterThan(0.25);
    expect(m.precision).toBeGreaterThanOrEqual(precision);
    expect(m.recall).toBeGreaterThanOrEqual(recall);
  });

  it("finds the true pairs between the 001 news article and the 000 report", () => {
    const report = roughSentences(seedText("000"));
    const news = roughSentences(seedText("001"));
    const pairs = matchSentences(report, news);
    const partnerOf = (start: string) => {
      const i = report.findIndex((s) => s.startsWith(start));
      const p = pairs.find((x) => x.left === i);
      return p ? news[p.right] : null;
    };
    expect(partnerOf("完成财政总收入726.47亿元")).toContain("财政总收入723.2亿元");
    expect(partnerOf("预计生产总值增长8%以上")).toContain("地区生产总值增长8%左右");
    expect(partnerOf("城乡居民人均可支配收入分别增长8.5%")).toContain("分别增长8.4%、9.5%");
    expect(partnerOf("机关内部“最多跑一次”改革")).toContain("办事提速51.6%");
    expect(partnerOf("开工安置房805万平方米")).toContain("回迁安置3204户");
    expect(partnerOf("城镇新增就业4.3万人")).toContain("城镇新增就业4.3万人");
    expect(partnerOf("加快轨道交通建设")).toContain("5号线首通段");
    // Context of the report that the article never mentions stays unmatched.
    expect(partnerOf("各位代表,过去一年的成绩来之不易")).toBeNull();
    expect(partnerOf("深化垃圾治理")).toBeNull();
  });
});
