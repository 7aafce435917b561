import { describe, expect, it } from "vitest";
import { decodeCharacterReferences } from "./character-references";

describe("decodeCharacterReferences", () => {
  it("decodes a saved page's numeric and named references (batch 50's 慈溪 copy)", () => {
    const { text, decoded } = decodeCharacterReferences("&mdash;&mdash;2006年2月21日\n与&#8220;十五&#8221;计划\n慈溪市市长&nbsp;&nbsp;沈立民");
    expect(text).toBe("——2006年2月21日\n与“十五”计划\n慈溪市市长  沈立民");
    expect(decoded).toBe(6);
  });

  it("starts a line again at a paragraph's indent the copy ran into the line before (…主要目标&nbsp;&nbsp;2006年是…)", () => {
    expect(decodeCharacterReferences("三、2006年工作的总体要求和主要目标&nbsp;&nbsp;2006年是开局之年。&#8220;").text).toBe("三、2006年工作的总体要求和主要目标\n2006年是开局之年。“");
  });

  it("keeps a dateline whose short word other references indent on its line (&nbsp;&nbsp;本报讯&nbsp;&nbsp;2月20日…)", () => {
    expect(decodeCharacterReferences("&nbsp;&nbsp;&nbsp;&nbsp;本报讯&nbsp;&nbsp;2月20日上午，会议开幕。").text).toBe("    本报讯  2月20日上午，会议开幕。");
  });

  it("decodes a single reference that only a page writes (a WeChat copy's one &nbsp;)", () => {
    expect(decodeCharacterReferences("新登记市场主体7509户，&nbsp;增长10.1%。")).toEqual({ text: "新登记市场主体7509户， 增长10.1%。", decoded: 1 });
  });

  it("leaves a text with a single &amp;, or an ampersand that is no reference, as it is", () => {
    expect(decodeCharacterReferences("研发投入（R&D）占比2.5%，见www.x.cn/?a=1&amp;b=2")).toEqual({ text: "研发投入（R&D）占比2.5%，见www.x.cn/?a=1&amp;b=2", decoded: 0 });
  });
});
