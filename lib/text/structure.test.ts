import { describe, expect, it } from "vitest";
import { processText } from "./index";
import { isDashLead, isRunInLead } from "./leads";
import { isTaskHeading, partFromHeading } from "./parts";
import { readSeed } from "@/tests/support/seed-texts";
import type { ProcessedText } from "./types";

const headings = (p: ProcessedText, level?: number) =>
  p.sections.filter((s) => level === undefined || s.level === level).map((s) => s.heading);
const leads = (p: ProcessedText) => p.sentences.filter((s) => s.role === "lead").map((s) => s.text);
/** Part transitions in document order, e.g. ["other", "review", "plan"]. */
const transitions = (p: ProcessedText) =>
  p.sentences.map((s) => s.part).filter((part, i, all) => i === 0 || all[i - 1] !== part);

describe("000 (Yuhang 2020 report)", () => {
  const p = processText(readSeed("000"));

  it("finds plain-line part headings and (一) subsections", () => {
    expect(headings(p, 1)).toEqual(["2019年工作回顾", "2020年主要工作", "一、坚持“双擎驱动”,着力构筑现代产业新高地"]);
    expect(headings(p, 2)).toHaveLength(5);
    expect(headings(p, 2)[0]).toBe("(一)经济质效在转型升级中持续提升");
  });

  it("finds run-in leads inside paragraphs without calling short body sentences leads", () => {
    const found = leads(p);
    expect(found.slice(0, 4)).toEqual(["全力稳企业。", "加快调结构。", "持续扩需求。", "奋力促开放。"]);
    expect(found).toContain("“最多跑一次”改革不断深化。");
    expect(found).toHaveLength(21);
    for (const notLead of ["完成国土空间发展大纲编制。", "上市企业总量达25家。", "全省首试“人才创业险”。", "全面完成政府机构改革。", "持续开展扫黑除恶专项斗争。"]) {
      expect(found).not.toContain(notLead);
    }
    expect(p.sections.filter((s) => s.level === 4).map((s) => s.heading)[0]).toBe("全力稳企业");
  });

  it("greets in other, reviews 2019, then plans 2020", () => {
    expect(transitions(p)).toEqual(["other", "review", "plan"]);
    expect(p.sentences[0]).toMatchObject({ text: "各位代表:", part: "other", sectionIndex: null });
    const review = p.sentences.find((s) => s.text.startsWith("在肯定成绩的同时"));
    expect(review?.part).toBe("review");
    const plan = p.sentences.find((s) => s.text.startsWith("建议2020年全区经济社会发展主要预期目标"));
    expect(plan?.part).toBe("plan");
  });

  it("subsections and leads inherit the part and nest inside their parents", () => {
    const lead = p.sections.find((s) => s.heading === "全力稳企业")!;
    const parent = p.sections.find((s) => s.heading.startsWith("(一)"))!;
    expect(lead.part).toBe("review");
    expect(lead.start).toBeGreaterThanOrEqual(parent.start);
    expect(lead.end).toBeLessThanOrEqual(parent.end);
  });
});

describe("001 (news article)", () => {
  const p = processText(readSeed("001"));

  it("stays other: no heading names a part", () => {
    expect(transitions(p)).toEqual(["other"]);
  });

  it("finds the news subheads, merging one broken over three lines", () => {
    expect(headings(p, 1)).toEqual([
      "建设现代产业体系 坚持人才引领创新驱动",
      "提升城市发展能级 持续增强综合环境竞争力",
      "防范化解重大风险 创新社会治理夯实平安基础",
      "建设重大民生项目 提升百姓幸福感 获得感满意度",
      "打造国际一流营商环境 “最多跑一次” 牵引各项改革深化",
    ]);
  });

  it("does not take the news lede after the dateline for a lead", () => {
    expect(p.sentences[0]).toMatchObject({ text: "迎风奋楫涛头立。", role: "body" });
    expect(leads(p)).toContain("加快建设高能级产业平台体系。");
  });
});

