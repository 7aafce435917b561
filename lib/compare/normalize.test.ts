import { describe, expect, it } from "vitest";
import { compactForm, maskForMatching } from "./normalize";

/** The definition maskForMatching's single pass must keep: numbers to "#", then everything but letters, digits, # and % dropped. */
const byPatterns = (text: string) => compactForm(text).replace(/\d+(?:\.\d+)?/g, "#").replace(/[^\p{L}\p{N}#%]/gu, "");

describe("maskForMatching", () => {
  it("masks numbers and drops punctuation and spaces", () => {
    expect(maskForMatching("地区生产总值增长 7.5%，达到1.2万亿元。")).toBe("地区生产总值增长#%达到#万亿元");
    expect(maskForMatching("８％以上")).toBe("#%以上");
  });

  it("equals the two replacements for every BMP character, alone and between numbers", () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `1${ch}2`, `${ch}1.5`, `3.${ch}`]) if (maskForMatching(text) !== byPatterns(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it("equals them on astral characters, lone surrogates and mixed runs", () => {
    const texts = ["𠀀增长1.5倍", "\ud800增长", "增\udc00长", "Ⅻ①٣ｱﬁ㎡", "1.2.3..4", "12 .5", "a1b2.c", "々〇丶"];
    expect(texts.map(maskForMatching)).toEqual(texts.map(byPatterns));
  });
});
