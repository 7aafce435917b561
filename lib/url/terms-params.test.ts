import { describe, expect, it } from "vitest";
import { parseTermsParams, termsHref } from "./terms-params";

describe("terms params", () => {
  it("reads a list of reports in order, without repeats, and falls back to none", () => {
    expect(parseTermsParams({ reports: "china-2000,china-2014,china-2000" })).toEqual({ reports: ["china-2000", "china-2014"] });
    expect(parseTermsParams({})).toEqual({ reports: [] });
    expect(parseTermsParams({ reports: Array.from({ length: 30 }, (_, i) => `r${i}`).join(",") })).toEqual({ reports: [] });
  });
  it("writes the default as a bare path", () => {
    expect(termsHref("china")).toBe("/regions/china/terms");
    expect(termsHref("china", { reports: ["a", "b"] })).toBe("/regions/china/terms?reports=a,b");
  });
});
