import { describe, expect, it } from "vitest";
import { headlineOf } from "./headline";
import type { IndicatorPair } from "./types";

const pair = (metric: string, status: IndicatorPair["status"]): IndicatorPair => ({
  id: `i-${metric}-${status}`, metric, label: metric, status, delta: null, unit: "%", reason: "", left: null, right: null,
});

describe("headlineOf", () => {
  it("keeps lexicon metrics only, most telling verdict first", () => {
    const h = headlineOf([pair("gdp", "met"), pair("x-走访企业", "missed"), pair("unemployment", "missed"), pair("cpi", "same"), pair("gdp", "right-only")]);
    expect(h.pairs.map((p) => `${p.metric} ${p.status}`)).toEqual(["unemployment missed", "gdp met"]);
    expect(h.same).toBe(1);
    expect(h.more).toBe(0);
  });
  it("caps the list and counts the rest", () => {
    const h = headlineOf(Array.from({ length: 5 }, () => pair("gdp", "changed")), 3);
    expect(h.pairs).toHaveLength(3);
    expect(h.more).toBe(2);
  });
  it("shows a commitment stated twice, with the same target and the same result, once", () => {
    const side = (value: number) => ({ sentenceId: "s-1", text: `${value}万人`, value, unit: "人", qualifiers: [] }) as unknown as IndicatorPair["left"];
    const jobs = (id: string, target: number): IndicatorPair => ({ ...pair("new-jobs", "missed"), id, left: side(target), right: side(58600) });
    const h = headlineOf([jobs("a", 60000), jobs("b", 60000), jobs("c", 70000)]);
    expect(h.pairs.map((p) => p.id)).toEqual(["a", "c"]);
  });
});
