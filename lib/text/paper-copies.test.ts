// Copies typed from paper (batch 46's 唐山 yearbook reprint) and clipped from an e-paper (batch 47's 三亚日报): the page's
// furniture between two halves of a paragraph is dropped and the paragraph read whole.
import { describe, expect, it } from "vitest";
import { processText } from "./process-text";
import { detectMetadata } from "./metadata";

const texts = (stored: string) => processText(stored).sentences.map((s) => s.text);

describe("a yearbook's running heads", () => {
  it("drop ·37· 唐山年鉴1997 and 唐山年鉴1998 ·49· and join the sentence they cut", () => {
    const stored = ["一、1996年工作回顾", "　　全市钢产量达到450万吨，陶瓷产量增长10%，京唐港吞吐", "唐山年鉴1997 ·37·", "量突破400万吨。", "·38· 唐山年鉴1997", "　　全年新建改建公路326公里。"].join("\n");
    expect(texts(stored)).toEqual(["一、1996年工作回顾", "全市钢产量达到450万吨，陶瓷产量增长10%，京唐港吞吐量突破400万吨。", "全年新建改建公路326公里。"]);
  });
});

describe("an e-paper's edition lines", () => {
  it("drop 第A03版：要闻  2020年1月14日 with the jump lines and join the sentence they cut", () => {
    const stored = ["第A02版：要闻  2020年1月14日", "一、2019年工作回顾", "　　全年接待过夜游客2403.9万人次，增长8.5%；接待入境游客91.2", "（下转A03版）", "第A03版：要闻  2020年1月14日", "（上接A02版）", "万人次，增长12%。"].join("\n");
    expect(texts(stored)).toEqual(["一、2019年工作回顾", "全年接待过夜游客2403.9万人次，增长8.5%；接待入境游客91.2万人次，增长12%。"]);
  });
});

describe("a paper's own undated dateline", () => {
  it("makes an article news (本报讯（记者…）)", () => {
    const stored = ["唐山劳动日报", "市十届人大六次会议隆重开幕", "本报讯（记者　孙建华）唐山市第十届人民代表大会第六次会议昨天上午开幕。", "市长韩立成代表市人民政府向大会作政府工作报告。"].join("\n");
    expect(detectMetadata(stored).kind).toBe("news");
  });
});