describe("002 (Hangzhou 2021 excerpt)", () => {
  const p = processText(readSeed("002"));

  it("is plan throughout: 十四五 goals and the 2021 plan", () => {
    expect(transitions(p)).toEqual(["plan"]);
    expect(headings(p, 1)).toEqual(["二、“十四五”发展主要目标任务", "三、2021年政府工作安排"]);
  });

  it("restarts (一) numbering under each 一、-level heading", () => {
    const level2 = headings(p, 2);
    expect(level2.filter((h) => h.startsWith("(一)"))).toHaveLength(2);
    expect(level2).toHaveLength(19);
  });

  it("takes paragraph-start leads but not short body sentences in the 十四五 summary", () => {
    const found = leads(p);
    expect(found[0]).toBe("推动数字科技自立自强。");
    expect(found).toContain("促进数字经济和制造业高质量融合发展。");
    for (const notLead of ["加快建设国际消费中心城市。", "优化金融科技平台产业生态。", "编制《国土空间总体规划》。", "深化信用杭州建设。"]) {
      expect(found).not.toContain(notLead);
    }
  });
});

describe("003 (Shangcheng review, no title, no part heading)", () => {
  const p = processText(readSeed("003"));

  it("starts straight into the review", () => {
    expect(transitions(p)).toEqual(["review"]);
    expect(p.sentences[0].text.startsWith("2019年是新中国成立70周年")).toBe(true);
    expect(p.sentences.find((s) => s.text.startsWith("2019年,我们重点抓了"))?.part).toBe("review");
  });

  it("finds six 一、 headings with three or four leads each", () => {
    expect(headings(p, 1)).toHaveLength(6);
    expect(headings(p, 4)).toHaveLength(19);
    expect(headings(p, 4)[0]).toBe("主导产业稳步发展");
  });
});

describe("004 (Xihu, PDF, masked years)", () => {
  const p = processText(readSeed("004"));

  it("reviews under 一、, plans from 二、今后五年 on", () => {
    expect(transitions(p)).toEqual(["other", "review", "plan"]);
    const firstPlan = p.sentences.find((s) => s.part === "plan")!;
    expect(firstPlan.text).toBe("二、今后五年的指导思想和发展目标");
    expect(headings(p, 1)).toEqual([
      "一、20xx年政府工作和本届政府期间经济社会发展情况",
      "二、今后五年的指导思想和发展目标",
      "三、20xx年政府工作的主要目标任务",
      "四、切实加强政府自身建设",
    ]);
    expect(p.sections.find((s) => s.heading.startsWith("四、"))?.part).toBe("plan");
  });

  it("finds 1、 headings at level 3 and dash leads", () => {
    expect(headings(p, 3)).toHaveLength(12);
    expect(headings(p, 3)[0]).toBe("1、发展方式转变显著加快");
    const dash = p.sentences.filter((s) => s.text.startsWith("——"));
    expect(dash.map((s) => s.role)).toEqual(Array(10).fill("lead"));
    expect(dash[0].text).toBe("——两个突破。");
  });
});

