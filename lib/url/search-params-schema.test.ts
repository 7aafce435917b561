import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref, SEARCH_DEFAULTS } from "./search-params-schema";

describe("search URL state", () => {
  it("omits every default", () => {
    expect(searchHref()).toBe("/search");
    expect(searchHref({ q: "", page: 1, region: undefined })).toBe("/search");
  });

  it("round-trips a full view through the URL", () => {
    const view = { q: "数字经济", region: "yuhang", year: 2020, kind: "report", page: 2 } as const;
    const href = searchHref(view);
    expect(href).toBe(`/search?q=${encodeURIComponent("数字经济")}&region=yuhang&year=2020&kind=report&page=2`);
    expect(parseSearchParams(new URLSearchParams(href.split("?")[1]))).toEqual(view);
  });

  it("treats empty fields from a plain form submission as defaults", () => {
    expect(parseSearchParams({ q: " 增长 ", region: "", year: "", kind: "" })).toEqual({ ...SEARCH_DEFAULTS, q: "增长" });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    expect(parseSearchParams({ region: "<script>", year: "20x0", kind: "book", page: "-3" })).toEqual(SEARCH_DEFAULTS);
    expect(parseSearchParams({ page: "99999" }).page).toBe(1);
    expect(parseSearchParams({ q: ["增长", "亚运"] }).q).toBe("增长");
  });
});
