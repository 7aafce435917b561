import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { seedText } from "@/tests/support/seed-text";
import { diffOutline, headingWords, outlineCounts, type OutlineHeading } from "./outline-diff";

const outline = (...texts: string[]): OutlineHeading[] => texts.map((text, index) => ({ index, text, level: 1 }));
const shape = (rows: ReturnType<typeof diffOutline>) => rows.map((r) => `${r.status}:${r.left?.text ?? "-"}|${r.right?.text ?? "-"}`);

describe("diffOutline", () => {
  it("ignores numbering when it compares headings", () => {
    expect(headingWords("（一）全面推进乡村振兴")).toBe("全面推进乡村振兴");
    expect(headingWords("二、“十四五”发展主要目标任务")).toBe("“十四五”发展主要目标任务");
    expect(headingWords("第三部分 政府自身建设")).toBe("政府自身建设");
  });

  it("tells kept, renamed, moved, added and dropped apart", () => {
    const left = outline("一、2019年工作回顾", "二、着力稳企业扩需求", "三、加快城市有机更新", "四、持续优化营商环境", "五、加强政府自身建设");
    const right = outline("一、2020年工作回顾", "二、加强政府自身建设", "三、着力稳企业扩内需", "四、持续优化营商环境", "五、全面推进乡村振兴");
    expect(shape(diffOutline(left, right))).toEqual([
      "renamed:一、2019年工作回顾|一、2020年工作回顾",
      "renamed:二、着力稳企业扩需求|三、着力稳企业扩内需",
      "dropped:三、加快城市有机更新|-",
      "kept:四、持续优化营商环境|四、持续优化营商环境",
      "added:-|五、全面推进乡村振兴",
      "moved:五、加强政府自身建设|二、加强政府自身建设",
    ]);
  });

  it("says why, and counts every heading of both sides once", () => {
    const rows = diffOutline(outline("一、加快城市有机更新"), outline("（一）加快城市有机更新", "（二）新的标题"));
    expect(rows[0].reason).toContain("编号不计");
    const counts = outlineCounts(rows);
    expect(counts.kept + counts.renamed + counts.moved + counts.dropped).toBe(1);
    expect(counts.kept + counts.renamed + counts.moved + counts.added).toBe(2);
  });
});

describe("outlines of the seeds", () => {
  const sections = (n: string) => analyzeReport(seedText(n), { fileName: `${n}.txt` }).sections.map((s, index) => ({ index, text: s.heading, level: s.level }));

  it("finds the Shangcheng and Yuhang 2020 reviews sharing 文旅融合 under other words", () => {
    const rows = diffOutline(sections("003"), sections("000"));
    const pair = rows.find((r) => r.left?.text === "文旅融合成效明显");
    expect(pair?.right?.text).toBe("文旅融合成效初显");
    expect(pair?.status).toBe("renamed");
    expect(rows.filter((r) => r.left).length).toBe(sections("003").length);
    expect(rows.filter((r) => r.right).length).toBe(sections("000").length);
  });

  it("keeps every heading of a report compared with itself, in place", () => {
    const own = sections("000");
    expect(own.length).toBeGreaterThan(10);
    expect(outlineCounts(diffOutline(own, own)).kept).toBe(own.length);
  });
});
