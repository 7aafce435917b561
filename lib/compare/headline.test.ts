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
});
