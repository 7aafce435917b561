// Names a figure takes from the figure before it (neighbour-names.ts), read through extractIndicators as a report is.
import { describe, expect, it } from "vitest";
import { placeAndMetric } from "./neighbour-names";
import { achieved } from "./test-readers";

describe("a gain and a part", () => {
  it("output gained is named as the gain, and the rate after it is the output's (national 2024 and 2025, a 2023 news article)", () => {
    const [level, gain, rate] = achieved("全年粮食产量1.37万亿斤，增产74亿斤，增长0.5%。");
    expect(level).toMatchObject({ metric: "grain-output", value: 1.37e12 });
    expect(gain).toMatchObject({ label: "粮食增产", value: 7.4e9 });
    expect(gain.metric).not.toBe("grain-output");
    expect(rate).toMatchObject({ metric: "grain-output", type: "growth", value: 0.5 });
  });
  it("the firms (其中企业) among new business entities are new firms; a part of a total is not, and a named part keeps its name", () => {
    expect(achieved("全年新增市场主体2.6万户，其中企业1.4万户。")[1].label).toBe("新增企业");
    expect(achieved("市场主体总量达到30万户，其中企业12万户。")[1].label).toBe("企业");
    expect(achieved("新增城镇就业23.1万人，其中高校毕业生就业8.6万人。")[1].label).toBe("高校毕业生就业");
  });
});

describe("things counted over a threshold", () => {
  it("集体经济收入10万元以上的嘎查村占比 names the share by the threshold written before it (a 呼和浩特 pair, batch 10)", () => {
    expect(achieved("集体经济收入10万元以上的嘎查村占比达到63%。")[1].label).toBe("集体经济收入10万元以上的嘎查村占比");
    // With no owner written before the threshold (其中100万元以上的村), nothing is borrowed.
    expect(achieved("其中100万元以上的村占比达到41.5%。").at(-1)!.label).not.toContain("100万元");
  });
  it("the places counted over a threshold they passed (超500亿元的县) are named with it (batch 22's 广东, batch 19's 四川 article)", () => {
    expect(achieved("新增经济总量超500亿元的县（市、区）12个。")[1].label).toBe("新增经济总量超500亿元的县（市、区）");
    expect(achieved("全省经济总量超过3000亿元的市（州）有7个。")[1].label).toBe("经济总量超过3000亿元的市（州）");
  });
});

describe("placeAndMetric", () => {
  it("splits a leading place from its metric, the unit word after a name written without it included", () => {
    expect(placeAndMetric("株洲外贸进出口")).toEqual({ place: "株洲", metric: "外贸进出口" });
    expect(placeAndMetric("呼和浩特市地区生产总值")).toEqual({ place: "呼和浩特市", metric: "地区生产总值" });
    expect(placeAndMetric("营业收入")).toBeNull();
  });
});
