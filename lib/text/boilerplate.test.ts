import { describe, expect, it } from "vitest";
import { processText } from "./index";
import { classifyLines, datelineLength, isBoilerplateLine } from "./boilerplate";
import { splitLines } from "./lines";
import { readSeed, SEED_IDS } from "@/tests/support/seed-texts";

const texts = (stored: string) => processText(stored).sentences.map((s) => s.text);

describe("web boilerplate produces no sentences", () => {
  const leftovers = [
    "来源", "作者:", "编辑:", "责任编辑", "发布时间", "标签:", "分享到", "您当前的位置", "版权和免责", "Copyright",
    "版权所有", "杭州网", "http", "xiegongwen", "@qq.com", "相关推荐", "本文内容由互联网用户", "如若转载", "全文14794字",
  ];
  for (const id of SEED_IDS) {
    it(`${id} keeps none of it`, () => {
      const all = texts(readSeed(id)).join("\n");
      for (const word of leftovers) expect(all, word).not.toContain(word);
      expect(texts(readSeed(id))).not.toContain("返回");
    });
  }

  it("000: the title block (title with word count, its repeat, meeting line, speaker) is front matter", () => {
    const sentences = texts(readSeed("000"));
    expect(sentences[0]).toBe("各位代表:");
    expect(sentences.some((t) => t.includes("2020年余杭区政府工作报告"))).toBe(false);
    expect(sentences.some((t) => t.includes("陈如根"))).toBe(false);
  });

  it("001: the dateline is skipped and the title repeated at the end is dropped", () => {
    const stored = readSeed("001");
    const { sentences } = processText(stored);
    expect(sentences[0].text).toBe("迎风奋楫涛头立。");
    expect(stored.slice(sentences[0].start - 10, sentences[0].start)).toContain("1月17日讯");
    expect(sentences.some((s) => s.text.includes("浙江在线"))).toBe(false);
    expect(sentences.some((s) => s.text.startsWith("余杭:攻坚"))).toBe(false);
    expect(sentences[sentences.length - 1].text.endsWith("探索建立符合国际规则和国际惯例的公共服务体系。")).toBe(true);
  });

  it("002: the heading glued after `杭州日报讯 ` is still a heading, and the byline is gone", () => {
    const stored = readSeed("002");
    const { sentences, sections } = processText(stored);
    expect(sentences[0]).toMatchObject({ text: "二、“十四五”发展主要目标任务", role: "heading" });
    expect(stored.slice(sentences[0].start, sentences[0].end)).toBe("二、“十四五”发展主要目标任务");
    expect(sections[0].heading).toBe("二、“十四五”发展主要目标任务");
    expect(sentences[sentences.length - 1].text.endsWith("以优异成绩庆祝建党100周年!")).toBe(true);
  });

  it("004: 相关推荐 at the end is dropped; 003 has nothing to drop", () => {
    expect(texts(readSeed("004")).pop()!.endsWith("而努力奋斗!")).toBe(true);
    expect(processText(readSeed("003")).warnings).toEqual([]);
  });
});

