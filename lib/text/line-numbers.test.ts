// A deputies' review copy (审议稿) printed with line numbers (batch 55's 岳阳), and pages from a document-sharing site
// (batch 55's 呼伦贝尔): each read past its furniture, with the original's offsets kept.
import { describe, expect, it } from "vitest";
import { blankLineNumbers } from "./line-numbers";
import { processText } from "./process-text";

const BODY = [
  "　　各位代表：",
  "　　现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委",
  "员和其他列席人员提出意见。",
  "　　一、2017年工作回顾",
  "　　2017年，全市经济社会发展稳中有进。预计全年实现地区生产总值3385",
  ".2亿元，增长8%；规模工业增加值增长7.3%；城乡居民人均可支配收入分别",
  "达到32430元和14760元，分别增长8.6%和9.2%；",
  "居民消费价格总水平上涨1.6%；城镇新增就业5.81万人，城镇登记失业率控",
  "制在3.8%。",
];
const FILLER = Array.from({ length: 14 }, (_, i) => `　　（${"一二三四五六七八九十"[i % 10]}）第${i + 1}项工作扎实推进。`);
const numbered = (lines: string[]) => lines.map((l, i) => `${i + 1} ${l}`).join("\n");

describe("a line-numbered review copy", () => {
  const stored = numbered([...BODY, ...FILLER]);

  it("blanks every line's number and the blank after it, and nothing else, keeping the offsets", () => {
    const view = blankLineNumbers(stored)!.view;
    expect(view).toHaveLength(stored.length);
    expect(view.split("\n")[1]).toBe("  　　现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委");
    expect(view.split("\n")[9]).toBe("   　　（一）第1项工作扎实推进。");
  });

  it("joins a paragraph's lines across the numbers, inside a figure too (3385⏎6 .2亿元), and after a line that ends on ；", () => {
    const processed = processText(stored);
    const texts = processed.sentences.map((s) => s.text);
    expect(texts).toContain("现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。");
    const results = texts.find((t) => t.startsWith("预计全年"))!;
    expect(results).toContain("地区生产总值3385.2亿元");
    expect(results.endsWith("城镇登记失业率控制在3.8%。")).toBe(true);
    expect(processed.warnings.map((w) => w.code)).toContain("line-numbers");
  });

  it("leaves a text alone whose numbered lines are a list, not its every line", () => {
    const list = ["主要指标：", ...Array.from({ length: 25 }, (_, i) => `　　新增项目${i + 1}个。`), "1 地区生产总值", "2 财政收入"].join("\n");
    expect(blankLineNumbers(list)).toBeNull();
    expect(blankLineNumbers(numbered(BODY))).toBeNull();
  });
});

describe("pages copied from a document-sharing site", () => {
  const stored = [
    "2009年呼伦贝尔市政府工作报告_百度文库",
    "上传者：草原晨风2008　　上传于2010-03-05　　1236人阅读",
    "下载积分：2　　页数：7页",
    "",
    "一、2008年工作回顾",
    "　　新增节水灌溉面积26万亩，新建农村",
    "第 5 页 共 7 页",
    "2009年呼伦贝尔市政府工作报告",
    "牧区公路1320公里。",
    "（共印550份）",
    "文档贡献者",
    "草原晨风2008",
    "相关文档推荐",
    "2008年呼伦贝尔市政府工作报告　　9页",
  ].join("\n");

  it("drops the page mark (第 5 页 共 7 页) and the running title that cut a sentence, and the upload and footer lines", () => {
    const texts = processText(stored).sentences.map((s) => s.text);
    expect(texts).toContain("新增节水灌溉面积26万亩，新建农村牧区公路1320公里。");
    expect(texts.some((t) => /上传者|下载积分|文档贡献者|相关文档|9页|共印/.test(t))).toBe(false);
  });
});