describe("lead and part rules", () => {
  it("classifies dash leads", () => {
    expect(isDashLead("——两个突破。")).toBe(true);
    expect(isDashLead("——八个15分钟服务圈。")).toBe(true);
    expect(isDashLead("——到2025年,全区生产总值力争突破1000亿元。")).toBe(false);
  });

  it("classifies run-in leads by position", () => {
    const mid = { position: 3, isLast: false, dateline: false };
    const start = { position: 0, isLast: false, dateline: false };
    expect(isRunInLead("全力稳企业。", mid)).toBe(true);
    expect(isRunInLead("促进数字经济和制造业高质量融合发展。", start)).toBe(true);
    expect(isRunInLead("促进数字经济和制造业高质量融合发展。", mid)).toBe(false);
    expect(isRunInLead("全力稳企业。", { ...mid, isLast: true })).toBe(false);
    expect(isRunInLead("新增上市企业25家。", start)).toBe(false);
    expect(isRunInLead("征程万里风正劲,重任千钧再奋蹄。", start)).toBe(false);
  });

  it("reads the part from a heading", () => {
    expect(partFromHeading("2019年工作回顾")).toBe("review");
    expect(partFromHeading("一、20xx年政府工作和本届政府期间经济社会发展情况")).toBe("review");
    expect(partFromHeading("2020年主要工作")).toBe("plan");
    expect(partFromHeading("三、2021年政府工作安排")).toBe("plan");
    // (二、2021年重点工作: the year's key work, a plan heading without 安排 or 任务 words.)
    expect(partFromHeading("二、2021年重点工作")).toBe("plan");
    expect(partFromHeading("三、今年重点工作安排")).toBe("plan");
    expect(partFromHeading("一、2020年重点工作完成情况")).toBe("review");
    expect(partFromHeading("二、今后五年的指导思想和发展目标")).toBe("plan");
    expect(partFromHeading("二、“十四五”发展主要目标任务")).toBe("plan");
    expect(partFromHeading("四、切实加强政府自身建设")).toBeNull();
  });

  it("reads how last year's targets were met as the review, though it names the targets (batch 8 of the eval)", () => {
    expect(partFromHeading("2022年主要预期目标完成情况")).toBe("review");
    expect(partFromHeading("（一）重点工作落实情况")).toBe("review");
    expect(partFromHeading("一、2022年主要工作及成效")).toBe("review");
    expect(partFromHeading("二、2023年主要预期目标")).toBe("plan");
  });
});

describe("part from headings beyond 回顾 (national reports)", () => {
  const parts = (text: string) => processText(text).sections.map((s) => [s.heading, s.part]);
  it("a past period's 执行情况 or 五年来 opens a review; a numbered task heading after it opens the plan", () => {
    const text = "各位代表：\n\n现在向大会报告工作。\n\n一、六五计划前两年的执行情况\n\n两年来，工农业生产稳定增长。\n\n二、抓紧有利时机，加快经济发展\n\n要加快调整经济结构。\n";
    expect(parts(text)).toEqual([["一、六五计划前两年的执行情况", "review"], ["二、抓紧有利时机，加快经济发展", "plan"]]);
  });
  it("a numbered heading that ends on a result stays in the review", () => {
    const text = "各位代表：\n\n现在向大会报告工作。\n\n一、过去一年工作回顾\n\n经济平稳增长。\n\n二、坚持稳增长调结构，发展质效稳步提升\n\n引进重大项目7个。\n";
    expect(parts(text).map(([, part]) => part)).toEqual(["review", "review"]);
  });
});

describe("part headings of older national reports (national corpus)", () => {
  it("a work proposal for the year opens the plan, with spaced or full-width digits", () => {
    expect(partFromHeading("二、关于1 9 9 8 年政府工作的建议")).toBe("plan");
    expect(partFromHeading("二、对今年政府工作的建议")).toBe("plan");
    expect(partFromHeading("二、１９９９年政府工作的主要任务")).toBe("plan");
  });
  it("a five-year period's basic tasks or goals open the plan; a heading on results achieved opens the review", () => {
    expect(partFromHeading("二、“七五”时期的基本任务和主要建设方针")).toBe("plan");
    expect(partFromHeading("二、“十五”期间的奋斗目标和指导方针")).toBe("plan");
    expect(partFromHeading("二、1981年国民经济计划的任务和主要指标")).toBe("plan");
    expect(partFromHeading("一、改革开放和现代化建设取得伟大成就的五年")).toBe("review");
    expect(partFromHeading("一、国民经济在调整、改革、整顿、提高中取得了新的进展")).toBe("review");
    expect(partFromHeading("过去五年国内工作的基本总结")).toBe("review");
  });
  it("the foreign-affairs part is neither review nor plan", () => {
    expect(partFromHeading("七、关于外交工作")).toBe("other");
    expect(partFromHeading("十、关于国际形势和外交工作")).toBe("other");
  });
  it("争取… after the review is a task heading that opens the plan", () => {
    const text = "各位代表：\n\n一、1992年工作的回顾\n\n经济增长12%。\n\n二、争取国民经济再上一个新台阶\n\n要加快发展。\n";
    expect(processText(text).sections.map((s) => s.part)).toEqual(["review", "plan"]);
  });
});