describe("line rules", () => {
  it("recognises bylines, navigation and footers", () => {
    for (const line of [
      "来源: 浙江在线 记者 费彪",
      "2020年01月17日 05:38:56 来源: 浙江在线 记者 费彪 唐骏垚",
      "杭州网  发布时间:2021-02-05 07:30",
      "您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文",
      "Copyright © 1999-2017 Zjol. All Rights Reserved 浙江在线版权所有",
      "分享到:",
      "返回",
      "相关推荐",
      "如若转载,请注明出处:https://www.xiegongwen.com/76550.html",
      "https://example.com/a?b=1",
      // A byline and a newspaper's masthead on lines of their own (batch 17's 宁波日报 article).
      "本报记者 陈敏　通讯员 甬府宣",
      "记者 王晓丹 李军",
      "宁波日报　2025年1月16日　第1版",
      "成都日报　2025年1月21日　第01版：要闻",
      // The paper named in brackets, or on the line above (the date and page alone), and a name spaced out (batch 19).
      "《湖南日报》　2025年1月15日　星期三　第01版：要闻",
      "2025年01月16日　星期四　第01版：要闻",
      "四川日报全媒体记者　周　岚　何　川",
      "湖南日报全媒体记者　唐曦　李寒露",
      // A paper's continuation markers and a portal's page links in the middle of a reprint (batch 19's 长沙 texts).
      "（下转A03版）",
      "（上接第2版）",
      "分页：1　[2]　3",
      "上一页 1 2 3 下一页",
      // A printed booklet's page number between middle dots, as an OCR copy reads it (batch 24's 青岛).
      "· 3 ·",
      // A yearbook's running header with its page (batch 25's 四川 1998 and 1999).
      "四川年鉴（1999）·特载·第4页",
      // A wire story's end mark.
      "（完）",
    ]) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
    for (const line of ["各位代表:", "2019年工作回顾", "全力稳企业。设立亲橙办。", "杭州日报讯 二、“十四五”发展主要目标任务", "记者注意到，今年的目标提高了。", "宁波日报2025年1月16日报道，全市GDP增长5.4%。", "2025年1月16日", "记者从市统计局获悉"]) {
      expect(isBoilerplateLine(line), line).toBe(false);
    }
  });

  it("reads every short line above a news article's byline as its headline (batch 18's 成都日报 article)", () => {
    const text = "成都日报　2025年1月21日　第01版：要闻\n市十八届人大四次会议开幕\n今年成都GDP预期增长6%左右\n周启航作政府工作报告\n本报记者　陈思远　刘璐\n\n本报讯　1月20日上午，会议开幕。\n";
    const lines = classifyLines(splitLines(text));
    expect(lines.filter((l) => l.front === "title").map((l) => [l.text, l.kind])).toEqual([
      ["市十八届人大四次会议开幕", "front"], ["今年成都GDP预期增长6%左右", "content"], ["周启航作政府工作报告", "front"],
    ]);
    expect(lines.find((l) => l.text.startsWith("本报讯"))?.kind).toBe("content");
  });

  it("reads a digital edition's masthead and a byline of names written with · (batch 23's 新疆日报 article)", () => {
    const text = "新疆日报数字报\n2025年1月20日　星期一　第1版：要闻\n自治区十四届人大三次会议开幕\n今年全区经济增长预期目标为6%左右\n某某作政府工作报告\n本报记者　古丽米拉·艾尼瓦尔　张振华\n　　本报乌鲁木齐1月19日讯　19日上午，会议开幕。\n";
    const lines = classifyLines(splitLines(text));
    expect(lines.slice(0, 2).map((l) => l.kind)).toEqual(["boilerplate", "boilerplate"]);
    expect(lines.filter((l) => l.front === "title").map((l) => l.text)).toEqual(["自治区十四届人大三次会议开幕", "今年全区经济增长预期目标为6%左右", "某某作政府工作报告"]);
    expect(isBoilerplateLine("本报记者　古丽米拉·艾尼瓦尔　张振华")).toBe(true);
    expect(isBoilerplateLine("本报记者从自治区统计局获悉")).toBe(false);
  });

  it("reads a headline that strives for the year as the article's first sentence as well as its title (batches 21–24)", () => {
    const text = "东莞日报\n2025年1月16日　星期四　A01版\n锚定“科技创新+先进制造”　奋力打造高质量发展示范城市\n市十七届人大五次会议开幕\n本报记者　陈晓岚　李嘉铭\n　　本报讯 1月15日上午，会议开幕。\n";
    const titles = classifyLines(splitLines(text)).filter((l) => l.front === "title");
    expect(titles.map((l) => [l.text.slice(0, 4), l.kind])).toEqual([["锚定“科", "content"], ["市十七届", "front"]]);
  });

  it("drops the paragraph after 版权和免责申明", () => {
    const lines = classifyLines(splitLines("正文第一句。\n版权和免责申明\n\n凡注有本站电头的稿件,均为本站所有。\n"));
    expect(lines.map((l) => l.kind)).toEqual(["content", "boilerplate", "blank", "boilerplate", "blank"]);
  });

  it("measures datelines only where they are datelines", () => {
    expect(datelineLength("浙江在线1月17日讯迎风奋楫涛头立。")).toBe("浙江在线1月17日讯".length);
    expect(datelineLength("杭州日报讯 二、“十四五”")).toBe("杭州日报讯 ".length);
    expect(datelineLength("新华社杭州1月17日电 记者")).toBe("新华社杭州1月17日电 ".length);
    expect(datelineLength("本报讯(记者 张三)今天")).toBe("本报讯(记者 张三)".length);
    expect(datelineLength("各社区电力保障有力。")).toBe(0);
    expect(datelineLength("传来喜讯。")).toBe(0);
  });
});

