// Copies of batches 50 and 51: an old government website's page saved as text (慈溪 2006/07: character references, a
// sub-heading run into its paragraph), a county's Weibo thread (双流 2015) and a news site's live text stream (巩义 2004).
import { describe, expect, it } from "vitest";
import { decodeInput } from "@/lib/import";
import { processText } from "./process-text";

const texts = (stored: string) => processText(stored).sentences.map((s) => s.text);
const roles = (stored: string) => processText(stored).sentences.map((s) => `${s.role}:${s.text}`);

describe("an old website's page saved as text", () => {
  it("is read with its character references decoded, and says so; the bytes stay as they came", () => {
    const page = "慈溪市人民政府工作报告\n&mdash;&mdash;2006年2月21日在慈溪市第十四届人民代表大会第三次会议上\n一、2005年和&#8220;十五&#8221;时期工作回顾\n　　全市实现生产总值418.6亿元。\n";
    const decoded = decodeInput(new TextEncoder().encode(page), { fileName: "cixi-2006.txt" });
    if ("code" in decoded) throw new Error(decoded.message);
    expect(decoded.text).toContain("——2006年2月21日");
    expect(decoded.text).toContain("一、2005年和“十五”时期工作回顾");
    expect(decoded.warnings.join(" ")).toMatch(/字符实体/);
  });

  it("reads a sub-heading the copy ran into its paragraph as the heading, then the paragraph", () => {
    const stored = "一、2006年工作回顾\n(三)新农村建设扎实推进 全年新建改建干线公路128公里,完成康庄工程农村联网公路215公里,围涂造地2.2万亩。\n";
    expect(roles(stored)).toEqual([
      "heading:一、2006年工作回顾",
      "heading:(三)新农村建设扎实推进",
      "body:全年新建改建干线公路128公里,完成康庄工程农村联网公路215公里,围涂造地2.2万亩。",
    ]);
  });

  it("keeps a numbered line with a paragraph's figures and no blank after its heading as the paragraph it is", () => {
    const stored = "一、2006年工作回顾\n(四)全年新建改建干线公路128公里,完成康庄工程农村联网公路215公里,围涂造地2.2万亩。\n";
    expect(roles(stored)[1]).toBe("body:(四)全年新建改建干线公路128公里,完成康庄工程农村联网公路215公里,围涂造地2.2万亩。");
  });
});

describe("a county's Weibo thread", () => {
  it("drops each post's time line and its repost counts, so that no post runs into the one before", () => {
    const stored = [
      "双流发布",
      "1月20日 10:03 来自 微博 weibo.com",
      "#双流两会# 【政府工作报告】（2/18）2014年，全县实现GDP 668.4亿元，增长9.6%。",
      "转发 96 | 评论 17 | 赞 45",
      "",
      "1月20日 10:07 来自 微博 weibo.com",
      "#双流两会# 【政府工作报告】（3/18）民生指标稳步提升。",
      "转发 73 | 评论 | 赞 38",
    ].join("\n");
    const all = texts(stored);
    expect(all.some((t) => /转发|来自 微博/.test(t))).toBe(false);
    expect(all).toContain("#双流两会# 【政府工作报告】（3/18）民生指标稳步提升。");
  });
});

describe("a news site's live text stream", () => {
  it("starts an entry at its time stamp even when the tag follows the stamp without a blank (09:12【报告】…)", () => {
    const stored = ["【图文直播】市十二届人大二次会议隆重开幕", "发布时间：2004-2-24 8:30　　来源：巩义新闻网", "8:30 【主持人】各位网友，早上好！", "09:29【报告】去年全市新增就业岗位6850个。", "09:31 [图] 会场一角，代表们认真听取政府工作报告（本网记者 周静 摄）", "09:38【报告】今年全市生产总值增长百分之十二以上。"].join("\n");
    expect(texts(stored).slice(-2)).toEqual(["09:31 [图] 会场一角，代表们认真听取政府工作报告（本网记者 周静 摄）", "09:38【报告】今年全市生产总值增长百分之十二以上。"]);
  });
});