describe("a whole report on one line (a web copy that lost its line breaks)", () => {
  const oneLine = (text: string) => text.split("\n").map((l) => l.trim()).join("");

  it("splits numbered headings glued to the text around them", () => {
    const p = processText("各位代表：现在作报告。一、2013年工作回顾过去的一年，经济增长7.7%。二、2014年工作总体部署今年要坚持稳中求进。");
    expect(headings(p, 1)).toEqual(["一、2013年工作回顾", "二、2014年工作总体部署"]);
    expect(p.sentences.map((s) => s.text)).toContain("过去的一年，经济增长7.7%。");
    expect(transitions(p)).toEqual(["other", "review", "plan"]);
  });

  it("ends a glued heading before the words a body opens on, or after a result phrase", () => {
    const p = processText("前文结束。四、大力推进经济体制改革和对外开放今年，我们要用更大力量推进改革。五、坚持铸品牌强融合,文化传承成果丰硕擦亮南宋文化金名片,深化文旅融合。");
    expect(headings(p, 1)).toEqual(["四、大力推进经济体制改革和对外开放", "五、坚持铸品牌强融合,文化传承成果丰硕"]);
  });

  it("splits the plain part headings of a district report and keeps spaced digits inside a heading", () => {
    const p = processText("请予审议。2019年工作回顾一年来，全区生产总值增长7%。2020年主要工作今年要稳增长。二、关于1 9 9 8年的计划　　今年要稳增长。");
    expect(headings(p, 1)).toEqual(["2019年工作回顾", "2020年主要工作", "二、关于1 9 9 8年的计划"]);
  });

  it("keeps a space between a spaced year and 年 inside the heading, and reads long national headings whole (1986, 1998)", () => {
    const p = processText("前文结束。二、关于1 9 9 8 年政府工作的建议今年要稳增长。四、以增强出口创汇能力为中心，推动对外经济贸易和技术交流进一步向纵深发展我国对外贸易有了很大发展。");
    expect(headings(p, 1)).toEqual(["二、关于1 9 9 8 年政府工作的建议", "四、以增强出口创汇能力为中心，推动对外经济贸易和技术交流进一步向纵深发展"]);
  });

  it("a year's plan named in a heading opens the plan; a task heading that mentions one does not name the part (1980)", () => {
    expect(partFromHeading("二、1981年国民经济计划的任务")).toBe("plan");
    expect(partFromHeading("一、1980年国民经济计划的执行情况")).toBe("review");
    expect(partFromHeading("三、采取有力措施，保证1980、1981年计划的完成")).toBeNull();
  });

  it("finds the same parts in seed 000 on one line as on its lines", () => {
    const original = processText(readSeed("000"));
    const joined = processText(oneLine(readSeed("000")));
    expect(headings(joined, 1).slice(0, 2)).toEqual(headings(original, 1).slice(0, 2));
    expect(transitions(joined)).toEqual(transitions(original));
  });

  it("leaves a numbered list item inside an ordinary paragraph alone when it ends on its own", () => {
    const p = processText("今年的任务有三项。一、稳增长。二、调结构。");
    expect(p.sections).toHaveLength(0);
  });
});

