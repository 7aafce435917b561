import { describe, expect, it } from "vitest";
import { documentTypeOfTitle, relatedDocumentTitle } from "./related-document";
import { detectMetadata } from "./metadata";

// Titles made for these tests in the forms such documents take; none is copied from a real document.
describe("documentTypeOfTitle", () => {
  it("names each kind of document about a report by its title's closing words", () => {
    expect(documentTypeOfTitle("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告")).toBe("plan");
    expect(documentTypeOfTitle("某市2023年计划执行情况与2024年计划草案的报告（摘要）")).toBe("plan");
    expect(documentTypeOfTitle("关于某市2023年预算执行情况和2024年预算草案的报告")).toBe("budget");
    expect(documentTypeOfTitle("某市人民政府办公室关于印发2024年《政府工作报告》重点工作责任分工方案的通知")).toBe("tasks");
    expect(documentTypeOfTitle("关于2024年《政府工作报告》目标任务上半年进展情况的通报")).toBe("progress");
    expect(documentTypeOfTitle("关于《政府工作报告》（征求意见稿）修改情况的说明")).toBe("revisions");
    expect(documentTypeOfTitle("某市2023年国民经济和社会发展统计公报")).toBe("bulletin");
    expect(documentTypeOfTitle("关于某市2023年计划执行情况与2024年计划草案的审查结果报告")).toBe("review");
    expect(documentTypeOfTitle("某市第五届人民代表大会第二次会议关于政府工作报告的决议")).toBe("review");
  });
  it("leaves the report itself, its excerpt, a breadcrumb and a sentence alone", () => {
    expect(documentTypeOfTitle("2024年某市人民政府工作报告")).toBeNull();
    expect(documentTypeOfTitle("政府工作报告（摘要）")).toBeNull();
    expect(documentTypeOfTitle("关于2023年政府工作报告")).toBeNull();
    expect(documentTypeOfTitle("当前位置：首页 > 统计数据 > 统计公报")).toBeNull();
    expect(documentTypeOfTitle("全年完成计划执行情况良好，统计公报显示增长。")).toBeNull();
  });
});

describe("relatedDocumentTitle", () => {
  it("finds the title under a portal's furniture and reads a title broken after 关于 whole", () => {
    const portal = "当前位置：首页 > 统计数据 > 统计公报\n某市2023年国民经济和社会发展统计公报\n发布时间：2024-03-20\n一、综合\n";
    expect(relatedDocumentTitle(portal)).toEqual({ title: "某市2023年国民经济和社会发展统计公报", type: "bulletin" });
    const broken = "关于《政府工作报告》（征求意见稿）\n修改情况的说明\n某市人民政府研究室\n";
    expect(relatedDocumentTitle(broken)).toEqual({ title: "关于《政府工作报告》（征求意见稿）修改情况的说明", type: "revisions" });
  });
  it("finds nothing in a work report", () => {
    const report = "政府工作报告\n——2024年1月10日在某市第五届人民代表大会第二次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n";
    expect(relatedDocumentTitle(report)).toBeNull();
  });
});

describe("a related document's metadata", () => {
  it("is kind document with its own title, so it is neither the year's report nor a version of it", () => {
    const text = "某市人民政府办公室关于印发2024年《政府工作报告》重点工作责任分工方案的通知\n各县（市、区）人民政府，市政府各部门：\n　　现将分工方案印发给你们，请认真贯彻落实。\n一、地区生产总值增长6%左右。\n牵头单位：市发改委\n";
    const meta = detectMetadata(text);
    expect(meta.kind).toBe("document");
    expect(meta.title).toBe("某市人民政府办公室关于印发2024年《政府工作报告》重点工作责任分工方案的通知");
  });
});
