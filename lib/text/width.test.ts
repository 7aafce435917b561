import { describe, expect, it } from "vitest";
import { foldWidth } from "./width";

describe("foldWidth", () => {
  it("folds full-width digits, letters and punctuation and the ideographic space, keeping the length", () => {
    const text = "１９９４年ＧＤＰ增长１１．８％，\u3000完成";
    const folded = foldWidth(text);
    expect(folded).toBe("1994年GDP增长11.8%, 完成");
    expect(folded.length).toBe(text.length);
  });

  it("leaves CJK punctuation without a half-width form alone", () => {
    expect(foldWidth("“十四五”。、《》")).toBe("“十四五”。、《》");
  });

  it("folds only the characters asked for", () => {
    expect(foldWidth("１２．５％，（约）", /[０-９．％]/g)).toBe("12.5%，（约）");
  });
});