describe("partFromHeading: a heading that reviews and plans at once (national-1964)", () => {
  it("成就和今后的任务 opens neither part; 今后的任务 alone opens the plan", () => {
    expect(partFromHeading("国民经济的成就和今后的建设任务")).toBe("other");
    expect(partFromHeading("今后的建设任务")).toBe("plan");
  });
});

describe("part headings the corpus writes (national-2002, national-2004, national-1978)", () => {
  it("一、一年来工作回顾 is a numbered heading, not the range 一、二季度", () => {
    const p = processText("各位代表：\n\n现在作报告。\n\n一、一年来工作回顾\n\n过去的一年，经济增长9.1%。\n\n二、2004年主要任务\n\n今年要稳增长。\n");
    expect(headings(p, 1)).toEqual(["一、一年来工作回顾", "二、2004年主要任务"]);
    expect(transitions(p)).toEqual(["other", "review", "plan"]);
    expect(processText("各位代表：\n\n一、二季度经济增长较快。\n").sections).toHaveLength(0);
  });
  it("首先报告2001年的工作 opens the review; a task heading after it opens the plan, even one whose aim is growth", () => {
    expect(partFromHeading("首先报告２００１年的工作")).toBe("review");
    expect(isTaskHeading("一、扩大和培育内需，促进经济较快增长")).toBe(true);
    expect(isTaskHeading("二、坚持稳增长调结构,发展质效稳步提升")).toBe(false);
  });
  it("a heading naming past results and coming tasks at once opens neither part", () => {
    expect(partFromHeading("一、三年来的斗争和新时期的总任务")).toBe("other");
    expect(partFromHeading("过去一年工作和今年目标任务")).toBe("other");
    expect(partFromHeading("一、过去五年工作回顾")).toBe("review");
    expect(partFromHeading("二、2020年主要工作和目标任务")).toBe("plan");
  });
  it("on one line, a part heading glued to a paragraph that lost its closing mark is still split off", () => {
    const filler = "全国各族人民团结奋斗，经济社会发展取得新的成就。".repeat(130);
    const p = processText(`各位代表：现在作报告。${filler}并请全国政协委员提出意见一、2011年工作回顾过去的一年，经济增长9.2%。二、2012年工作总体部署今年要稳中求进。`);
    expect(headings(p, 1)).toEqual(["一、2011年工作回顾", "二、2012年工作总体部署"]);
    expect(processText(`各位代表：${filler}其中之一、二季度增长较快。`).sections).toHaveLength(0);
  });
});

