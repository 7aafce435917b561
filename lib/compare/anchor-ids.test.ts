import { describe, expect, it } from "vitest";
import { anchorPosition, indicatorBase, indicatorId, indicatorTypeOf, isLegacyIndicatorId, isLegacyRowId, legacyTarget, rowId, uniqueIds } from "./anchor-ids";

describe("stable ids", () => {
  it("name a row after its two sentences, x for a missing side", () => {
    expect(rowId("s-12", "s-40")).toBe("r-12-40");
    expect(rowId("s-12", undefined)).toBe("r-12-x");
    expect(rowId(undefined, "s-0")).toBe("r-x-0");
  });
  it("name a pair after its metric, type and sentence, and read the type back", () => {
    const id = indicatorId("x-走访企业", "count", "r", "s-7");
    expect(id).toBe("i-x-走访企业-count-r7");
    expect(indicatorBase(`${id}-2`)).toBe("i-x-走访企业-count");
    expect(indicatorTypeOf("i-gdp-growth-l3-2", "gdp")).toBe("growth");
  });
  it("suffix repeats in the order asked", () => {
    const unique = uniqueIds();
    expect(["a", "a", "b", "a"].map(unique)).toEqual(["a", "a-2", "b", "a-3"]);
  });
  it("tell old position-style ids from new ones", () => {
    expect(isLegacyRowId("r-12")).toBe(true);
    expect(isLegacyRowId("r-12-40")).toBe(false);
    expect(isLegacyIndicatorId("i-gdp-level")).toBe(true);
    expect(isLegacyIndicatorId("i-gdp-growth-2")).toBe(true);
    expect(isLegacyIndicatorId("i-gdp-growth-l2")).toBe(false);
    expect(isLegacyIndicatorId("i-gdp-rate-r14-2")).toBe(false);
  });
  it("map an old id to the item at its position", () => {
    const rows = [{ id: "r-0-1" }, { id: "r-1-x" }];
    expect(legacyTarget(rows, "r-1")).toBe("r-1-x");
    expect(legacyTarget(rows, "r-2")).toBeNull();
    expect(legacyTarget(rows, "r-1-x")).toBeNull();
  });
  it("measure nearness by the left sentence, or the right one for a right-only row", () => {
    expect(anchorPosition("r-12-40")).toEqual({ family: "r-left", n: 12 });
    expect(anchorPosition("r-x-40")).toEqual({ family: "r-right", n: 40 });
    expect(anchorPosition("r-12-40", "right")).toEqual({ family: "r-right", n: 40 });
    expect(anchorPosition("r-12-x", "right")).toBeNull();
    expect(anchorPosition("i-gdp-growth-l3-2")).toEqual({ family: "i-gdp-growth-l", n: 3 });
    expect(anchorPosition("s-9")).toEqual({ family: "s-", n: 9 });
  });
});
