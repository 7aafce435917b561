import { describe, expect, it } from "vitest";
import { achieved, planned } from "./test-readers";

const brief = (text: string, read = planned) => read(text).map((i) => `${i.label} ${i.type} ${i.value}${i.unit}`);

describe("extractIndicators: counts written in words after the things counted (batches 7, 14, 19, 22 of the eval)", () => {
  it("a count closing its clause is a count", () => {
    expect(brief("新增州级以上农业龙头企业十余个，带动农户增收。", achieved)[0]).toMatch(/农业龙头企业 count 10个$/);
    expect(brief("大运河科创城新引进省级以上研发机构两家。", achieved)[0]).toMatch(/研发机构 count 2家$/);
  });

  it("lines a plan builds or opens are counted", () => {
    expect(brief("今年计划再新上两条生产线，产值力争突破15亿元。")[0]).toMatch(/生产线 count 2条$/);
    expect(brief("新开通三条国际航线。")[0]).toMatch(/航线 count 3条$/);
  });

  it("a numeral inside a bigger one, a pointer back and a set phrase are no count", () => {
    expect(brief("集体分配平均每人在三百元以上的有一千六百二十二个，", achieved).some((s) => / count 22个$/.test(s))).toBe(false);
    expect(planned("这样的企业有这两个。")).toEqual([]);
    expect(planned("坚持两个毫不动摇。")).toEqual([]);
    expect(planned("推动两个文明协调发展。")).toEqual([]);
  });
});

describe("extractIndicators: a doubling of two amounts doubles each (national-2016, harbin-2023)", () => {
  it("gives 翻一番 to each amount joined by 和", () => {
    expect(brief("实现国内生产总值和城乡居民人均收入比2010年翻一番。")).toEqual([
      "国内生产总值 multiple 2倍", "城乡居民人均收入 multiple 2倍",
    ]);
    expect(brief("今后五年，游客接待量和旅游收入翻一番。")).toEqual(["游客接待量 multiple 2倍", "旅游收入 multiple 2倍"]);
  });

  it("keeps one name when an item is no amount", () => {
    expect(brief("力争研发人员和研发经费投入强度翻一番。")).toHaveLength(1);
  });
});
