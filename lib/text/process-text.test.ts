import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectMetadata, processText } from "./index";
import { cleanSpanText } from "./clean-span";
import { readSeed, SEED_IDS } from "@/tests/support/seed-texts";

describe("processText invariants on every seed", () => {
  for (const id of SEED_IDS) {
    it(`${id}: offsets and order hold, and each sentence is its raw span with line breaks deleted`, () => {
      const stored = readSeed(id);
      const { sentences, sections } = processText(stored);
      expect(sentences.length).toBeGreaterThan(50);
      let prevEnd = 0;
      let prevParagraph = 0;
      sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(s.start).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.paragraph).toBeGreaterThanOrEqual(prevParagraph);
        const raw = stored.slice(s.start, s.end);
        // The seeds need only two of the cleaning steps, written out here rather than asked of cleanSpan: a line
        // break and the spaces around it are deleted (004's PDF breaks), and the 习近平-for-A artefact is repaired.
        const joined = raw.replace(/[ \t\u3000\r]*\n\s*/g, "");
        if (s.flags.includes("repaired")) {
          expect(joined).toContain("习近平");
          expect(s.text.length).toBeLessThan(joined.length);
        } else {
          expect(s.text).toBe(joined);
        }
        expect(raw.trim()).toBe(raw);
        expect(s.text).not.toMatch(/\n/);
        if (s.sectionIndex !== null) expect(sections[s.sectionIndex].part).toBe(s.part);
        prevEnd = s.end;
        prevParagraph = s.paragraph;
      });
      sections.forEach((sec, i) => {
        expect(sec.index).toBe(i);
        expect(sec.end).toBeGreaterThanOrEqual(sec.start);
        if (i > 0) expect(sec.start).toBeGreaterThanOrEqual(sections[i - 1].start);
      });
    });
  }

  it("joins the sentences 004 (a PDF copy) breaks across lines", () => {
    const stored = readSeed("004");
    const broken = processText(stored).sentences.filter((s) => stored.slice(s.start, s.end).includes("\n"));
    expect(broken.length).toBeGreaterThanOrEqual(10);
    for (const s of broken) expect(s.text).not.toMatch(/\s/);
  });

  it("is deterministic", () => {
    const stored = readSeed("004");
    expect(processText(stored)).toEqual(processText(stored));
  });
});

describe("truncation", () => {
  it("000 ends mid-sentence before the site footer", () => {
    const { sentences, warnings } = processText(readSeed("000"));
    const last = sentences[sentences.length - 1];
    expect(last.text.endsWith("提升改造仓前高桥、开发区印染区")).toBe(true);
    expect(last.flags).toContain("truncated");
    expect(warnings.map((w) => w.code)).toContain("truncated");
  });

  it("a text closing on a table's note or its last row is not truncated", () => {
    const report = "一、2019年主要目标\n地区生产总值增长6%左右。\n";
    const rows = ["序号,指标,单位,目标", "1,地区生产总值,%,6", "2,一般公共预算收入,%,5", "3,森林覆盖率,%,25.2", "4,耕地保有量,万亩,128.5"];
    const note = `${report}${rows.join("\n")}\n"注：1.地区生产总值增长按可比价格计算,2.收入按同口径计算",,,\n`;
    const row = `${report}指标\t单位\t目标\n地区生产总值\t%\t6\n森林覆盖率\t%\t25.2\n`;
    for (const text of [note, row]) expect(processText(text).warnings.map((w) => w.code)).not.toContain("truncated");
    // A tab-separated sheet's note, quoted as a cell: "注：…列入主要指标。"
    const quoted = `${report}${rows.join("\n").replaceAll(",", "\t")}\n"注：1.研发投入强度自2022年起列入主要指标。"\t\t\t\n`;
    expect(processText(quoted).warnings.map((w) => w.code)).not.toContain("truncated");
    expect(processText(`${report}全年新增就业`).warnings.map((w) => w.code)).toContain("truncated");
  });

  it("complete seeds carry no truncated warning", () => {
    for (const id of ["001", "002", "003", "004"] as const) {
      expect(processText(readSeed(id)).warnings.map((w) => w.code)).not.toContain("truncated");
    }
  });
});

