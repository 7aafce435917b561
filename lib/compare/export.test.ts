import { describe, expect, it } from "vitest";
import { csvCell, markdownCell, toCsv, toMarkdown } from "./export";
import { compareSides } from "./compare-sides";
import { goal, sentence } from "@/tests/support/make-indicator";

const result = compareSides(
  { kinds: "goal", sentences: [sentence(0, "确保地区生产总值增长8%以上,推进\"双创\"。", [goal("gdp", "8%", ["确保", "以上"])], "goal")] },
  { kinds: "goal", sentences: [sentence(4, "地区生产总值增长7.5%,推进\"双创\"。", [goal("gdp", "7.5%")], "goal")] },
);

describe("csv", () => {
  it("neutralises formula injection", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("-0.5")).toBe("-0.5");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("增长8%")).toBe("增长8%");
  });
  it("exports rows and the indicator table", () => {
    const rows = toCsv(result).split("\r\n");
    expect(rows[0]).toBe("id,status,similarity,left_id,left,right_id,right,changes");
    expect(rows[1]).toMatch(/^r-0-4,变化,[\d.]+,s-0,"确保地区生产总值增长8%以上,推进""双创""。",s-4,/);
    expect(rows[1]).toContain("减弱: 确保 → ∅");
    const indicators = toCsv(result, "indicators").split("\r\n");
    expect(indicators[0]).toBe("id,metric,label,status,left,right,delta,unit,reason");
    expect(indicators[1]).toMatch(/^i-gdp-growth-l0,gdp,地区生产总值,变化,确保8%以上,7.5%,-0.5,个百分点,/);
  });
});

describe("markdown", () => {
  it("escapes pipes and HTML", () => {
    expect(markdownCell("a|b <script>&\"'")).toBe("a\\|b &lt;script&gt;&amp;&quot;&#39;");
    expect(markdownCell("两行\n文字")).toBe("两行<br>文字");
  });
  it("renders both tables", () => {
    const md = toMarkdown(result);
    expect(md).toContain("## 句子对照");
    expect(md).toContain("## 指标对照");
    expect(md).toContain("| r-0-4 | 变化 |");
    expect(md).toContain("&quot;双创&quot;");
    expect(toMarkdown(result, "indicators")).not.toContain("## 句子对照");
  });
});
