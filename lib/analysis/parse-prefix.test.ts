import { describe, expect, it } from "vitest";
import { splitLabelList } from "./parse-prefix";

describe("splitLabelList: the measure a list's items share", () => {
  it("产业 before the shared measure is every item's, except an item that names its own trade (batches 10, 18)", () => {
    expect(splitLabelList("生物医药、新材料、大数据云计算产业产值")).toEqual(["生物医药产业产值", "新材料产业产值", "大数据云计算产业产值"]);
    expect(splitLabelList("软件和信息服务业、智能电网、集成电路产业营业收入", 3)).toEqual(["软件和信息服务业营业收入", "智能电网产业营业收入", "集成电路产业营业收入"]);
  });
  it("a list whose last item has no 产业 shares the measure alone", () => {
    expect(splitLabelList("农业、工业增加值")).toEqual(["农业增加值", "工业增加值"]);
  });
});
