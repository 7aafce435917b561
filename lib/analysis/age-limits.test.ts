// An age with 以下/以上 before the people it bounds is their age limit (batches 9–12 name it 大学生年龄, 婴幼儿年龄).
import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";

const named = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" }).map((i) => [i.text, i.label]);

describe("age limits", () => {
  it("name the age by the people it bounds, and give their count the words before the age", () => {
    expect(named("新引进35岁以下大学生4.2万人。")).toEqual([["35岁", "大学生年龄"], ["4.2万人", "新引进大学生"]]);
    expect(named("将3岁以下婴幼儿照护费用纳入个人所得税专项附加扣除。")).toEqual([["3岁", "婴幼儿年龄"]]);
  });

  it("give the count only words written before the age in its own list item (batch 14)", () => {
    expect(named("新增中小学学位6000个、3岁以下婴幼儿托位600个。").at(-1)).toEqual(["600个", "婴幼儿托位"]);
    expect(named("新增学位1.1万个，新增3岁以下婴幼儿托位850个。").at(-1)).toEqual(["850个", "新增婴幼儿托位"]);
  });

  it("keep the age in the name of a rate per head of population, a lexicon metric (13 readers of 13)", () => {
    const found = extractIndicators("每千人口拥有3岁以下婴幼儿托位数达到4.6个。", { kind: "achievement", part: "review" });
    expect(found.map((i) => [i.text, i.label, i.metric])).toEqual([
      ["3岁", "婴幼儿年龄", expect.stringMatching(/^x-/)],
      ["4.6个", "每千人口拥有3岁以下婴幼儿托位数", "childcare-places-per-1000"],
    ]);
  });

  it("reach the people past a word of residence or kind (65周岁以上户籍老年人, batch 89)", () => {
    expect(named("为65周岁以上户籍老年人免费体检。")).toEqual([["65周岁", "户籍老年人年龄"]]);
  });

    it("leave an age that bounds no one alone", () => {
    expect(named("人均预期寿命达到79岁。")).toEqual([["79岁", "人均预期寿命"]]);
  });

  it("建设 before an amount names nothing: the object after it does", () => {
    expect(named("稳定粮食播种面积，建设1亿亩高标准农田。")).toEqual([["1亿亩", "高标准农田"]]);
  });
});

describe("size limits", () => {
  it("name a boiler's size in 蒸吨 by the boilers it bounds, and give their count the verb before the size", () => {
    expect(named("淘汰10蒸吨以下燃煤锅炉236台。")).toEqual([["10蒸吨", "燃煤锅炉规模"], ["236台", "淘汰燃煤锅炉"]]);
  });
});
