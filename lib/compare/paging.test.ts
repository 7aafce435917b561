import { describe, expect, it } from "vitest";
import { locateId, pageOfIndex, pageRanges, pageSlice } from "./paging";
import { atHref, parsePageParams, withPage } from "@/lib/url/page-params";

describe("pageSlice", () => {
  it("cuts a list into bounded pages and clamps the page", () => {
    expect(pageSlice(450, 1, 200)).toEqual({ page: 1, pageCount: 3, start: 0, end: 200 });
    expect(pageSlice(450, 3, 200)).toEqual({ page: 3, pageCount: 3, start: 400, end: 450 });
    expect(pageSlice(450, 9, 200)).toEqual({ page: 3, pageCount: 3, start: 400, end: 450 });
    expect(pageSlice(0, 1, 200)).toEqual({ page: 1, pageCount: 1, start: 0, end: 0 });
    expect(pageSlice(10, 0, 200).page).toBe(1);
  });
  it("puts an index on its page", () => {
    expect(pageOfIndex(0, 200)).toBe(1);
    expect(pageOfIndex(199, 200)).toBe(1);
    expect(pageOfIndex(200, 200)).toBe(2);
  });
});

describe("locateId", () => {
  const ids = ["r-1", "r-2", "r-5", "r-9"];
  it("finds an existing id", () => {
    expect(locateId(ids, "r-5")).toEqual({ found: "exact", id: "r-5", index: 2 });
  });
  it("lands a vanished id on the nearest number, saying which was asked", () => {
    expect(locateId(ids, "r-7")).toEqual({ found: "nearest", id: "r-5", index: 2, asked: "r-7" });
    expect(locateId(ids, "r-400")).toEqual({ found: "nearest", id: "r-9", index: 3, asked: "r-400" });
  });
  it("leaves ids hidden by a filter, ids of another kind and ids without a number alone", () => {
    expect(locateId(ids, "r-3", (id) => id === "r-3")).toBeNull();
    expect(locateId(ids, "i-gdp-growth")).toBeNull();
    expect(locateId(ids, "s-3")).toBeNull();
    expect(locateId([], "r-3")).toBeNull();
  });
});

describe("page params", () => {
  it("parses page and at, falling back on bad values", () => {
    expect(parsePageParams({ page: "3", at: "r-12" })).toEqual({ page: 3, ipage: 1, at: "r-12" });
    expect(parsePageParams({ page: "-1", at: "<x>" })).toEqual({ page: 1, ipage: 1, at: undefined });
    expect(parsePageParams({ ipage: "2" })).toEqual({ page: 1, ipage: 2, at: undefined });
  });
  it("omits page 1 and keeps the view's other params", () => {
    expect(withPage("/compare/a/b?l=goal&page=4", 1)).toBe("/compare/a/b?l=goal");
    expect(withPage("/compare/a/b?l=goal", 2, "#r-3")).toBe("/compare/a/b?l=goal&page=2#r-3");
    expect(withPage("/compare/a/b?at=r-9", 2)).toBe("/compare/a/b?page=2");
    expect(withPage("/compare/a/b?page=2#r-4", 3, "", "ipage")).toBe("/compare/a/b?page=2&ipage=3");
  });
});

describe("atHref", () => {
  it("aims a view at an item, dropping the page", () => {
    expect(atHref("/compare/a/b?collapse=0&page=3", "r-12")).toBe("/compare/a/b?collapse=0&at=r-12#r-12");
    expect(atHref("/compare/a/b", "r-1")).toBe("/compare/a/b?at=r-1#r-1");
  });
});

describe("pageRanges", () => {
  it("closes a page at the first allowed cut after size items", () => {
    const paragraphOf = [1, 1, 1, 2, 2, 3, 3, 3, 3, 4];
    expect(pageRanges(paragraphOf, 2, (a, b) => a !== b)).toEqual([[0, 3], [3, 5], [5, 9], [9, 10]]);
    expect(pageRanges(paragraphOf, 100, (a, b) => a !== b)).toEqual([[0, 10]]);
    expect(pageRanges([], 5, () => true)).toEqual([[0, 0]]);
  });
});
