import { describe, expect, it } from "vitest";
import { alignSentences } from "./align-sentences";
import { sentence } from "@/tests/support/make-indicator";
import { rowCells, toneChips } from "./row-cells";
import { readTone } from "./tone";

describe("rowCells", () => {
  const rows = alignSentences(
    [sentence(3, "完成财政总收入726.47亿元。", [], "achievement"), sentence(4, "深化“最多跑一次”改革。", [], "achievement"), sentence(5, "开展扫黑除恶专项斗争。", [], "achievement")],
    [sentence(9, "财政总收入723.2亿元。", [], "goal"), sentence(10, "深化“最多跑一次”改革。", [], "goal")],
  );
  const byStatus = (s: string) => rows.find((r) => r.status === s)!;

  it("sends a changed row's diff as codes (0 equal, 1 deleted, 2 inserted) that spell both sentences, and no texts", () => {
    const cells = rowCells(byStatus("changed"), true);
    expect(cells).toMatchObject({ id: "r-3-9", status: "changed", nav: 1, left: ["s-3", "achievement"], right: ["s-9", "goal"] });
    expect(cells.texts).toBeUndefined();
    const spell = (keep: number) => cells.diff!.filter(([op]) => op === 0 || op === keep).map(([, t]) => t).join("");
    expect(spell(1)).toBe("完成财政总收入726.47亿元。");
    expect(spell(2)).toBe("财政总收入723.2亿元。");
    expect(cells.similarity).toBeGreaterThan(0);
    expect(cells.similarity).toBeLessThan(100);
  });

  it("sends same and unmatched rows' texts, with null for a missing side, and marks no nav unless asked", () => {
    expect(rowCells(byStatus("same"), false)).toEqual({ id: "r-4-10", status: "same", left: ["s-4", "achievement"], right: ["s-10", "goal"], texts: ["深化“最多跑一次”改革。", "深化“最多跑一次”改革。"] });
    expect(rowCells(byStatus("left-only"), false)).toMatchObject({ id: "r-5-x", right: null, texts: ["开展扫黑除恶专项斗争。", null] });
  });

  it("works out the tone chips: a move between the sentences, else each side's strongest cue", () => {
    const left = readTone("坚决打赢污染防治攻坚战。");
    const right = readTone("积极打赢污染防治攻坚战。");
    const moved = toneChips({ left, right, changes: [{ verb: "打赢", left: "坚决", right: "积极", direction: "weaker" }] });
    expect(moved).toEqual([expect.objectContaining({ change: "weaker", text: "坚决打赢 → 积极打赢" })]);
    const cues = toneChips({ left, right: [], changes: [] });
    expect(cues).toEqual([expect.objectContaining({ side: "左", word: "坚决", level: 4 })]);
  });
});
