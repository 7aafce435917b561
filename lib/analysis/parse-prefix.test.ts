import { describe, expect, it } from "vitest";
import { expandPair, splitLabelList } from "./parse-prefix";
import { extractIndicators } from "./extract-indicators";

describe("splitLabelList: the measure a list's items share", () => {
  it("产业 before the shared measure is every item's, except an item that names its own trade (batches 10, 18)", () => {
    expect(splitLabelList("生物医药、新材料、大数据云计算产业产值")).toEqual(["生物医药产业产值", "新材料产业产值", "大数据云计算产业产值"]);
    expect(splitLabelList("软件和信息服务业、智能电网、集成电路产业营业收入", 3)).toEqual(["软件和信息服务业营业收入", "智能电网产业营业收入", "集成电路产业营业收入"]);
  });
  it("a list whose last item has no 产业 shares the measure alone", () => {
    expect(splitLabelList("农业、工业增加值")).toEqual(["农业增加值", "工业增加值"]);
  });
  it("quoted names side by side, with or without 、, share the measure after the last quote (湄潭 2024, 2025)", () => {
    expect(splitLabelList("“湄潭翠芽”“遵义红”品牌价值")).toEqual(["“湄潭翠芽”品牌价值", "“遵义红”品牌价值"]);
    expect(splitLabelList("“湄潭翠芽”、“遵义红”品牌价值")).toEqual(["“湄潭翠芽”品牌价值", "“遵义红”品牌价值"]);
  });
});

describe("城乡 over two figures", () => {
  it("gives the urban 低保 its own name, 城市 (7 labels of 7), and urban income 城镇", () => {
    const [urban, rural] = extractIndicators("城乡低保标准分别提高到每人每月680元和520元。", { kind: "achievement", part: "review" });
    expect([urban.label, rural.label]).toEqual(["城市低保标准", "农村低保标准"]);
    expect(expandPair("城乡居民人均可支配收入")).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
  });
});

describe("places before a metric named once", () => {
  it("each take all of it, 两地 or 两市 counting them (batch 21's 云南 article)", () => {
    expect(splitLabelList("玉溪、红河两地规模以上工业增加值")).toEqual(["玉溪规模以上工业增加值", "红河规模以上工业增加值"]);
    expect(splitLabelList("杭州、宁波两市经济总量")).toEqual(["杭州经济总量", "宁波经济总量"]);
    expect(splitLabelList("生物医药、新材料产业产值")).toEqual(["生物医药产业产值", "新材料产业产值"]);
  });
});