describe("robustness", () => {
  it("handles empty and blank input", () => {
    for (const s of ["", " ", "\n\n\n", "\u3000\r\n", "。", "……", "习近平"]) {
      const r = processText(s);
      expect(r.warnings.map((w) => w.code)).not.toContain("internal-error");
    }
    expect(processText("").sentences).toEqual([]);
  });

  it("never throws and keeps its invariants on random unicode", () => {
    const alphabet = fc.constantFrom(
      ..."。！？!?.…“”《》()（）:：,，、;；\n \u3000——一二、(一)1、.5A习近平各位代表年月日讯来源:http://a.b?c@d.com全区回顾主要工作".split(""),
    );
    const text = fc.oneof(fc.string({ unit: alphabet, maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }));
    fc.assert(
      fc.property(text, (s) => {
        const r = processText(s);
        expect(r.warnings.map((w) => w.code)).not.toContain("internal-error");
        let prev = 0;
        for (const x of r.sentences) {
          expect(x.start).toBeGreaterThanOrEqual(prev);
          expect(cleanSpanText(s.slice(x.start, x.end))).toBe(x.text);
          prev = x.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("processes 100,000-character pathological inputs without an internal error, sentences inside the input", () => {
    // Their time is measured by the benchmark (npm run bench -- --only pipeline, table 1b), not asserted here.
    const big = (readSeed("004") + readSeed("000")).repeat(2).slice(0, 100_000);
    const inputs = [
      big,
      "a".repeat(100_000),
      " ".repeat(100_000),
      "\n".repeat(100_000),
      "1.".repeat(50_000),
      "习近平".repeat(33_000),
      "http://".repeat(14_000),
      "@".repeat(100_000),
      "。".repeat(100_000),
      "一、".repeat(50_000),
      "x@y".repeat(33_000),
      ("杭州日报讯 " + "全".repeat(50) + "\n\n").repeat(1500),
    ];
    for (const input of inputs) {
      const { sentences, warnings } = processText(input);
      expect(warnings.map((w) => w.code)).not.toContain("internal-error");
      for (const s of sentences) expect(s.end).toBeLessThanOrEqual(input.length);
    }
    expect(processText(big).sentences.length).toBeGreaterThan(500);
  });

});

describe("line endings and punctuation width", () => {
  it("CRLF text gives the same sentences as LF text", () => {
    const lf = readSeed("004");
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(processText(crlf).sentences.map((s) => s.text)).toEqual(processText(lf).sentences.map((s) => s.text));
  });

  it("handles full-width ，；：（）！ as the seeds' half-width ones", () => {
    const text = "各位代表：\n　　2019年工作回顾\n　　（一）经济稳中有进。坚持新发展理念，推动发展。全力稳企业。走访企业3万家次；解决问题2600个！\n　　2020年主要工作\n　　一、着力构筑产业新高地\n　　大力发展数字经济。确保增长15%以上。";
    const { sentences, sections } = processText(text);
    expect(sentences.map((s) => [s.role, s.part, s.text])).toEqual([
      ["body", "other", "各位代表："],
      ["heading", "review", "2019年工作回顾"],
      ["heading", "review", "（一）经济稳中有进。"],
      ["body", "review", "坚持新发展理念，推动发展。"],
      ["lead", "review", "全力稳企业。"],
      ["body", "review", "走访企业3万家次；解决问题2600个！"],
      ["heading", "plan", "2020年主要工作"],
      ["heading", "plan", "一、着力构筑产业新高地"],
      ["lead", "plan", "大力发展数字经济。"],
      ["body", "plan", "确保增长15%以上。"],
    ]);
    expect(sections.map((s) => s.level)).toEqual([1, 2, 4, 1, 1, 4]);
  });
});

describe("a heading's year against the delivery year", () => {
  const report = (first: string) =>
    [
      "临江市政府工作报告",
      "——2023年1月12日在临江市第十六届人民代表大会第二次会议上",
      "",
      first,
      "过去一年，全市经济运行总体平稳，生产总值增长3.5%。",
      "二、2023年主要工作",
      "实施重点项目900个。",
    ].join("\n");
  const parts = (first: string) => processText(report(first)).sections.filter((s) => s.level === 1).map((s) => s.part);

  it("reads a past year's work named without a word of the future as the review", () => {
    expect(parts("一、2022年主要工作")).toEqual(["review", "plan"]);
    expect(parts("一、2022年重点工作及成效")).toEqual(["review", "plan"]);
  });

  it("keeps a heading that names a plan whatever its year, and a heading of the delivery year", () => {
    expect(parts("一、2022年工作安排")).toEqual(["plan", "plan"]);
  });
});

describe("an excerpt's cut mark before a heading", () => {
  it("stays with the sentence before it, and the heading after it is still a heading", () => {
    const text = "一、2022年工作回顾过去一年，全市生产总值增长4.4%。我们将直面问题，切实加以解决。……二、2023年主要工作今年是开局之年。做好今年工作，要坚持稳中求进。";
    const processed = processText(text);
    expect(processed.sections.map((s) => [s.heading, s.part]).at(-1)).toEqual(["二、2023年主要工作", "plan"]);
    expect(processed.sentences.find((s) => s.text.startsWith("我们将直面问题"))?.text).toBe("我们将直面问题，切实加以解决。……");
  });
});

describe("a list of one figure a line (数读)", () => {
  it("keeps each bulleted line a body sentence of its own, never a heading nor joined to the next", () => {
    const text = "一、2023年工作回顾\n数读2023\n▶ 地区生产总值3600亿元，增长5.1%\n▶ 规模以上工业增加值1960亿元，增长6.3%\n▶ 实有市场主体56.3万户\n";
    const bullets = processText(text).sentences.filter((s) => s.text.startsWith("▶"));
    expect(bullets.map((s) => [s.text, s.role])).toEqual([
      ["▶ 地区生产总值3600亿元，增长5.1%", "body"],
      ["▶ 规模以上工业增加值1960亿元，增长6.3%", "body"],
      ["▶ 实有市场主体56.3万户", "body"],
    ]);
  });
});

describe("a text laid out one short item a line (an infographic's 一图读懂 page)", () => {
  const page = [
    "图解｜一图读懂2024年成都市政府工作报告", "2024-01-26 08:30　成都发布", "2023年成绩单", "地区生产总值 22086.4亿元", "同比增长6%",
    "全市一般公共预算收入", "1929.3亿元", "↑5.8%", "首次突破万亿元", "2024年目标", "地区生产总值 目标：6%左右",
    "城镇新增就业 目标：22万人以上", "重点任务", "推进产业建圈强链", "新增学位 6万个",
  ].join("\n");

  it("keeps each line an item of its own; a short line with no figure and no task verb names a group", () => {
    const processed = processText(page);
    const byText = (t: string) => processed.sentences.find((s) => s.text === t);
    expect(byText("地区生产总值 22086.4亿元")?.role).toBe("body");
    expect(byText("首次突破万亿元")?.role).toBe("body");
    expect(byText("推进产业建圈强链")?.role).toBe("body");
    expect(["2023年成绩单", "2024年目标", "重点任务"].map((t) => byText(t)?.role)).toEqual(["heading", "heading", "heading"]);
  });

  it("reads a name line whose figures follow on the next line as their name, not a group", () => {
    const name = processText(page).sentences.find((s) => s.text === "全市一般公共预算收入");
    expect(name?.role).toBe("body");
    expect(name?.flags).toEqual(["list-item", "list-name"]);
  });

  it("reads 2024年目标 and 重点任务 as the plan", () => {
    const parts = processText(page).sections.map((s) => [s.heading, s.part]);
    expect(parts).toContainEqual(["2024年目标", "plan"]);
    expect(parts).toContainEqual(["重点任务", "plan"]);
  });

  it("takes the place from the title when nothing else names it", () => {
    expect(detectMetadata(page)).toMatchObject({ region: "成都市", planYear: 2024 });
  });
});

describe("a news portal's reprint (batch 19's 长沙 texts)", () => {
  it("reads a 数说 list's lines (figure——name) as sentences of their own, never headings, and reads a paragraph across a page's continuation markers", () => {
    // Paragraphs indented as the portal's copy indents them; the page's split leaves the paragraph's second half unindented.
    const text = [
      "一、2024年工作回顾", "过去一年，我们攻坚克难，经济运行稳中有进。", "【数说2024】", "15268.8亿元——全市地区生产总值", "8.1%——规上工业增加值增速",
      "5,876.3亿元——社会消费品零售总额", "9.4%——外贸进出口总额增速", "稳增长：经济总量迈上新台阶",
      "民生支出占一般公共预算支出比重达到76.2%。全年新增城镇就业14.76万人。全市居民人均可支配收入达到6.58万元，增长",
    ].map((line) => `　　${line}`).concat(["（下转A03版）", "分页：1　[2]　3", "（上接A02版）", "4.9%，城乡居民收入比缩小到1.65。"]).join("\n");
    const { sentences } = processText(text);
    const of = (start: string) => sentences.find((s) => s.text.startsWith(start));
    for (const line of ["15268.8亿元", "8.1%", "5,876.3亿元", "9.4%"]) {
      expect(of(line)?.role, line).toBe("body");
      expect(of(line)?.text, line).toMatch(/——[^0-9]+$/);
    }
    expect(of("全市居民人均可支配收入")?.text).toBe("全市居民人均可支配收入达到6.58万元，增长4.9%，城乡居民收入比缩小到1.65。");
  });
});

describe("a results box of name：figure lines (batch 20's 朝阳 texts)", () => {
  it("reads each line as a sentence of its own, never a heading, with or without a ▲ before it", () => {
    for (const bullet of ["", "▲"]) {
      const lines = ["地区生产总值：8237.6亿元，增长5.6%", "一般公共预算收入：571.6亿元，同口径增长4.3%", "固定资产投资：增长3.4%", "细颗粒物年均浓度：32微克/立方米"];
      const text = ["一、2023年工作回顾", "过去一年，全区经济运行稳中向好。", ...lines.map((line) => bullet + line), "我们坚持稳中求进工作总基调。"]
        .map((line) => `　　${line}`).join("\n");
      const { sentences } = processText(text);
      for (const line of lines) {
        const sentence = sentences.find((s) => s.text.includes(line));
        expect(sentence?.text, bullet + line).toBe(bullet + line);
        expect(sentence?.role, bullet + line).toBe("body");
      }
    }
  });
});

describe("a WeChat repost's 一图读懂 block before the report (batch 21's 昆明 texts)", () => {
  const text = [
    "定了！2025年，昆明这样干", "【一图读懂｜2024年昆明成绩单】", "🔹GDP总量", "8275.6亿元", "🔹GDP增速", "↑4.5%", "🔹旅游花费总额", "超3600亿元",
    "【一图读懂｜2025年主要预期目标】", "🎯GDP增长目标", "↑5%左右", "🎯新增就业目标", "8万人+", "【报告摘要】", "各位代表：",
    "●一、2024年工作回顾", "过去一年，面对外部压力加大、内部困难增多的复杂局面，全市经济运行总体平稳。",
    "初步核算，全市地区生产总值8275.63亿元，增长4.5%，低于年初预期目标；规模以上工业增加值增长10.2%，增速居全省前列，",
    "一般公共预算收入728.9亿元。",
  ].join("\n");
  const { sentences } = processText(text);
  const of = (line: string) => sentences.find((s) => s.text === line);
  it("reads each name line and each figure line as a sentence of its own, the names flagged as names", () => {
    for (const line of ["8275.6亿元", "↑4.5%", "超3600亿元", "↑5%左右", "8万人+"]) expect(of(line)?.role, line).toBe("body");
    for (const line of ["🔹GDP总量", "🎯新增就业目标"]) expect(of(line)?.flags, line).toContain("list-name");
  });
  it("reads a bulleted numbered heading (●一、) as a heading, and the prose after the block as before", () => {
    expect(of("●一、2024年工作回顾")?.role).toBe("heading");
    expect(sentences.find((s) => s.text.startsWith("初步核算"))?.text).toContain("一般公共预算收入728.9亿元。");
  });
});

describe("a bracketed card title", () => {
  it("never takes the line before it into it (干货满满，一起来看👇⏎【一图读懂｜2023年昆明成绩单】, batch 21's 昆明 2024)", () => {
    const { sentences } = processText(["📢1月18日上午，昆明市第十五届人民代表大会第四次会议开幕。", "干货满满，一起来看👇", "【一图读懂｜2023年昆明成绩单】", "🔹GDP总量", "7868.5亿元", "🔹GDP增速", "↑3.3%"].join("\n"));
    expect(sentences.map((s) => s.text)).toContain("【一图读懂｜2023年昆明成绩单】");
  });
});
