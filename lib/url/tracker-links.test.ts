import { describe, expect, it } from "vitest";
import { trackerLinks } from "./tracker-links";

describe("trackerLinks", () => {
  it("links a sentence in the reader and a verdict in the compare view, opened at its indicator", () => {
    expect(trackerLinks.sentence("yuhang-2020", "s-12")).toBe("/reports/yuhang-2020#s-12");
    expect(trackerLinks.sentence("中文 报告", "s-1")).toBe("/reports/%E4%B8%AD%E6%96%87%20%E6%8A%A5%E5%91%8A#s-1");
    const ref = { left: "china-2006", right: "china-2011", l: "goal", r: "achievement" } as const;
    expect(trackerLinks.compare(ref)).toBe("/compare/china-2006/china-2011?l=goal&r=achievement");
    expect(trackerLinks.compare(ref, "i-gdp-growth-l3")).toBe("/compare/china-2006/china-2011?l=goal&r=achievement&at=i-gdp-growth-l3#i-gdp-growth-l3");
  });
});
