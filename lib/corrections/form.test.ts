import { describe, expect, it } from "vitest";
import { indicatorCorrectionFrom, parseTypedNumber, sentenceCorrectionFrom } from "./form";
import { labelCorrectionSchema } from "./schema";

describe("correction forms", () => {
  it("reads a sentence's label, problem as other with its subtype", () => {
    const parsed = labelCorrectionSchema.parse(sentenceCorrectionFrom({ sentence: "s-3", hash: "0123abcd", label: "problem", note: "  困难  " }));
    expect(parsed).toMatchObject({ kind: "other", subtype: "problem", note: "困难" });
  });

  it("names a missing label instead of guessing one", () => {
    const parsed = labelCorrectionSchema.safeParse(sentenceCorrectionFrom({ sentence: "s-3", hash: "0123abcd", label: "" }));
    expect(parsed.error?.issues[0].path).toEqual(["kind"]);
  });

  it("takes only the fields filled in, and a typed fall as negative", () => {
    const parsed = labelCorrectionSchema.parse(indicatorCorrectionFrom({ sentence: "s-3", hash: "0123abcd", ref_metric: "gdp", ref_text: "8%", value: "下降４．５%", metric: "", unit: "", qualifiers: "以上、确保" }));
    expect(parsed).toEqual({ type: "indicator", target: { sentence: { id: "s-3", hash: "0123abcd" }, metric: "gdp", text: "8%" }, value: -4.5, qualifiers: ["以上", "确保"] });
  });

  it("refuses a value that is not a number, by field", () => {
    expect(parseTypedNumber("八")).toBeNaN();
    const parsed = labelCorrectionSchema.safeParse(indicatorCorrectionFrom({ sentence: "s-3", hash: "0123abcd", ref_metric: "gdp", ref_text: "8%", value: "八" }));
    expect(parsed.error?.issues[0].path).toEqual(["value"]);
  });
});
