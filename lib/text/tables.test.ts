import { describe, expect, it } from "vitest";
import { processText } from "./index";
import { splitCells } from "./tables";

const TABLE = ["指标\t单位\t2019年完成\t2020年目标", "地区生产总值增长\t%\t6.8\t6.5左右", "一般公共预算收入\t亿元\t120.5\t128", "城镇登记失业率（%）\t\t2.1\t3以内"];

describe("plain-text tables", () => {
  it("splits cells at tabs and pipes keeping empty ones, and at runs of blanks", () => {
    expect(splitCells("城镇登记失业率（%）\t\t2.1\t3以内")).toEqual(["城镇登记失业率（%）", "", "2.1", "3以内"]);
    expect(splitCells("| 指标 | 单位 | 目标 |")).toEqual(["指标", "单位", "目标"]);
    expect(splitCells("地区生产总值增长    %    6.8")).toEqual(["地区生产总值增长", "%", "6.8"]);
  });

  it("makes each row one body unit with its cells and the header, not a heading", () => {
    const p = processText(["二、2020年主要工作", "主要预期目标如下。", ...TABLE, "加快推进改革。"].join("\n"));
    expect(p.sentences.map((s) => s.role)).toEqual(["heading", "body", "body", "body", "body", "body", "body"]);
    expect(p.sentences.map((s) => s.flags[0] ?? null)).toEqual([null, null, "table-header", "table-row", "table-row", "table-row", null]);
    expect(p.sections).toHaveLength(1);
    const row = p.sentences[3];
    expect(row.text).toBe("地区生产总值增长\t%\t6.8\t6.5左右");
    expect(row.table).toEqual({ cells: ["地区生产总值增长", "%", "6.8", "6.5左右"], header: ["指标", "单位", "2019年完成", "2020年目标"] });
  });

  it("reads a table of two columns when tabs part them (指标 | 2025年目标, batch 16's 滨江 report)", () => {
    const rows = ["指标\t2025年目标", "地区生产总值增长（%）\t6.5左右", "实际使用外资（亿美元）\t7以上", "居民人均可支配收入增长\t与经济增长基本同步"];
    const p = processText(["二、2025年工作安排", "2025年主要预期目标", ...rows, "实现上述目标，重点抓好以下六个方面工作。"].join("\n"));
    expect(p.sentences.map((s) => s.flags[0] ?? null)).toEqual([null, null, "table-header", "table-row", "table-row", "table-row", null]);
    expect(p.sentences[3].table).toEqual({ cells: ["地区生产总值增长（%）", "6.5左右"], header: ["指标", "2025年目标"] });
    const numbered = processText("1.\t地区生产总值增长6%左右\n2.\t一般公共预算收入增长5%\n3.\t城镇新增就业2万人\n");
    expect(numbered.sentences.every((s) => !s.flags.some((f) => f.startsWith("table")))).toBe(true);
    const spaced = processText("国务院总理  李克强\n加快推进改革  稳定\n");
    expect(spaced.sentences.every((s) => !s.flags.some((f) => f.startsWith("table")))).toBe(true);
  });

  it("leaves lines that only look spaced out, or a single figure row, as text", () => {
    const p = processText("国务院总理  李克强\n加快  推进  改革\n增长  6.8  左右  稳定\n");
    expect(p.sentences.every((s) => !s.flags.some((f) => f.startsWith("table")))).toBe(true);
  });
});

