import { describe, expect, it } from "vitest";
import { compareHref, parseCompareParams, parseReportFinds, withCompareHref, COMPARE_DEFAULTS } from "./compare-params";

describe("compare URL state", () => {
  it("omits every default", () => {
    expect(compareHref("yuhang-2020", "xihu-2012")).toBe("/compare/yuhang-2020/xihu-2012");
    expect(compareHref("a", "b", { l: "all", collapse: true })).toBe("/compare/a/b");
  });
  it("round-trips a full view through the URL", () => {
    const view = { l: "goal", r: "achievement", only: "changed", q: "增长", metric: "gdp", collapse: false } as const;
    const href = compareHref("a", "b", view);
    expect(href).toBe("/compare/a/b?l=goal&r=achievement&only=changed&q=%E5%A2%9E%E9%95%BF&metric=gdp&collapse=0");
    const parsed = parseCompareParams(new URLSearchParams(href.split("?")[1]));
    expect(parsed).toEqual(view);
  });
  it("falls back to defaults on bad values instead of failing", () => {
    expect(parseCompareParams({ l: "nonsense", only: "x", metric: "<script>", collapse: "maybe" })).toEqual(COMPARE_DEFAULTS);
  });
  it("keeps the old filters and accepts the tile filters", () => {
    expect(parseCompareParams({ only: "unmatched" }).only).toBe("unmatched");
    expect(parseCompareParams({ only: "missed" }).only).toBe("missed");
    expect(compareHref("a", "b", { l: "goal", r: "achievement", only: "dropped" })).toBe("/compare/a/b?l=goal&r=achievement&only=dropped");
  });
  it("takes the first of repeated params", () => {
    expect(parseCompareParams({ l: ["goal", "achievement"] }).l).toBe("goal");
  });
  it("links a comparison given as data, keeping its other fields and omitting default sides", () => {
    const ref = { left: "yuhang-2020", right: "yuhang-2020", l: "achievement", r: "goal", title: "t" } as const;
    expect(withCompareHref(ref)).toEqual({ ...ref, href: "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal" });
    expect(withCompareHref({ left: "a b", right: "c", l: "all", r: "all" }).href).toBe("/compare/a%20b/c");
  });
});

describe("the report searches sent without JavaScript", () => {
  it("reads lfind and rfind, trimmed, and drops empty or overlong ones", () => {
    expect(parseReportFinds({ lfind: " xh2012 ", rfind: "" })).toEqual({ lfind: "xh2012", rfind: undefined });
    expect(parseReportFinds(new URLSearchParams("rfind=上城&rfind=余杭"))).toEqual({ lfind: undefined, rfind: "上城" });
    expect(parseReportFinds({ lfind: "余".repeat(41) })).toEqual({ lfind: undefined, rfind: undefined });
  });

  it("never carries them into a view's URL", () => {
    const raw = { l: "goal", lfind: "xh", rfind: "sc" };
    expect(compareHref("a", "b", parseCompareParams(raw))).toBe("/compare/a/b?l=goal");
  });
});
