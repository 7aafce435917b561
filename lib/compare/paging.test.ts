import { describe, expect, it } from "vitest";
import { locateId, pageOfIndex, pageRanges, pageSlice, resolveAnchor } from "./paging";
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
  const ids = ["r-1-x", "r-2-3", "r-5-4", "r-x-6", "r-9-7"];
  it("finds an existing id", () => {
    expect(locateId(ids, "r-5-4")).toEqual({ found: "exact", id: "r-5-4", index: 2 });
  });
  it("lands a vanished row on the nearest left sentence (right when the row had no left), saying which was asked", () => {
    expect(locateId(ids, "r-6-4")).toEqual({ found: "nearest", id: "r-5-4", index: 2, asked: "r-6-4" });
    expect(locateId(ids, "r-400-x")).toEqual({ found: "nearest", id: "r-9-7", index: 4, asked: "r-400-x" });
    expect(locateId(ids, "r-x-8")).toEqual({ found: "nearest", id: "r-9-7", index: 4, asked: "r-x-8" });
  });
  it("lands a vanished pair on the same metric and type, and a sentence on the nearest sentence", () => {
    const pairs = ["i-gdp-growth-l2", "i-gdp-level-l9", "i-gdp-growth-l12"];
    expect(locateId(pairs, "i-gdp-growth-l10")?.id).toBe("i-gdp-growth-l12");
    expect(locateId(pairs, "i-cpi-growth-l10")).toBeNull();
    expect(locateId(["s-1", "s-8"], "s-6")?.id).toBe("s-8");
  });
  it("leaves ids hidden by a filter, ids of another kind and ids without a number alone", () => {
    expect(locateId(ids, "r-3-3", (id) => id === "r-3-3")).toBeNull();
    expect(locateId(ids, "i-gdp-growth")).toBeNull();
    expect(locateId(ids, "s-3")).toBeNull();
    expect(locateId([], "r-3-3")).toBeNull();
  });
});

describe("resolveAnchor", () => {
  const all = [{ id: "r-0-0" }, { id: "r-1-x" }, { id: "r-x-1" }, { id: "r-2-2" }];
  const everything = all.map((r) => r.id);
  it("maps an old position-style row id to the row at that position", () => {
    expect(resolveAnchor(all, everything, "r-2")).toEqual({ found: "legacy", id: "r-x-1", index: 2, asked: "r-2" });
    expect(resolveAnchor(all, ["r-x-1"], "r-2")).toEqual({ found: "legacy", id: "r-x-1", index: 0, asked: "r-2" });
  });
  it("lands an old id past the end on the last row, with a notice", () => {
    expect(resolveAnchor(all, everything, "r-99999")).toEqual({ found: "nearest", id: "r-2-2", index: 3, asked: "r-99999" });
  });
  it("leaves an old id whose row a filter hides to the view's notice", () => {
    expect(resolveAnchor(all, ["r-0-0"], "r-2")).toBeNull();
  });
  it("maps old indicator ids (i-gdp-growth, i-gdp-growth-2) to the nth pair of that metric and type", () => {
    const pairs = [{ id: "i-gdp-growth-l3" }, { id: "i-cpi-rate-l3" }, { id: "i-gdp-growth-l8" }];
    const ids = pairs.map((p) => p.id);
    expect(resolveAnchor(pairs, ids, "i-gdp-growth")?.id).toBe("i-gdp-growth-l3");
    expect(resolveAnchor(pairs, ids, "i-gdp-growth-2")).toMatchObject({ found: "legacy", id: "i-gdp-growth-l8" });
    expect(resolveAnchor(pairs, ids, "i-cpi-rate")?.id).toBe("i-cpi-rate-l3");
    expect(resolveAnchor(pairs, ids, "i-gdp-growth-l3")).toMatchObject({ found: "exact" });
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
