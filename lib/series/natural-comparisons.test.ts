import { describe, expect, it } from "vitest";
import { naturalComparisons, type ComparableReport } from "./natural-comparisons";

const yuhang: ComparableReport = { slug: "yuhang-2020", title: "余杭", region: "余杭区", regionSlug: "yuhang", reviewYear: 2019, planYear: 2020, kind: "report" };
const news: ComparableReport = { ...yuhang, slug: "yuhang-2020-news", kind: "news" };
const shangcheng: ComparableReport = { slug: "shangcheng-2020", title: "上城", region: "上城区", regionSlug: "shangcheng", reviewYear: 2019, planYear: null, kind: "report" };
const hangzhou: ComparableReport = { slug: "hangzhou-2021-excerpt", title: "杭州", region: "杭州市", regionSlug: "hangzhou", reviewYear: null, planYear: 2021, kind: "excerpt" };

describe("natural comparisons", () => {
  const links = naturalComparisons([yuhang, news, shangcheng, hangzhou]);
  const pairs = links.map(({ left, right, l, r }) => [left, right, l, r].join(" "));

  it("offers a report's own review against its own plan", () => {
    expect(pairs).toContain("yuhang-2020 yuhang-2020 achievement goal");
    expect(links.some((c) => c.left === "shangcheng-2020" && c.right === "shangcheng-2020")).toBe(false);
  });
  it("sets the news article against its report", () => {
    expect(pairs).toContain("yuhang-2020-news yuhang-2020 all all");
  });
  it("sets districts of the same review year against each other", () => {
    expect(pairs).toContain("yuhang-2020 shangcheng-2020 achievement achievement");
    expect(links.some((c) => c.left === "hangzhou-2021-excerpt")).toBe(false);
  });
  it("names the years in the titles", () => {
    expect(links.find((c) => c.left === "yuhang-2020" && c.right === "yuhang-2020")?.title).toBe("余杭区2020：2019年实绩 vs 2020年目标");
  });
  it("gives exactly these comparisons, in this order", () => {
    expect(pairs).toEqual(["yuhang-2020 yuhang-2020 achievement goal", "yuhang-2020-news yuhang-2020 all all", "yuhang-2020 shangcheng-2020 achievement achievement"]);
  });
});