describe("unnumbered part headings glued between sentences on one line (national-1982, 1983, 1988, 2002)", () => {
  // A whole text on one line (more than 3000 characters): the rule reads only such a line.
  const filler = "全国各族人民团结奋斗，经济社会发展取得新的成就。".repeat(130);
  const onLine = (...pieces: string[]) => processText(`各位代表：现在作报告。${filler}${pieces.join("")}`);

  it("splits a part heading off the body it is glued to, ending on its last heading word", () => {
    const p = onLine("请予审议。", "过去五年的回顾", "第五届全国人民代表大会期间，经济增长。", "今后五年的主要任务", "本届国务院经过研究，认为要稳增长。");
    expect(headings(p, 1)).toEqual(["过去五年的回顾", "今后五年的主要任务"]);
    expect(transitions(p)).toEqual(["other", "review", "plan"]);
    expect(p.sentences.map((s) => s.text)).toContain("第五届全国人民代表大会期间，经济增长。");
  });

  it("reads the heading words 总结, 情况, 措施 and 工作, and a body opening on a date, 我们 or 新世纪", () => {
    const p = onLine(
      "请予审议。过去五年国内工作的基本总结第六届全国人民代表大会期间，经济增长。",
      "首先报告２００１年的工作新世纪第一年，经济增长。",
      "全面实现六五计划的主要措施我们要在今后三年内全面实现计划。",
    );
    expect(headings(p, 1)).toEqual(["过去五年国内工作的基本总结", "首先报告２００１年的工作", "全面实现六五计划的主要措施"]);
    expect(transitions(p)).toEqual(["other", "review", "plan"]);
  });

  it("a heading may list with 、 (今后五年建设和改革的目标、方针和任务), on one line and on a line of its own", () => {
    const p = onLine("请予审议。今后五年建设和改革的目标、方针和任务中国共产党第十三次全国代表大会规划了蓝图。");
    expect(headings(p, 1)).toEqual(["今后五年建设和改革的目标、方针和任务"]);
    const lines = processText("各位代表：\n\n今后五年建设和改革的目标、方针和任务\n\n　　中国共产党第十三次全国代表大会规划了蓝图。\n");
    expect(headings(lines, 1)).toEqual(["今后五年建设和改革的目标、方针和任务"]);
    expect(transitions(lines)).toEqual(["other", "plan"]);
  });

  it("leaves a sentence that opens on a part's words alone (外交工作开创了…, …的情况说明, 今年计划安排…)", () => {
    const p = onLine(
      "外交工作开创了新局面。", "周边外交工作进入新阶段。", "过去五年的情况说明，改革要稳步推进。",
      "今年计划安排职工工资有适度的增长。", "2020年政府工作总的指导思想是:稳中求进。",
    );
    expect(headings(p, 1)).toEqual([]);
    expect(transitions(p)).toEqual(["other"]);
  });

  it("a numbered heading whose end cannot be told names its part by its first clause (national-1956)", () => {
    const p = onLine("请予审议。三、为实现１９５６年的国家预算而努力如上所说，实现１９５６年的国家预算的任务，同完成五年计划相联系。");
    expect(headings(p, 1)).toHaveLength(1);
    expect(p.sections[0].part).toBe("other");
  });

  it("finds the same parts in seed 002 on one line (a numbered heading after a dateline's blank)", () => {
    const original = processText(readSeed("002"));
    const joined = processText(readSeed("002").split("\n").map((l) => l.trim()).join(""));
    // The title block has no sentence on its lines; on one line it is one sentence before the heading.
    const at = joined.sentences.findIndex((s) => s.text === "二、“十四五”发展主要目标任务");
    expect(at).toBeGreaterThan(-1);
    expect(joined.sentences[at].role).toBe("heading");
    expect(transitions({ ...joined, sentences: joined.sentences.slice(at) })).toEqual(transitions(original));
  });
});

describe("partFromHeading: the situation and the tasks in one heading (national-1987)", () => {
  it("当前国内形势和基本任务 opens neither part; 国际形势和外交工作 stays the foreign-affairs part", () => {
    expect(partFromHeading("一、当前国内形势和基本任务")).toBe("other");
    expect(partFromHeading("三、关于国际形势和外交工作")).toBe("other");
    expect(partFromHeading("二、今年的基本任务")).toBe("plan");
  });
});

describe("a heading spaced out letter by letter (batch 24's OCR copy of 青岛's booklet)", () => {
  it("names its part as the unspaced heading does, and is shown without the spaces", () => {
    const text = "政府工作报告\n一、2023 年 工 作 回 顾\n过去一年，我们坚持稳中求进。\n二、2024 年 工 作 安 排\n加快建设重大项目。\n";
    const processed = processText(text);
    expect(processed.sections.map((s) => [s.heading, s.part])).toEqual([["一、2023年工作回顾", "review"], ["二、2024年工作安排", "plan"]]);
    expect(processed.sentences.filter((s) => s.role === "body").map((s) => s.part)).toEqual(["review", "plan"]);
  });

  it("keeps the space between a heading's phrases", () => {
    const processed = processText("政府工作报告\n一、凝心聚力抓发展　实干担当开新局\n过去一年，我们坚持稳中求进。\n");
    expect(processed.sections[0]?.heading).toBe("一、凝心聚力抓发展　实干担当开新局");
  });
});
