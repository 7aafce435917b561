import { describe, expect, it } from "vitest";
import { FOLD_INLINE, pageBlocks, pageOfRow, renderedRows, rowBlocks } from "./row-blocks";
import type { Row } from "./types";

const row = (n: number, status: Row["status"]): Row =>
  ({
    id: `r-${n}`,
    status,
    similarity: null,
    left: status === "right-only" ? null : { id: `s-${n}`, text: `左${n}`, kind: "goal" },
    right: status === "left-only" ? null : { id: `s-${n + 100}`, text: `右${n}`, kind: "goal" },
    diff: [],
    changes: [],
  }) as Row;
const isNav = (r: Row) => r.status === "changed";
// 2 same, 1 changed, 6 same/unmatched, 1 changed, 1 same
const rows = [row(0, "same"), row(1, "same"), row(2, "changed"), ...[3, 4, 5, 6, 7, 8].map((n) => row(n, n % 2 ? "same" : "left-only")), row(9, "changed"), row(10, "same")];

describe("rowBlocks", () => {
  it("folds short runs in place and turns long runs into one line", () => {
    const blocks = rowBlocks(rows, { collapse: true, isNav });
    expect(blocks.map((b) => b.type)).toEqual(["fold", "row", "run", "row", "fold"]);
    const run = blocks[2];
    expect(run.type === "run" && run.first).toBe("r-3");
    expect(run.type === "run" && run.counts).toEqual({ same: 3, changed: 0, "left-only": 3, "right-only": 0 });
    expect(blocks.reduce((n, b) => n + renderedRows(b), 0)).toBe(2 + 1 + 0 + 1 + 1);
    expect(6).toBeGreaterThan(FOLD_INLINE);
  });
  it("unfolds the long run that holds a linked row", () => {
    const blocks = rowBlocks(rows, { collapse: true, isNav, open: "r-5" });
    expect(blocks[2]).toMatchObject({ type: "fold", open: true });
    expect(blocks[0]).toMatchObject({ type: "fold", open: false });
  });
  it("shows every row when collapse is off", () => {
    expect(rowBlocks(rows, { collapse: false, isNav }).every((b) => b.type === "row")).toBe(true);
  });
});

describe("pageBlocks", () => {
  it("bounds the rendered rows of a page and finds a row's page", () => {
    const pages = pageBlocks(rowBlocks(rows, { collapse: false, isNav }), 4);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(pageOfRow(pages, "r-0")).toBe(1);
    expect(pageOfRow(pages, "r-4")).toBe(2);
    expect(pageOfRow(pages, "r-10")).toBe(3);
    expect(pageOfRow(pages, "r-99")).toBeNull();
  });
  it("finds a row inside a long run, which costs one line", () => {
    const pages = pageBlocks(rowBlocks(rows, { collapse: true, isNav }), 3);
    expect(pages.map((p) => p.map((b) => b.type))).toEqual([["fold", "row"], ["run", "row", "fold"]]);
    expect(pageOfRow(pages, "r-7")).toBe(2);
  });
});
