import { describe, expect, it } from "vitest";
import { detectMetadata } from "@/lib/text";
import { applyCorrections } from "./corrections";

const undated = detectMetadata("杭州市西湖区第十四届人民代表大会\n各位代表：\n全区上下努力奋斗。\n");
const dated = detectMetadata("2021年西湖区政府工作报告\n——2021年1月在杭州市西湖区第十四届人民代表大会上\n各位代表：\n一、2020年工作回顾\n增长7%。\n二、2021年主要工作\n增长6%。\n");

describe("applyCorrections", () => {
  it("a year given at import fills the years only when the text gives none", () => {
    expect(undated).toMatchObject({ reviewYear: null, planYear: null });
    expect(applyCorrections(undated, { deliveryYear: 2021 })).toMatchObject({ reviewYear: 2020, planYear: 2021 });
    expect(applyCorrections(dated, { deliveryYear: 1999 })).toMatchObject({ reviewYear: 2020, planYear: 2021 });
  });
  it("a corrected region brings its code, parent and slug", () => {
    expect(applyCorrections(undated, { region: "鄞州区" })).toMatchObject({
      region: "鄞州区", regionCode: "330212", regionSlug: "ningbo-yinzhou", regionParent: { code: "330200", name: "宁波市" },
    });
  });
});
