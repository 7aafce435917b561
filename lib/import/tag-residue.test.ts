import { describe, expect, it } from "vitest";
import { stripTagResidue } from "./tag-residue";

describe("a page saved as text with its tags left in", () => {
  it("takes out tags at a line's ends and around words, and parts a line where a break stands inside it", () => {
    const page = [
      "<p align=center><b>政府工作报告</b></p>",
      "　　<b>一、2005年工作回顾</b><br>",
      "　　新修通村公路1260公里，<br>新建农村沼气池1.62万户。<br>",
      "　　（三）城市建设成效明显<br>　　中心城区新建道路12条。<br>",
    ].join("\n");
    const { text, stripped } = stripTagResidue(page);
    expect(text.split("\n")).toEqual(["政府工作报告", "　　一、2005年工作回顾", "　　新修通村公路1260公里，", "新建农村沼气池1.62万户。", "　　（三）城市建设成效明显", "　　中心城区新建道路12条。"]);
    expect(stripped).toBe(11);
  });

  it("leaves links, images and scripts as written, however many", () => {
    const text = "增长8.5%<script>x=1</script>，收入500亿元<img src=x onerror=\"x=1\">，<a href=\"javascript:x=1\">链接</a>，<img src=y>。";
    expect(stripTagResidue(text)).toEqual({ text, stripped: 0 });
  });

  it("leaves a text with a tag or two alone (a formula, a quoted <b>)", () => {
    const text = "指标<b>加粗</b>说明：a<b。";
    expect(stripTagResidue(text)).toEqual({ text, stripped: 0 });
  });
});
