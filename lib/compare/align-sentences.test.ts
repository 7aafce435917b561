import { describe, expect, it } from "vitest";
import { alignSentences, matchSentences } from "./align-sentences";
import { perturb, roughSentences, seedText } from "@/tests/support/seed-text";
import { actual, sentence } from "@/tests/support/make-indicator";

const side = (texts: string[]) => texts.map((t, i) => sentence(i, t));
const shape = (rows: ReturnType<typeof alignSentences>) =>
  rows.map((r) => `${r.id}:${r.status}:${r.left?.id ?? "-"}:${r.right?.id ?? "-"}`);

describe("alignSentences", () => {
  it("matches across reordering, with numbers masked", () => {
    const left = ["地区生产总值增长8%以上。", "城镇登记失业率控制在3.5%以内。", "新增国家高新技术企业444家,列全省第一。"];
    const right = ["新增国家高新技术企业500家,列全省第一。", "地区生产总值增长7.5%。", "城镇登记失业率控制在3.5%以内。"];
    expect(shape(alignSentences(side(left), side(right)))).toEqual([
      "r-0-1:changed:s-0:s-1",
      "r-1-2:same:s-1:s-2",
      "r-2-0:changed:s-2:s-0",
    ]);
  });

  it("leaves weak pairs unmatched and places right-only rows after the previous matched right sentence", () => {
    const left = ["深化“最多跑一次”改革。", "加快轨道交通建设,5号线开通运营。", "开展扫黑除恶专项斗争。"];
    const right = ["全省首试“人才创业险”。", "深化“最多跑一次”改革。", "建成5G基站2546个。", "加快轨道交通建设,16号线开通运营。"];
    expect(shape(alignSentences(side(left), side(right)))).toEqual([
      "r-x-0:right-only:-:s-0",
      "r-0-1:same:s-0:s-1",
      "r-x-2:right-only:-:s-2",
      "r-1-3:changed:s-1:s-3",
      "r-2-x:left-only:s-2:-",
    ]);
  });

  it("calls width and whitespace differences same", () => {
    const [row] = alignSentences(side(["推进改革,深化开放;"]), side(["推进改革， 深化开放；"]));
    expect(row).toMatchObject({ status: "same", similarity: 1, changes: [] });
  });

  it("gives changed rows a diff, changes, similarity and the metrics of both sentences", () => {
    const [row] = alignSentences(
      [sentence(3, "完成财政总收入726.47亿元。", [actual("fiscal-revenue", "726.47亿元")])],
      [sentence(9, "财政总收入723.2亿元。", [actual("fiscal-revenue", "723.2亿元")])],
    );
    expect(row.status).toBe("changed");
    expect(row.changes).toEqual([{ type: "number", left: "726.47亿元", right: "723.2亿元" }]);
    expect(row.similarity).toBeGreaterThan(0.3);
    expect(row.similarity).toBeLessThan(1);
    expect(row.metrics).toEqual(["fiscal-revenue"]);
  });

  it("names each row after its two sentences, so an id survives changes elsewhere in either report", () => {
    const left = ["深化“最多跑一次”改革。", "加快轨道交通建设,5号线开通运营。"];
    const right = ["深化“最多跑一次”改革。", "加快轨道交通建设,16号线开通运营。"];
    const before = alignSentences(side(left), side(right)).map((r) => r.id);
    // A sentence added at the top of the right report shifts every position, but not the pairs' sentence ids.
    const shifted = [sentence(0, "全省首试“人才创业险”。"), ...right.map((t, i) => sentence(i + 10, t))];
    const after = alignSentences(side(left), shifted);
    expect(before).toEqual(["r-0-0", "r-1-1"]);
    expect(after.map((r) => r.id)).toEqual(["r-x-0", "r-0-10", "r-1-11"]);
  });

  it("handles empty sides", () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(shape(alignSentences(side(["一句话而已。"]), []))).toEqual(["r-0-x:left-only:s-0:-"]);
  });

  // Its speed is row 2 of npm run bench (the generated 100k pair), not a test: a wall clock fails on a busy machine.
  it("aligns 2 × 1,500 sentences one to one, every sentence in one row", () => {
    const pool = ["000", "001", "002", "003", "004"].flatMap((n) => roughSentences(seedText(n)));
    const left: string[] = [];
    for (let k = 0; left.length < 1500; k++) left.push(...pool.map((s) => s.replace(/\d+/g, (d) => String(Number(d) + k))));
    left.length = 1500;
    const right = perturb(left, [], 0.25, 7).map((r) => r.text).slice(0, 1500);
    const rows = alignSentences(side(left), side(right));
    const lefts = rows.flatMap((r) => (r.left ? [r.left.id] : []));
    const rights = rows.flatMap((r) => (r.right ? [r.right.id] : []));
    // Each sentence of either side sits in exactly one row (a match or an unmatched row), none lost, none twice.
    expect([...new Set(lefts)].sort()).toEqual(side(left).map((s) => s.id).sort());
    expect([...new Set(rights)].sort()).toEqual(side(right).map((s) => s.id).sort());
    expect(lefts).toHaveLength(new Set(lefts).size);
    expect(rights).toHaveLength(new Set(rights).size);
    expect(rows.filter((r) => r.left && r.right).length).toBeGreaterThan(1000);
  });

  it("matchSentences is one-to-one", () => {
    const pairs = matchSentences(["推进改革。", "推进改革。"], ["推进改革。"]);
    expect(pairs).toHaveLength(1);
  });
});
