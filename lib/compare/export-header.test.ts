import { describe, expect, it } from "vitest";
import { compareSides } from "./compare-sides";
import { comparisonKind, type ReportMeta } from "./comparison-kind";
import { attachment, exportFileName } from "./export-name";
import { markedSide, toMarkdown } from "./export";
import { goal, sentence } from "@/tests/support/make-indicator";

const meta = (reviewYear: number, planYear: number): ReportMeta => ({ region: "余杭区", regionCode: "330110", reviewYear, planYear, kind: "report" });
const kind = comparisonKind(meta(2019, 2020), "goal", meta(2020, 2021), "goal");
const result = compareSides(
  { kinds: "goal", sentences: [sentence(0, "确保地区生产总值增长8%以上,推进*双创*。", [goal("gdp", "8%", ["确保", "以上"])], "goal")] },
  { kinds: "goal", sentences: [sentence(4, "地区生产总值增长7.5%,推进*双创*。", [goal("gdp", "7.5%")], "goal")] },
  { kind },
);

describe("markdown that stands alone", () => {
  const md = toMarkdown(result, undefined, {
    left: "余杭区2020 目标",
    right: "余杭区2021 目标",
    kind,
    url: "http://127.0.0.1:3000/compare/yuhang-2020/yuhang-2021?l=goal&r=goal",
    filter: "只看有变化",
    summary: result.summary,
    citations: { left: "杭州市余杭区人民政府：《2020年余杭区政府工作报告》。", right: "《2021年余杭区政府工作报告》，https://www.yuhang.gov.cn/a|b.html。" },
  });
  it("starts with both reports, the kind, the URL and the summary", () => {
    const head = md.split("## 句子对照")[0];
    expect(head).toContain("# 对照：余杭区2020 目标 vs 余杭区2021 目标");
    expect(head).toContain(`对照类型 Kind：${kind.label}`);
    expect(head).toContain("<http://127.0.0.1:3000/compare/yuhang-2020/yuhang-2021?l=goal&r=goal>");
    expect(head).toContain("筛选 Filter：只看有变化");
    expect(head).toMatch(/摘要 Summary：已配对 1 · 有变化 1 · 仅左侧 0 · 仅右侧 0 · 承诺减弱 2 · 承诺加强 0/);
    expect(head).not.toContain("完成");
  });
  it("cites both reports' sources, escaped for a Markdown line", () => {
    const head = md.split("## 句子对照")[0];
    expect(head).toContain("- 左侧引用 Left source：杭州市余杭区人民政府：《2020年余杭区政府工作报告》。");
    expect(head).toContain("- 右侧引用 Right source：《2021年余杭区政府工作报告》，https://www.yuhang.gov.cn/a\\|b.html。");
  });
  it("marks deletions ~~old~~ and insertions **new**, escaping marks in the text", () => {
    const row = md.split("\n").find((l) => l.startsWith("| r-0-4 |"))!;
    expect(row).toContain("~~确保~~");
    expect(row).toContain("~~8%以上~~");
    expect(row).toContain("**7.5%**");
    expect(row).toContain("\\*双创\\*");
    expect(markedSide([{ op: "equal", text: "增长" }, { op: "delete", text: "8%" }, { op: "insert", text: "7.5%" }], "right")).toBe("增长**7.5%**");
  });
});

describe("export file names", () => {
  it("name both reports, the kinds and the filter", () => {
    const view = { left: "yuhang-2020", right: "yuhang-2020", l: "achievement", r: "goal", only: "changed" } as const;
    expect(exportFileName(view, "csv", "indicators").ascii).toBe("duizhao_yuhang-2020-achievement_vs_yuhang-2020-goal_only-changed_indicators.csv");
    expect(exportFileName({ ...view, only: undefined }, "md").ascii).toBe("duizhao_yuhang-2020-achievement_vs_yuhang-2020-goal.md");
  });
  it("carry a topic in the UTF-8 name only", () => {
    const name = exportFileName({ left: "a", right: "b", l: "all", r: "all", q: "就业" }, "csv", "rows");
    expect(name.ascii).toBe("duizhao_a-all_vs_b-all_q_rows.csv");
    expect(name.utf8).toBe("duizhao_a-all_vs_b-all_q-就业_rows.csv");
    expect(attachment(name)).toBe(`attachment; filename="duizhao_a-all_vs_b-all_q_rows.csv"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`);
  });
});
