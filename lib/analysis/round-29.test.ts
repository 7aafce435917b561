// The twenty-ninth round's patterns (batch 53's 孝感 2020, delivered after the lockdown, and 平阳's reports pasted into
// a local forum thread with a table drawn in box-drawing characters), each on the sentence or the lines that showed it.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { extractIndicators } from "./extract-indicators";

const achieved = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });
const planned = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" });

const FORUM_THREAD = [
  "平阳论坛 » 平阳时事 » 2013年县政府工作报告全文（附主要指标完成表）",
  "查看: 3519 | 回复: 2",
  "楼主　阿岩老张　发表于 2013-2-27 08:52:36 | 只看该作者 | 倒序浏览",
  "本帖最后由 阿岩老张 于 2013-2-27 09:20 编辑 ",
  "平阳县人民政府工作报告",
  "各位代表：",
  "一、2012年工作回顾",
  "　　过去的一年，全县地区生产总值增长7.6%。",
  "二、2013年工作安排",
  "　　今年全县地区生产总值增长8.5%左右。",
  "附表：2012年全县主要经济指标完成情况",
  "┌────────────┬────┬──────┬─────┬────┐",
  "│指标　　　　　　　　　　│单位　　│2012年目标　│完成　　　│增长%　 │",
  "├────────────┼────┼──────┼─────┼────┤",
  "│地区生产总值　　　　　　│亿元　　│9.5%左右　　│301.2　　 │7.6　　 │",
  "├────────────┼────┼──────┼─────┼────┤",
  "│地方财政收入　　　　　　│亿元　　│10%　　　　 │24.1　　　│7.1　　 │",
  "├────────────┼────┼──────┼─────┼────┤",
  "│城镇登记失业率　　　　　│%　　　 │4以内　　　 │3.12　　　│—　　　 │",
  "└────────────┴────┴──────┴─────┴────┘",
  "",
  "沙发　海西过客　发表于 2013-2-27 09:41 | 只看该作者",
  "回复 1# 阿岩老张 的帖子",
  "去年GDP目标是9.5%左右，实际只有7.6%，金融风波这一年真是伤筋动骨。",
].join("\n");

describe("a forum thread that pastes the report", () => {
  const report = analyzeReport(FORUM_THREAD, { fileName: "pingyang-2013.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start));

  it("reads the thread's breadcrumb, counter, floor heads, edit stamp and quote line as no sentence", () => {
    for (const furniture of ["平阳论坛", "查看:", "楼主", "本帖最后由", "沙发", "回复 1#"]) expect(find(furniture)).toBeUndefined();
  });

  it("reads a box-drawn table's rows as table rows: the rules between them are no unit, and 2012年目标 against 完成 is a result", () => {
    expect(report.sentences.some((s) => /^[┌├└]/.test(s.text))).toBe(false);
    const row = find("│地区生产总值")!;
    expect(row.kind).toBe("achievement");
    expect(row.indicators.map((i) => `${i.value}${i.unit} ${i.type} ${i.modality}`)).toEqual([
      "9.5% growth target",
      "30120000000元 level actual",
      "7.6% growth actual",
    ]);
    expect(find("│指标")!.kind).toBe("other");
  });

  it("reads a per cent under the target column of a row in 亿元 as the amount's growth (地方财政收入 | 亿元 | 10%)", () => {
    expect(find("│地方财政收入")!.indicators[0]).toMatchObject({ value: 10, unit: "%", type: "growth", modality: "target" });
  });

  it("reads a reader's reply under the post as no government's word, its figures still read", () => {
    const reply = find("去年GDP目标是9.5%左右")!;
    expect(reply.kind).toBe("other");
    expect(reply.indicators.map((i) => `${i.value} ${i.modality}`)).toEqual(["9.5 target", "7.6 actual"]);
  });
});

describe("a share of a base year's level come back (the year after the epidemic)", () => {
  it("reads 固定资产投资恢复到上年的90%以上 as a share, a target in the plan", () => {
    expect(planned("固定资产投资恢复到上年的90%以上。")[0]).toMatchObject({ label: "固定资产投资恢复到上年的比例", type: "share", modality: "target", value: 90 });
  });

  it("names the base as written: 常年, 2019年 (生猪出栏量恢复到常年的85%, 接待游客恢复到2019年的90%以上)", () => {
    expect(achieved("生猪出栏量恢复到常年的85%。")[0]).toMatchObject({ label: "生猪出栏量恢复到常年的比例", type: "share", modality: "actual" });
    expect(planned("全年接待游客恢复到2019年的90%以上。")[0]).toMatchObject({ label: "接待游客恢复到2019年的比例", type: "share" });
  });

  it("still reads a growth back to a level (回升到8%) as the metric's own figure", () => {
    expect(achieved("工业增加值增速回升到8%。")[0].type).toBe("growth");
  });
});

describe("a reader's 才 before a figure", () => {
  it("is no part of the name (外贸出口才增长3.2%), and 人才 keeps its 才", () => {
    expect(achieved("外贸出口才增长3.2%。")[0].label).toBe("外贸出口");
    expect(achieved("引进高层次人才120名。")[0].label).toContain("人才");
  });
});
