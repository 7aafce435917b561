import { describe, expect, it } from "vitest";
import { kindInFull, kindLabel, shortReportName } from "./labels";

describe("a report's kind as the pages name it", () => {
  const progress = { kind: "document" as const, title: "关于2019年《政府工作报告》目标任务上半年进展情况的通报" };

  it("names a related document by its type, and in full as a related document of that type", () => {
    expect(kindLabel(progress)).toBe("进展通报");
    expect(kindInFull(progress)).toBe("相关文件（进展通报）");
    expect(kindInFull({ kind: "document", title: "某市政府文件" })).toBe("相关文件");
    expect(kindLabel({ kind: "news", title: "今年GDP预期增长5%" })).toBe("新闻报道");
  });

  it("puts the document's type in its short name, so two documents of a year are told apart", () => {
    expect(shortReportName({ ...progress, region: "济宁市", reviewYear: 2018, planYear: 2019 })).toBe("济宁市2019 进展通报");
  });
});

describe("warning labels", () => {
  it("names every warning the reading can give in Chinese, and marks the ones that only inform", async () => {
    const { WARNING_LABELS, INFO_WARNINGS } = await import("./labels");
    for (const code of ["truncated", "line-numbers", "mail-quotes", "subtitles", "slides", "review-comments", "ocr-digits", "illegible"]) expect(WARNING_LABELS[code]).toMatch(/[\u4e00-\u9fff]/);
    expect(INFO_WARNINGS.has("mail-quotes")).toBe(true);
    expect(INFO_WARNINGS.has("truncated")).toBe(false);
  });
});
