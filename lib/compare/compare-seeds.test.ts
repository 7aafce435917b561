import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { compareSides } from "./compare-sides";
import { comparisonKind } from "./comparison-kind";
import { seedText } from "@/tests/support/seed-text";
import { sideInput } from "./side-from-analyzed";
import type { IndicatorPair, KindChoice } from "./types";

const analyzed = (n: string) => analyzeReport(seedText(n), { fileName: `${n}.txt` });
/** As the page compares: the comparison kind from both reports' metadata decides the verdicts. */
const compare = (l: string, lk: KindChoice, r: string, rk: KindChoice) => {
  const [a, b] = [analyzed(l), analyzed(r)];
  return compareSides(sideInput(a, lk), sideInput(b, rk), { kind: comparisonKind(a.metadata, lk, b.metadata, rk) });
};
const paired = (pairs: IndicatorPair[]) => pairs.filter((p) => p.left && p.right);
const find = (pairs: IndicatorPair[], metric: string, leftText: string) =>
  pairs.find((p) => p.metric === metric && p.left?.text === leftText);

describe("the 000 report against the 001 news article", () => {
  const result = compare("000", "all", "001", "all");

  it("flags each figure both report that differs", () => {
    const changed = paired(result.indicators).filter((p) => p.status === "changed");
    const summary = changed.map((p) => `${p.metric} ${p.left!.text}→${p.right!.text}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        "gdp 8%→8%",
        "fiscal-total-revenue 726.47亿元→723.2亿元",
        "general-budget-revenue 391.45亿元→388.2亿元",
        "fiscal-total-revenue 16.5%→15.9%",
        "general-budget-revenue 16.4%→15.4%",
        "urban-income 8.5%→8.4%",
        "rural-income 9.7%→9.5%",
      ]),
    );
    // A news article's 左右 for the report's 以上 on an estimated result is a misquote, not a weaker promise.
    expect(find(changed, "gdp", "8%")).toMatchObject({ qualifierChange: "qualifier", delta: 0 });
    expect(find(changed, "fiscal-total-revenue", "16.5%")).toMatchObject({ delta: -0.6, unit: "个百分点" });
    expect(find(changed, "fiscal-total-revenue", "726.47亿元")?.reason).toContain("差 -3.27亿元");
  });

  it("flags none that both report and agree on", () => {
    // Agreeing means writing the same figure with the same qualifiers: read off the texts, not the values the code compares.
    const written = (side: { text: string; qualifiers: string[] }) => `${side.text}${side.qualifiers.join("")}`;
    for (const p of paired(result.indicators)) {
      expect(p.status, `${p.metric}: ${p.reason}`).toBe(written(p.left!) === written(p.right!) ? "same" : "changed");
    }
    expect(paired(result.indicators).filter((p) => p.status === "same").map((p) => p.right!.text)).toEqual(
      expect.arrayContaining(["4.3万人", "805万平方米", "3204户", "367项", "51.6%"]),
    );
  });

  it("shows the headline sentence with the indicator table's number changes and a neutral qualifier change", () => {
    const row = result.rows.find((r) => r.left?.text.startsWith("预计生产总值增长8%以上"));
    expect(row?.status).toBe("changed");
    expect(row?.changes).toEqual(
      expect.arrayContaining([
        { type: "qualifier", left: "以上", right: "左右" },
        { type: "number", left: "726.47亿元", right: "723.2亿元" },
        { type: "number", left: "391.45亿元", right: "388.2亿元" },
      ]),
    );
    for (const c of result.rows.flatMap((r) => r.changes)) {
      if (c.type === "number" && c.left && c.right) expect(c.left).not.toBe(c.right);
      expect(c.type === "weakened" || c.type === "strengthened").toBe(false);
    }
    expect(result.summary).toMatchObject({ weakened: 0, strengthened: 0 });
  });

  it("reads the other way round as neither weakened nor strengthened", () => {
    const reverse = compare("001", "all", "000", "all");
    expect(find(reverse.indicators, "gdp", "8%")).toMatchObject({ status: "changed", qualifierChange: "qualifier" });
  });

  it("every number chip of a row is a pair of the indicator table, in the same two sentences", () => {
    const pairs = paired(result.indicators);
    for (const row of result.rows)
      for (const c of row.changes.filter((c) => c.type === "number")) {
        const twin = pairs.find((p) => p.left!.sentenceId === row.left?.id && p.right!.sentenceId === row.right?.id && c.left?.endsWith(p.left!.text));
        expect(twin, `${row.id} ${c.left} → ${c.right}`).toBeDefined();
      }
  });
});

describe("Yuhang's 2019 results (000) against its 2020 targets (000)", () => {
  const result = compare("000", "achievement", "000", "goal");
  const pair = (metric: string) => result.indicators.find((p) => p.metric === metric && p.left && p.right);

  it.each([
    ["gdp", "8%", "7.5%", -0.5],
    ["fiscal-total-revenue", "16.5%", "12%", -4.5],
    ["general-budget-revenue", "16.4%", "12%", -4.4],
    ["rd-intensity", "4%", "4.14%", 0.14],
    ["unemployment", "1.7%", "3.5%", 1.8],
    ["urban-income", "8.5%", "8%", -0.5],
    ["rural-income", "9.7%", "8.5%", -1.2],
    ["services-value-added", "9%", "8.5%", -0.5],
  ])("pairs %s: %s achieved → %s targeted", (metric, left, right, delta) => {
    expect(pair(metric)).toMatchObject({ status: "changed", delta, left: { text: left }, right: { text: right } });
  });

  it("never sets a growth rate against a level", () => {
    for (const p of paired(result.indicators)) expect(p.left!.unit).toBe(p.right!.unit);
  });
});

describe("Xihu's review (004) against its own plan", () => {
  const result = compare("004", "achievement", "004", "goal");
  const pair = (metric: string, left: string) => find(result.indicators, metric, left);

  it.each([
    ["gdp", "11.2%", "10.5%", -0.7],
    ["services-value-added", "13%", "12%", -1],
    ["fiscal-total-revenue", "16.4%", "10%", -6.4],
    ["general-budget-revenue", "14.1%", "12%", -2.1],
    ["fixed-asset-investment", "20.8%", "15%", -5.8],
    ["retail-sales", "18.7%", "18.5%", -0.2],
    ["industrial-output", "15.3%", "5%", -10.3],
    ["unemployment", "1.86%", "4%", 2.14],
  ])("pairs %s: %s achieved → %s targeted", (metric, left, right, delta) => {
    expect(pair(metric, left)).toMatchObject({ status: "changed", delta, right: { text: right } });
  });
});

describe("Yuhang's 2020 goals (000) against a synthetic 2020 review", () => {
  const results = readFileSync(path.resolve("tests/fixtures/yuhang-2020-results.txt"), "utf8");
  const result = compareSides(
    sideInput(analyzed("000"), "goal"),
    sideInput(analyzeReport(results, { fileName: "yuhang-2020-results.txt" }), "achievement"),
  );
  const status = (metric: string) => result.indicators.find((p) => p.metric === metric)?.status;

  it("tells met, missed, exceeded and dropped goals apart", () => {
    expect(status("gdp")).toBe("met");
    expect(status("fiscal-total-revenue")).toBe("met");
    expect(status("general-budget-revenue")).toBe("missed");
    expect(status("rd-intensity")).toBe("met");
    expect(status("unemployment")).toBe("met");
    expect(status("urban-income")).toBe("met");
    expect(status("rural-income")).toBe("missed");
    expect(status("digital-economy-core")).toBe("exceeded");
    expect(status("services-value-added")).toBe("missed");
    expect(status("industrial-value-added")).toBe("missed");
    const dropped = result.indicators.filter((p) => p.status === "dropped");
    expect(dropped.map((p) => p.left?.text)).toContain("120亿元");
    expect(result.summary.exceeded).toBe(1);
  });

  it("notes the aspirational 力争 and the firm 确保 in the reasons", () => {
    const reason = (metric: string) => result.indicators.find((p) => p.metric === metric)!.reason;
    expect(reason("industrial-value-added")).toContain("力争目标");
    expect(reason("services-value-added")).toContain("确保目标未达成");
  });

  it("never lets the 2021 target of the synthetic text answer a 2020 goal", () => {
    expect(result.indicators.every((p) => p.right?.text !== "7%")).toBe(true);
  });
});