describe("a newspaper's masthead", () => {
  it("drops the paper's name alone on a line (云南日报 above its date and page line: batch 21's 云南 article)", () => {
    for (const line of ["云南日报", "《新华日报》", "2025年1月20日　星期一　　第01版：要闻"]) expect(isBoilerplateLine(line), line).toBe(true);
    for (const line of ["云南日报记者从会上获悉，全省经济增长预期目标定为5%左右。", "办好人民满意的日报"]) expect(isBoilerplateLine(line), line).toBe(false);
  });
});

describe("a paper of the 1990s and a transcript's notes (batches 29 and 30)", () => {
  it("drops the date line with its weekday and lunar date, the page alone on its line, and a transcript's source note", () => {
    for (const line of ["1996年2月6日　星期二　农历乙亥年腊月十八", "第1版", "（根据现场录音整理）"]) expect(isBoilerplateLine(line), line).toBe(true);
    for (const line of ["1996年2月6日，省八届人大四次会议开幕。", "第1版刊发了政府工作报告全文。"]) expect(isBoilerplateLine(line), line).toBe(false);
  });
  it("reads the short lines above an unsigned 本报讯 dateline as the headline (浙江日报 of 1996)", () => {
    const text = "浙江日报\n1996年2月6日　星期二　农历乙亥年腊月十八\n第1版\n省八届人大四次会议在杭隆重开幕\n今年全省国内生产总值计划增长12%左右\n钱立宏省长作政府工作报告\n本报讯　浙江省第八届人民代表大会第四次会议昨天上午在杭州隆重开幕。\n";
    const lines = classifyLines(splitLines(text));
    expect(lines.filter((l) => l.front === "title").map((l) => l.text)).toEqual(["省八届人大四次会议在杭隆重开幕", "今年全省国内生产总值计划增长12%左右", "钱立宏省长作政府工作报告"]);
    expect(lines.find((l) => l.text.startsWith("本报讯"))?.kind).toBe("content");
  });
});

describe("page clutter of web copies", () => {
  it("drops lines made only of clutter words", () => {
    for (const line of ["收藏本站 | 设为首页", "文章正文", "我要评论", "【打印本页】【关闭窗口】", "字号：大 中 小", "扫一扫在手机上打开", "点击查看全文", "阅读原文", "展开全文>>", "字号:[大 中 小]", "【字体：大 中 小】　打印　关闭", "↓↓↓", "👇👇👇"]) {
      expect(isBoilerplateLine(line)).toBe(true);
    }
  });

  it("keeps content that mentions such a word", () => {
    for (const line of ["加大纠错力度，完善问责机制。", "文章正文之外的附件", "我要评论这件事", "点击查看全文件清单", "关闭退出企业32家", "打印机产业"]) {
      expect(isBoilerplateLine(line)).toBe(false);
    }
  });
});

describe("a web page copied as one line (seed 001 without its line breaks)", () => {
  it("keeps the text when the line opens on the breadcrumb: the whole text is never clutter", () => {
    const body = "2019年,对杭州市余杭区来说,是不平凡的一年。这一年,该区圆满完成良渚古城遗址申遗任务。".repeat(8);
    const page = `您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文余杭:攻坚“五场硬仗” 推进高质量发展${body}`;
    expect(page.length).toBeGreaterThan(400);
    expect(isBoilerplateLine(page)).toBe(false);
    expect(processText(page).sentences.some((s) => s.text.includes("良渚古城遗址申遗"))).toBe(true);
    expect(isBoilerplateLine("您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文")).toBe(true);
  });
});

describe("a table flattened one cell a line (batch 33's 大庆)", () => {
  it("keeps a worded cell repeated row after row (与经济增长同步) as a cell, not a running title", () => {
    const rows = ["城镇居民人均可支配收入增速", "%", "与经济增长同步", "4.6", "与经济增长同步", "农村居民人均可支配收入增速", "%", "与经济增长同步", "6.8", "与经济增长同步"];
    const lines = classifyLines(splitLines(["附表：主要指标", "指标", "单位", "上年目标", "完成", "今年目标", ...rows].join("\n")));
    expect(lines.filter((l) => l.text === "与经济增长同步").every((l) => l.kind === "content")).toBe(true);
  });
});

describe("an image's placeholder", () => {
  it("is page furniture, with or without its alt text", () => {
    expect(isBoilerplateLine("[图片]")).toBe(true);
    expect(isBoilerplateLine("[图片：2007—2011年地区生产总值柱状图]")).toBe(true);
    expect(isBoilerplateLine("[图片]新增就业1.2万人")).toBe(false);
  });
});
