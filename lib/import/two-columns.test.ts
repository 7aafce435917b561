import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode-input";
import { readTwoColumns } from "./two-columns";

// A gazette page in two columns as pdftotext -layout gives it (made for this test): a running head, a centred title, then
// lines of a left and a right column (the right one's edge at cell 34), a sentence cut at the foot of the left column.
const pad = (left: string, right: string) => {
  const cells = [...left].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2000 ? 1 : 2), 0);
  return left + " ".repeat(34 - cells) + right;
};
const LEFT = ["    一年来，全市地区生产总", "值增长6.2%，规上工业增加", "值增长5.8%。固定资产投资", "增长3.1%，社会消费品零售", "总额1123亿元。城镇新增就", "业3.56万人，城镇登记失业", "率3.7%。新建高标准农田13", "万亩，粮食产量106.5万吨。", "完成造林绿化38万亩，空气", "质量优良天数比例77.5%。", "    今年主要预期目标是：地", "区生产总值增长6%左右，规"];
const RIGHT = ["上工业增加值增长6%，固定资", "产投资增长5%。城镇新增就", "业3.5万人以上。", "    坚持项目带动。实施重点", "项目400个，完成投资900亿", "元。新建改造农村公路500公", "里。改造老旧小区120个。", "    坚持生态优先。完成造林", "40万亩，PM2.5浓度下降到", "42微克/立方米。", "    各位代表，让我们团结奋", "斗！"];
const PAGE = [
  "某市人民政府公报" + " ".repeat(40) + "2018年第2期",
  "",
  "              一、2017年工作回顾",
  ...LEFT.map((l, i) => pad(l, RIGHT[i])),
  "",
  "                   — 3 —",
].join("\n");

describe("a two-column layout (pdftotext -layout)", () => {
  it("reads each block down the left column, then down the right, and leaves the lines across the page where they stand", () => {
    const read = readTwoColumns(PAGE)!;
    const lines = read.split("\n");
    expect(lines[0]).toMatch(/^某市人民政府公报 +2018年第2期$/);
    expect(lines[2]).toBe("              一、2017年工作回顾");
    expect(lines.slice(3, 15)).toEqual(LEFT);
    expect(lines.slice(15, 27).map((l) => l.trimStart())).toEqual(RIGHT.map((l) => l.trimStart()));
    expect(lines.at(-1)).toBe("                   — 3 —");
    // The sentence cut at the left column's foot goes on at the right column's top.
    expect(read.replace(/\s+/g, "")).toContain("地区生产总值增长6%左右，规上工业增加值增长6%");
  });

  it("keeps the indent of a right-column paragraph's first line", () => {
    expect(readTwoColumns(PAGE)!.split("\n")).toContain("    坚持项目带动。实施重点");
  });

  it("leaves a one-column text and a text with a spaced-out table as they are", () => {
    const plain = ["一、2017年工作回顾", "    全市地区生产总值增长6.2%。", ...Array.from({ length: 20 }, (_, i) => `    第${i}项工作扎实推进，成效明显。`)].join("\n");
    expect(readTwoColumns(plain)).toBeNull();
    const table = ["指标名称          单位      2017年完成      2018年目标", ...Array.from({ length: 6 }, (_, i) => `地区生产总值${i}      亿元      2785      6左右`), ...Array.from({ length: 20 }, (_, i) => `    第${i}项工作扎实推进，成效明显。`)].join("\n");
    expect(readTwoColumns(table)).toBeNull();
    // A long table laid out in spaces, most of the text: its first cell and the gutter after it are no column.
    const rows = Array.from({ length: 30 }, (_, i) => `规模以上工业增加值${i}      %      ${6 + i}      6.5左右      7`);
    expect(readTwoColumns(["指标名称      单位      2017年完成      2018年目标      增长", ...rows, "    第一项工作扎实推进，成效明显。"].join("\n"))).toBeNull();
  });

  it("is read so at import, with a warning, and the original bytes are untouched", () => {
    const bytes = new TextEncoder().encode(PAGE);
    const decoded = decodeInput(bytes, { fileName: "gazette.txt" });
    if ("code" in decoded) throw new Error(decoded.message);
    expect(decoded.text).toBe(readTwoColumns(PAGE));
    expect(decoded.warnings.some((w) => w.includes("两栏排版"))).toBe(true);
    expect(new TextDecoder().decode(bytes)).toBe(PAGE);
  });
});

describe("a gazette's running head set across a two-column page", () => {
  it("is page furniture where a sentence goes on across the page break", async () => {
    const { analyzeReport } = await import("@/lib/analysis/analyze-report");
    const text = [
      "一、2018年工作回顾",
      "    空气质量优良天数比例为78.4%，PM2.5平均",
      "                                           — 5 —",
      "\f2019年第2期" + " ".repeat(60) + "某市人民政府公报",
      "",
      "浓度38微克/立方米。",
    ].join("\n");
    const sentence = analyzeReport(text).sentences.find((s) => s.text.includes("PM2.5"))!;
    expect(sentence.text).toBe("空气质量优良天数比例为78.4%，PM2.5平均浓度38微克/立方米。");
  });
});
