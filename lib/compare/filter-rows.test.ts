import { describe, expect, it } from "vitest";
import { alignSentences } from "./align-sentences";
import { filterRows } from "./filter-rows";
import { actual, sentence } from "@/tests/support/make-indicator";

const rows = alignSentences(
  [
    sentence(0, "地区生产总值增长8%以上。", [actual("gdp", "8%", ["以上"])]),
    sentence(1, "城镇登记失业率为1.7%。", [actual("unemployment", "1.7%")]),
    sentence(2, "持续开展扫黑除恶专项斗争。"),
  ],
  [
    sentence(0, "地区生产总值增长7.5%。", [actual("gdp", "7.5%")]),
    sentence(1, "城镇登记失业率为1.7%。", [actual("unemployment", "1.7%")]),
    sentence(2, "建成5G基站2546个。"),
  ],
);

const ids = (r: typeof rows) => r.map((x) => x.status);

describe("filterRows", () => {
  it("keeps everything without a filter", () => {
    expect(filterRows(rows)).toHaveLength(rows.length);
  });
  it("only=changed / only=unmatched", () => {
    expect(ids(filterRows(rows, { only: "changed" }))).toEqual(["changed"]);
    expect(ids(filterRows(rows, { only: "unmatched" })).sort()).toEqual(["left-only", "right-only"]);
  });
  it("q searches both sides, ignoring width and case", () => {
    expect(filterRows(rows, { q: "5g基站" })).toHaveLength(1);
    expect(filterRows(rows, { q: "7.5％" })).toHaveLength(1);
    expect(filterRows(rows, { q: "不存在" })).toHaveLength(0);
  });
  it("metric keeps rows with an indicator of that metric", () => {
    expect(filterRows(rows, { metric: "unemployment" }).map((r) => r.status)).toEqual(["same"]);
    expect(filterRows(rows, { metric: "gdp", only: "changed" })).toHaveLength(1);
  });
});
