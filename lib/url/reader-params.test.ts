import { describe, expect, it } from "vitest";
import { parseReaderParams, readerHref } from "./reader-params";

describe("reader URL state", () => {
  it("omits defaults and keeps the fragment", () => {
    expect(readerHref("xihu-2012")).toBe("/reports/xihu-2012");
    expect(readerHref("xihu-2012", { kind: "goal" }, "#s-3")).toBe("/reports/xihu-2012?kind=goal#s-3");
    expect(readerHref("x", { original: true })).toBe("/reports/x?original=1");
  });
  it("parses and ignores bad values", () => {
    expect(parseReaderParams({ kind: "goal", original: "1" })).toEqual({ kind: "goal", original: true });
    expect(parseReaderParams({ kind: "bogus", original: "yes" })).toEqual({ kind: undefined, original: false });
  });
});
