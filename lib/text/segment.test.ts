import { describe, expect, it } from "vitest";
import { processText } from "./index";
import { segmentParagraph } from "./segment";
import { readSeed, SEED_IDS } from "@/tests/support/seed-texts";

const split = (s: string) => segmentParagraph(s, 0, s.length).map((x) => s.slice(x.start, x.end));

describe("segmentParagraph", () => {
  it("splits on 。！？!? and keeps `;` lists whole", () => {
    expect(split("地区生产总值增长7.5%;财政总收入增长12%以上。城镇登记失业率控制在3.5%以内!谁来做?我们做")).toEqual([
      "地区生产总值增长7.5%;财政总收入增长12%以上。",
      "城镇登记失业率控制在3.5%以内!",
      "谁来做?",
      "我们做",
    ]);
  });

  it("never splits numbers, version names or ellipses written with dots", () => {
    expect(split("完成财政总收入726.47亿元、地方财政收入391.45亿元。打造特色小镇2.0版...继续推进。")).toEqual([
      "完成财政总收入726.47亿元、地方财政收入391.45亿元。",
      "打造特色小镇2.0版...继续推进。",
    ]);
  });

  it("keeps closing quotes and brackets with the sentence they close, and an opening quote with the next", () => {
    expect(split("他说:“办好一个会。”“提升一座城!”(详见附件。)此外,还有。")).toEqual([
      "他说:“办好一个会。”",
      "“提升一座城!”",
      "(详见附件。)",
      "此外,还有。",
    ]);
    expect(split("打造《数字经济。》品牌。下一句。")).toEqual(["打造《数字经济。》", "品牌。", "下一句。"]);
  });

  it("treats …… as a pause inside a paragraph and an end at its end", () => {
    expect(split("交通运输体系正在构建……余杭区城市发展能级大幅提升。")).toHaveLength(1);
    expect(split("为市民带来了文化盛宴……")).toEqual(["为市民带来了文化盛宴……"]);
    expect(split("等等……。下一句。")).toEqual(["等等……。", "下一句。"]);
  });

  it("does not split inside URLs or e-mail addresses", () => {
    expect(split("详见 https://a.gov.cn/x?id=1!2 或发邮件至 a.b@c.com 。完")).toEqual([
      "详见 https://a.gov.cn/x?id=1!2 或发邮件至 a.b@c.com 。",
      "完",
    ]);
  });

  it("returns nothing for blank ranges", () => {
    expect(split("")).toEqual([]);
    expect(split("  \n ")).toEqual([]);
  });
});

describe("726.47 on the real seed", () => {
  it("is never split across sentences or changed", () => {
    const stored = readSeed("000");
    const { sentences } = processText(stored);
    const at = stored.indexOf("726.47");
    const holder = sentences.filter((s) => s.start <= at && s.end >= at + "726.47".length);
    expect(holder).toHaveLength(1);
    expect(holder[0].text).toContain("完成财政总收入726.47亿元");
    expect(sentences.filter((s) => s.text.includes("726")).length).toBe(1);
  });

  it("no sentence of any seed starts or ends inside a decimal number", () => {
    for (const id of SEED_IDS) {
      const stored = readSeed(id);
      for (const s of processText(stored).sentences) {
        expect(/[0-9]\.$/.test(stored.slice(s.start - 2, s.start)), `${id} ${s.text}`).toBe(false);
        expect(/^\.[0-9]/.test(stored.slice(s.end, s.end + 2)), `${id} ${s.text}`).toBe(false);
      }
    }
  });

  it("001's 723.2 (the news figure) stays whole too", () => {
    const s = processText(readSeed("001")).sentences.find((x) => x.text.includes("723.2"));
    expect(s?.text).toContain("财政总收入723.2亿元、地方财政收入388.2亿元,分别增长15.9%、15.4%。");
  });
});
