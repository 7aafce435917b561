// Patterns found in the national reports of the development corpus (../shared/corpus): real sentences, shortened.
import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";

const achieved = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });
const planned = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" });

describe("labels hold no dates, comparison bases or verbs", () => {
  it("重工业总产值一九八一年比一九八○年下降4.7% → 重工业总产值, −4.7 (1982)", () => {
    expect(achieved("重工业总产值一九八一年比一九八○年下降4.7%。")[0]).toMatchObject({ label: "重工业总产值", value: -4.7, type: "growth" });
  });
  it("国内财政收入１９８７年达到２２４３.６亿元 → 国内财政收入 (1988, full-width digits)", () => {
    expect(achieved("国内财政收入１９８７年达到２２４３．６亿元。")[0]).toMatchObject({ label: "国内财政收入", value: 224360000000, scale: "亿" });
  });
  it("城镇化率从47.5%提高到51.3%: the label drops 从 (2011)", () => {
    expect(achieved("城镇化率从47.5%提高到51.3%。")[0]).toMatchObject({ label: "城镇化率", metric: "urbanization-rate" });
  });
});

describe("growth words of older reports", () => {
  it("平均每年递增7% is an average annual growth (年均)", () => {
    expect(planned("社会商品零售总额平均每年递增7%。")[0]).toMatchObject({ label: "社会商品零售总额", type: "growth", qualifiers: ["年均"] });
  });
  it("百分之四点一: Chinese decimals", () => {
    expect(planned("消费水平平均每年递增百分之四点一。")[0]).toMatchObject({ value: 4.1, unit: "%", type: "growth" });
  });
  it("百分之四十 after 增长 is growth, not a share; 三分之二 stays a share", () => {
    expect(planned("社会商品零售总额比一九八○年增长百分之四十。")[0]).toMatchObject({ type: "growth", value: 40 });
    expect(achieved("民生支出占三分之二。")[0]).toMatchObject({ type: "share" });
  });
});

describe("numbers split by spaces in PDF copies (1998)", () => {
  it("8 5 ％ is 85%", () => {
    expect(achieved("电视人口覆盖率达到8 5 ％以上。")[0]).toMatchObject({ value: 85, unit: "%", qualifiers: expect.arrayContaining(["以上"]) });
  });
  it("2 ．5 亿千瓦 is 2.5亿千瓦", () => {
    expect(achieved("发电装机容量达到2 ．5 亿千瓦。")[0]).toMatchObject({ value: 250000000, unit: "千瓦", scale: "亿" });
  });
  it("a space between a number and the next word is not a split number", () => {
    expect(achieved("完成投资120亿元 其中基建50亿元。").map((i) => i.value)).toEqual([12000000000, 5000000000]);
  });
});
