import { describe, expect, it } from "vitest";
import { parseLibraryParams, parsePickerRegions, parseRegionSearchParams, withParam } from "./region-params";

describe("region picker URLs", () => {
  it("keeps good values and drops bad ones without failing", () => {
    expect(parseLibraryParams({ region: "yuhang", rq: " 余杭 " })).toEqual({ region: "yuhang", rq: "余杭", page: 1 });
    expect(parseLibraryParams({ region: "../etc", rq: "" })).toEqual({ region: undefined, rq: undefined, page: 1 });
    // The library's page: 1 when absent or bad, so old links open page 1.
    expect(parseLibraryParams({ page: "3" }).page).toBe(3);
    expect(parseLibraryParams({ page: "0" }).page).toBe(1);
    expect(parseLibraryParams({ page: "abc" }).page).toBe(1);
    expect(parseLibraryParams({ rq: "x".repeat(41) }).rq).toBeUndefined();
    expect(parsePickerRegions({ lregion: "nanchang-xihu", rregion: ["hangzhou", "xihu"], lq: "yh" })).toEqual({ lregion: "nanchang-xihu", rregion: "hangzhou", lq: "yh", rq: undefined });
  });

  it("reads the API's query and bounds its limit", () => {
    expect(parseRegionSearchParams(new URLSearchParams("q=yh"))).toEqual({ q: "yh", limit: 12 });
    expect(parseRegionSearchParams(new URLSearchParams("q=yh&limit=500"))).toEqual({ q: "yh", limit: 12 });
    expect(parseRegionSearchParams(new URLSearchParams("limit=3"))).toEqual({ q: "", limit: 3 });
  });

  it("sets one param and keeps the others in their order; an empty value removes it", () => {
    expect(withParam("/compare", new URLSearchParams("rregion=hangzhou&lq=yh"), { lregion: "yuhang", lq: undefined })).toBe("/compare?rregion=hangzhou&lregion=yuhang");
    expect(withParam("/", {}, { region: undefined })).toBe("/");
  });
});