describe("a PDF table flattened to one cell a line", () => {
  const cells = ["附表：主要指标", "指标", "单位", "2019年完成", "2020年目标", "地区生产总值增长", "%", "6.8", "6.5左右", "一般公共预算收入", "亿元", "120.5", "128", "城镇登记失业率", "%", "2.1", "3以内"];

  it("rebuilds the rows under the header's column count, after a title line", () => {
    const p = processText(["主要预期目标如下。", ...cells, "加快推进改革，建设创新之城。"].join("\n"));
    const rows = p.sentences.filter((s) => s.flags.some((f) => f.startsWith("table")));
    expect(rows.map((s) => s.text)).toEqual([
      "指标\t单位\t2019年完成\t2020年目标",
      "地区生产总值增长\t%\t6.8\t6.5左右",
      "一般公共预算收入\t亿元\t120.5\t128",
      "城镇登记失业率\t%\t2.1\t3以内",
    ]);
    expect(rows[1].table?.header).toEqual(["指标", "单位", "2019年完成", "2020年目标"]);
    expect(p.sentences.at(-1)?.text).toBe("加快推进改革，建设创新之城。");
  });

  it("keeps a row whose target is said in words (完成市下达任务), blank lines between the cells (batch 6 of the eval)", () => {
    const flat = ["指标", "2022年完成", "2023年目标", "地区生产总值增长（%）", "4.6", "6.5左右", "单位地区生产总值能耗下降（%）", "3.1", "完成市下达任务", "城镇调查失业率（%）", "4.3", "5.5以内"];
    const p = processText(["主要预期目标如下：", ...flat].join("\n\n"));
    const rows = p.sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.text)).toEqual(["地区生产总值增长（%）\t4.6\t6.5左右", "单位地区生产总值能耗下降（%）\t3.1\t完成市下达任务", "城镇调查失业率（%）\t4.3\t5.5以内"]);
  });

  it("reads cells that give an amount with its unit (9218.4亿元, 12亿美元以上) as figures (batch 16's 温州 Word export)", () => {
    const flat = ["指标名称", "2024年目标", "完成情况", "增幅", "1.地区生产总值", "6%左右", "9218.4亿元", "5.9%", "4.固定资产投资", "6%以上", "—", "4.2%",
      "7.实际使用外资", "12亿美元以上", "10.8亿美元", "-5.3%"];
    const p = processText(["2024年主要指标完成情况如下。", ...flat].join("\n"));
    const rows = p.sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.text)).toEqual(["1.地区生产总值\t6%左右\t9218.4亿元\t5.9%", "4.固定资产投资\t6%以上\t—\t4.2%", "7.实际使用外资\t12亿美元以上\t10.8亿美元\t-5.3%"]);
  });

  it("reads a table across a PDF's page break (page number, running title) as one table (the PDF copies of the eval)", () => {
    const flat = ["指标名称", "2024年目标", "完成情况", "增幅", "1.地区生产总值", "6%左右", "9218.4亿元", "5.9%", "", "— 3 —", "\f政府工作报告", "",
      "4.固定资产投资", "6%以上", "—", "4.2%", "7.实际使用外资", "12亿美元以上", "10.8亿美元", "-5.3%"];
    const pages = ["　　过去一年，全市经济运行稳中向好。", "", "— 2 —", "\f政府工作报告", "", "　　2024年主要指标完成情况如下。"];
    const p = processText([...pages, ...flat].join("\n"));
    const rows = p.sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.text)).toEqual(["1.地区生产总值\t6%左右\t9218.4亿元\t5.9%", "4.固定资产投资\t6%以上\t—\t4.2%", "7.实际使用外资\t12亿美元以上\t10.8亿美元\t-5.3%"]);
  });

  it("reads a PDF's table with one ideographic space a column (batch 22's 广东 专栏), and leaves a headline so spaced alone", () => {
    const lines = ["　　居民消费价格上涨0.4%。主要指标完成情况见专栏1。", "专栏1　2023年主要指标完成情况", "指标　2023年目标　完成情况",
      "地区生产总值增长（%）　5以上　4.9", "固定资产投资增长（%）　4　2.4", "城镇新增就业（万人）　110以上　132", "　　一年来，我们主要做了以下工作。"];
    const p = processText(lines.join("\n"));
    const rows = p.sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.text)).toEqual(lines.slice(3, 6));
    expect(rows[0].table?.header).toEqual(["指标", "2023年目标", "完成情况"]);
    expect(splitCells("凝心聚力抓发展　实干担当开新局　奋力谱写新篇章")).toEqual(["凝心聚力抓发展　实干担当开新局　奋力谱写新篇章"]);
  });

  it("leaves a run of short headings without figures alone", () => {
    const p = processText(["一、稳增长", "二、调结构", "三、惠民生", "四、防风险", "五、促改革", "六、强保障", "七、优环境", "八、抓落实"].join("\n"));
    expect(p.sentences.every((s) => s.role === "heading")).toBe(true);
  });
});

describe("an indicator table exported from a spreadsheet as tab-separated text (batch 69's 六安)", () => {
  const sheet = [
    "附件：某市2022年国民经济和社会发展主要指标\t\t\t\t\t",
    "\t\t\t\t\t单位：亿元、%",
    "指标名称\t单位\t2021年\t\t2022年\t属性",
    "\t\t目标\t预计完成\t目标\t",
    "一、经济发展\t\t\t\t\t",
    '地区生产总值\t亿元\t"1,880"\t"1,918.7"\t"2,080"\t预期性',
    "\t%\t8.5\t8.9\t8左右\t",
    '"地方一般公共预算',
    '收入增长"\t%\t6\t6.4\t6\t预期性',
    "二、创新驱动\t\t\t\t\t",
    "全社会研发投入强度\t%\t1.6\t1.58\t1.8\t预期性",
  ].join("\r\n");
  const rows = () => processText(sheet).sentences.filter((s) => s.table);

  it("names each column by both rows of its header, and keeps the table across a group's row", () => {
    const header = rows().find((s) => s.flags.includes("table-row"))?.table?.header;
    expect(header).toEqual(["指标名称", "单位", "2021年目标", "2021年预计完成", "2022年目标", "属性"]);
    expect(rows().filter((s) => s.flags.includes("table-row")).map((s) => s.table?.cells[0])).toEqual(["地区生产总值", "地区生产总值", "地方一般公共预算收入增长", "全社会研发投入强度"]);
  });

  it("reads quoted cells without their quotes, a cell broken over two lines as one, and an empty name cell as the name above", () => {
    const [level, growth, revenue] = rows().filter((s) => s.flags.includes("table-row"));
    expect(level.table?.cells.slice(2, 5)).toEqual(["1,880", "1,918.7", "2,080"]);
    expect(growth.table?.cells.slice(0, 3)).toEqual(["地区生产总值", "%", "8.5"]);
    expect(revenue.table?.cells.slice(1, 4)).toEqual(["%", "6", "6.4"]);
  });
});
