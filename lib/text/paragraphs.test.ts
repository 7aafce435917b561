import { describe, expect, it } from "vitest";
import { detectMetadata, processText } from "./index";
import { isPdfBreak } from "./paragraphs";
import { readSeed } from "@/tests/support/seed-texts";

const find = (stored: string, needle: string) => {
  const s = processText(stored).sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence contains ${needle}`);
  return s;
};

/** Lines of at most `columns` columns, a Han or full-width character taking two. */
function wrap(paragraph: string, columns: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const ch of paragraph) {
    const w = /[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f]/.test(ch) ? 2 : 1;
    if (width + w > columns) {
      lines.push(line);
      [line, width] = ["", 0];
    }
    line += ch;
    width += w;
  }
  return line ? [...lines, line] : lines;
}

describe("PDF line breaks in 004", () => {
  const stored = readSeed("004");

  it("rejoins a word broken over a blank line: 成功创建全⏎⏎国科普示范区", () => {
    const s = find(stored, "成功创建全国科普示范区");
    expect(s.text.endsWith("成功创建全国科普示范区。")).toBe(true);
    const raw = stored.slice(s.start, s.end);
    expect(raw).toMatch(/成功创建全\n\n国科普示范区。$/);
  });

  it("rejoins a ratio broken after a dangling colon: 73.52:24.77:⏎⏎1.71", () => {
    const s = find(stored, "73.52:24.77:1.71调整为81:18.3:0.7");
    expect(stored.slice(s.start, s.end)).toContain("73.52:24.77:\n\n1.71");
  });

  it("rejoins after a dangling 、 and keeps the joined paragraph's number", () => {
    const s = find(stored, "分别是20xx年的2.3倍、3.3倍、3.6倍");
    const { sentences } = processText(stored);
    const before = sentences[s.index - 1];
    expect(before.paragraph).toBe(s.paragraph);
  });

  it("does not join a heading line to the next paragraph", () => {
    const { sentences } = processText(stored);
    const heading = sentences.find((x) => x.text === "一、20xx年政府工作和本届政府期间经济社会发展情况");
    expect(heading?.role).toBe("heading");
    expect(sentences[heading!.index + 1].text.startsWith("20xx年,是我区全面实施")).toBe(true);
    expect(sentences[heading!.index + 1].paragraph).toBe(heading!.paragraph + 1);
  });

  it("splits lost paragraph breaks (`。` followed by a space)", () => {
    const { sentences } = processText(stored);
    const s = sentences.find((x) => x.text === "严格依法行政。" && x.part === "plan")!;
    expect(stored.slice(s.start - 2, s.start)).toBe("。 ");
    expect(sentences[s.index - 1].paragraph).toBe(s.paragraph - 1);
    expect(s.role).toBe("lead");
  });

  it("joins every broken line of 004: body sentences end in punctuation or a lead-in colon", () => {
    const loose = processText(stored).sentences.filter((x) => x.role === "body" && !/[。！？!?…”):]$/.test(x.text));
    expect(loose.map((x) => x.text)).toEqual([]);
  });
});

describe("isPdfBreak", () => {
  it("joins a body line without terminal punctuation", () => {
    expect(isPdfBreak("实现全区科普基础设施“三个一”工程全覆盖,成功创建全", "国科普示范区。共享文化体育服务。")).toBe(true);
    expect(isPdfBreak("三次产业比重由20xx年末的73.52:24.77:", "1.71调整为81:18.3:0.7")).toBe(true);
    // A full-width decimal after the page break (２．１％) is no numbered heading (２．).
    expect(isPdfBreak("一般公共预算收入完成３６５亿元，同比增长全市上下稳住了经济大盘，各项指标好于预期，其中税收收入增长", "２．１％。")).toBe(true);
    expect(isPdfBreak("一般公共预算收入完成３６５亿元，同比增长全市上下稳住了经济大盘，各项指标好于预期，其中税收收入增长", "２．坚持稳中求进")).toBe(false);
  });

  it("never joins a live coverage's time-stamped entry to the line before (batch 26's 图文直播)", () => {
    expect(isPdfBreak("【09:03】省长走上讲台，代表省人民政府向大会作政府工作报告。（热烈掌声）", "09:05 报告开篇指出：“2024年是关键一年。”")).toBe(false);
    expect(isPdfBreak("9时26分　民营经济是福建经济的一大特色，", "9时30分　对台工作方面")).toBe(false);
  });

  it("keeps paragraph breaks after sentence ends, lead-in colons, headings and short subheads", () => {
    expect(isPdfBreak("请予审议。", "各位代表")).toBe(false);
    expect(isPdfBreak("各位代表:", "我代表区人民政府向大会报告工作。")).toBe(false);
    expect(isPdfBreak("主要呈现五个方面的特点:", "1、发展方式转变显著加快。")).toBe(false);
    expect(isPdfBreak("一、20xx年政府工作和本届政府期间经济社会发展情况", "20xx年,是我区…")).toBe(false);
    // 广州：GDP增长5%以上, a news subhead naming a place and its figure (batch 6 of the eval).
    expect(isPdfBreak("广州：GDP增长5%以上", "广州市政府工作报告显示，2023年广州地区生产总值突破3万亿元。")).toBe(false);
    expect(isPdfBreak("建设现代产业体系 坚持人才引领创新驱动", "在前不久举行的…")).toBe(false);
    expect(isPdfBreak("为民服务,全力推进,努力打造首善之区,确保各项任务", "——两个突破。")).toBe(false);
    expect(isPdfBreak("他说:“我们一定做到。”", "下一段。")).toBe(false);
  });

  it("a lead-in colon at a full line's end goes on when the text indents its paragraphs and the next line is not indented (batch 17's 义乌)", () => {
    const lead = "综合考虑发展基础和各方面因素，今年全市经济社会发展的主要预期目标是：";
    expect(isPdfBreak(lead, "地区生产总值增长7%左右；一般公共预算收入同口径增长5%以上；", false, true, false, true)).toBe(true);
    expect(isPdfBreak(lead, "地区生产总值增长7%左右；", false, true, false, false)).toBe(false);
    expect(isPdfBreak(lead, "地区生产总值增长7%左右；", false, false, false, true)).toBe(false);
    expect(isPdfBreak(lead, "（一）扩大有效投资。", false, true, false, true)).toBe(false);
  });

  it("web texts with one paragraph per line are not joined (000, 003)", () => {
    for (const id of ["000", "003"] as const) {
      const stored = readSeed(id);
      const { sentences } = processText(stored);
      for (const s of sentences) expect(stored.slice(s.start, s.end)).not.toContain("\n");
    }
  });
});

describe("web copies that break lines around links, subscripts and enumerators (national corpus)", () => {
  const texts = (stored: string) => processText(stored).sentences.map((s) => s.text);

  it("rejoins a law's name broken out of its sentence: 我国第一部《⏎国防法⏎》开始实施", () => {
    const stored = "　　\n国防和军队现代化建设迈出新的步伐。\n我国第一部《\n国防法\n》开始实施。各级政府支持人民军队建设。\n";
    const { sentences, sections } = processText(stored);
    expect(sentences.map((s) => s.text)).toContain("我国第一部《国防法》开始实施。");
    expect(sections.map((s) => s.heading)).not.toContain("我国第一部《");
  });

  it("rejoins subscripts: 细颗粒物（PM⏎2.5⏎）和可吸入颗粒物（PM⏎10⏎）治理", () => {
    const stored = "以细颗粒物（PM\n2.5\n）和可吸入颗粒物（PM\n10\n）治理为突破口。\n";
    expect(texts(stored)).toEqual(["以细颗粒物（PM2.5）和可吸入颗粒物（PM10）治理为突破口。"]);
  });

  it("rejoins a line that stops on a preposition, 的 or a comma, and an enumerator alone: 一是⏎认真完善…", () => {
    expect(texts("　　在\n工资制度和价格改革\n上迈出重要的步子。\n")).toEqual(["在工资制度和价格改革上迈出重要的步子。"]);
    expect(texts("　　１９８５年的\n工资改革，\n重点是改革现行不合理的工资制度。\n")).toEqual(["１９８５年的工资改革，重点是改革现行不合理的工资制度。"]);
    expect(texts("　　\n一是\n认真完善银行的体制。\n")).toEqual(["一是认真完善银行的体制。"]);
  });

  it("drops Wikisource's licence notice at the end", () => {
    const stored = "各位代表：\n\n让我们团结起来。\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，属于\n公有领域\n。\n";
    expect(texts(stored)).toEqual(["各位代表：", "让我们团结起来。"]);
  });
});

describe("PDF text layers", () => {
  it("joins a number broken at the page's end across the page number and the running title", () => {
    const page = (n: number) => `\n— ${n} —\n\f政府工作报告\n\n`;
    const text = `政府工作报告\n\u3000\u3000全年粮食产量达到49${page(1)}746万吨，增长2.1%。\n\u3000\u3000另一段。${page(2)}政府工作报告\n结束。\n`;
    const p = processText(text);
    expect(p.sentences.map((s) => s.text)).toEqual(["全年粮食产量达到49746万吨，增长2.1%。", "另一段。", "结束。"]);
    expect(p.pageFurniture).toEqual(expect.arrayContaining(["— 1 —", "政府工作报告"]));
  });

  it("drops a gazette's alternating running head beside the page number, though it never repeats", () => {
    const text = "粮食产量保持在1.3万亿斤以上。\n— 5 —\n国务院公报　2022·9\n中央财政资金纳入直达机制。\n— 4 —\n中华人民共和国国务院公报\n不搞“大水漫灌”。\n";
    const p = processText(text);
    expect(p.pageFurniture).toEqual(expect.arrayContaining(["国务院公报　2022·9", "中华人民共和国国务院公报"]));
    expect(p.sentences.map((s) => s.text)).toEqual(["粮食产量保持在1.3万亿斤以上。", "中央财政资金纳入直达机制。", "不搞“大水漫灌”。"]);
  });

  it("drops a gazette's head on an issue's first page, where no page number stands beside it, and reads the spaced title below", () => {
    const head = `某市人民政府公报${" ".repeat(40)}2019年第2期`;
    const other = `2019年第2期${" ".repeat(40)}某市人民政府公报`;
    const text = [head, "", "      政 府 工 作 报 告", "  ——2019年1月15日在某市第十五届人民代表大会第三次会议上", "      某市市长  王明", "",
      "各位代表：", "现在，我代表市人民政府，向大会报告工作。", "— 5 —", other, "全年地区生产总值增长6%。", "— 6 —", head, "城镇新增就业2万人。"].join("\n");
    const p = processText(text);
    expect(p.sentences.map((s) => s.text)).toEqual(["各位代表：", "现在，我代表市人民政府，向大会报告工作。", "全年地区生产总值增长6%。", "城镇新增就业2万人。"]);
    expect(p.lines?.find((l) => l.text.includes("政 府 工 作 报 告"))?.front).toBe("title");
    expect(detectMetadata(text, { processed: p }).title).toBe("政府工作报告");
  });

  it("reads an article a news portal split over pages as one text, a sentence the page broke going on (batch 70's 黄冈)", () => {
    const header = (page: string) => ["某某新闻网", "首页>某市>时政", `2017年某市政府工作报告${page}`, "2017-02-08 09:12:31　来源：某市日报　作者：柯文　【字号 大 中 小】"];
    const text = [...header(""), "政府工作报告", "各位代表：", "初步核算，全市完成地区生产总值1748.3亿元，增长8.2%；全社会固定资产投资1956.3",
      "上一页 1 2 3 下一页", "（责任编辑：汪洋）", "·某市五届人大一次会议隆重开幕", ...header("（2）"), "亿元，增长16.2%。", "（一）坚持项目为王。"].join("\n");
    const texts = processText(text).sentences.map((s) => s.text);
    expect(texts).toContain("初步核算，全市完成地区生产总值1748.3亿元，增长8.2%；全社会固定资产投资1956.3亿元，增长16.2%。");
    expect(texts.some((t) => /上一页|责任编辑|隆重开幕|（2）/.test(t))).toBe(false);
  });

  it("joins a figure broken before its unit across a yearbook's running head (batch 67's 大连)", () => {
    const text = "国有工业企业亏损面下降到23.1％。\n全年完成技术改造投资58.3亿\n·42·　　某市年鉴1997\n元，建成投产重点技改项目43项。\n对外开放进一步扩大。\n·43·　　某市年鉴1997\n新批“三资”企业1126家。\n·44·　　某市年鉴1997\n";
    const texts = processText(text).sentences.map((s) => s.text);
    expect(texts).toContain("全年完成技术改造投资58.3亿元，建成投产重点技改项目43项。");
    expect(texts).toContain("对外开放进一步扩大。");
  });

  it("drops a report's running title beside its page number in a copy too short for it to repeat (batch 9's 四川 excerpt as a PDF)", () => {
    const text = "支持成都建设具有全国影响力的科技创新中心，全\n\n— 1 —\n\f政府工作报告\n\n社会研发经费投入增长10%，高新技术企业数量突破2万家。\n";
    const p = processText(text);
    expect(p.pageFurniture).toEqual(expect.arrayContaining(["政府工作报告"]));
    expect(p.sentences.map((s) => s.text)).toEqual(["支持成都建设具有全国影响力的科技创新中心，全社会研发经费投入增长10%，高新技术企业数量突破2万家。"]);
  });

  it("drops a congress document's running title beside its page number (batch 17's 义乌 PDF)", () => {
    const text = "第29届义博会实现意向成交额212.6亿元，境外采购商到会人数增\n— 1 —\n义乌市十七届人大四次会议文件\n长三成。\n";
    const p = processText(text);
    expect(p.pageFurniture).toEqual(expect.arrayContaining(["义乌市十七届人大四次会议文件"]));
    expect(p.sentences.map((s) => s.text)).toEqual(["第29届义博会实现意向成交额212.6亿元，境外采购商到会人数增长三成。"]);
  });

  it("drops a bare page number beside the running title, and keeps a bare number elsewhere", () => {
    const page = (n: number) => `\n\n        ${n}\n    许昌市人民政府公报\n\n`;
    const text = `许昌市人民政府公报\n第一段。${page(14)}全市规模以上工业企业复工率${page(15)}始终保持在95%以上。\n表1\n指标\n12\n`;
    const p = processText(text);
    expect(p.sentences.map((s) => s.text).filter((t) => /^1[45]|1[45]$/.test(t))).toEqual([]);
    expect(p.pageFurniture).toEqual(expect.arrayContaining(["14", "15", "许昌市人民政府公报"]));
    expect(p.pageFurniture).not.toContain("12");
  });

  it("finds the width of a layout that counts a digit as half a character, and joins a full line that ends on ；", () => {
    // Seed 001 laid out as a PDF whose lines are 56 columns wide (a Han character two, a digit one), as batch 15's copy
    // is: no character count is common to its lines, so only the columns tell the page's width.
    const wrapped = readSeed("001").split("\n").filter((p) => p.trim()).flatMap((paragraph) => wrap(`\u3000\u3000${paragraph.trim()}`, 56));
    const text = `${wrapped.join("\n")}\n`;
    const split = wrapped.findIndex((line, i) => /[；;]$/.test(line) && i + 1 < wrapped.length && !/^\u3000/.test(wrapped[i + 1]));
    expect(split).toBeGreaterThan(-1);
    const sentence = find(text, wrapped[split + 1].slice(0, 12));
    expect(sentence.text).toContain(wrapped[split].trim().slice(-12));
  });

  it("joins unpunctuated lines that fill the page's width, but not a short heading line", () => {
    const words = "加快转变经济发展方式推动产业结构优化升级提高自主创新能力和水平";
    // 24 different lines of the same width (30 characters), none of them punctuated.
    const lines = Array.from({ length: 24 }, (_, n) => words.slice(n % 4) + words.slice(0, n % 4));
    const text = `一、政府工作回顾\n${lines.join("\n")}\n增长质量。\n`;
    const p = processText(text);
    expect(p.sentences.map((s) => s.role)).toEqual(["heading", "body"]);
    expect(p.sentences[1].text).toBe(`${lines.join("")}增长质量。`);
  });
});
