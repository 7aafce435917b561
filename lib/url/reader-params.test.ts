import { describe, expect, it } from "vitest";
import { labelParams, parseReaderParams, readerHref, readerLabel } from "./reader-params";

describe("reader URL state", () => {
  it("omits defaults and keeps the fragment", () => {
    expect(readerHref("xihu-2012")).toBe("/reports/xihu-2012");
    expect(readerHref("xihu-2012", { kind: "goal" }, "#s-3")).toBe("/reports/xihu-2012?kind=goal#s-3");
    expect(readerHref("x", { original: true })).toBe("/reports/x?original=1");
  });
  it("parses and ignores bad values", () => {
    expect(parseReaderParams({ kind: "goal", original: "1" })).toEqual({ kind: "goal", subtype: undefined, original: true });
    expect(parseReaderParams({ kind: "bogus", subtype: "bogus", original: "yes" })).toEqual({ kind: undefined, subtype: undefined, original: false });
  });
  it("writes the problem filter as a subtype", () => {
    expect(readerHref("x", labelParams("problem"))).toBe("/reports/x?subtype=problem");
    expect(readerHref("x", { ...labelParams("problem"), original: true })).toBe("/reports/x?subtype=problem&original=1");
    expect(readerHref("x", labelParams("other"))).toBe("/reports/x?kind=other");
  });
  it("reads the old ?kind=problem as the same view as ?subtype=problem", () => {
    const old = parseReaderParams({ kind: "problem", original: "1" });
    expect(old).toEqual(parseReaderParams({ subtype: "problem", original: "1" }));
    expect(readerLabel(old)).toBe("problem");
    expect(readerHref("x", old)).toBe("/reports/x?subtype=problem&original=1");
  });
});
