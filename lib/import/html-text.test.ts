import { describe, expect, it } from "vitest";
import { extractHtmlText, isHtmlInput } from "./html-text";

const P1 = "2019年,全区实现地区生产总值1800亿元,增长8%左右。";
const P2 = "2020年,确保一般公共预算收入增长5%以上。";

describe("isHtmlInput", () => {
  it("goes by content type, file extension, or the text itself", () => {
    expect(isHtmlInput(P1, { contentType: "text/html; charset=utf-8" })).toBe(true);
    expect(isHtmlInput(P1, { fileName: "report.HTM" })).toBe(true);
    expect(isHtmlInput(`  <!DOCTYPE html><p>${P1}</p>`)).toBe(true);
    expect(isHtmlInput(Array(10).fill(`<p>${P1}</p>`).join("\n"))).toBe(true);
    expect(isHtmlInput(`${P1}\n增长<5%的企业,见<附件>。`, { fileName: "report.txt" })).toBe(false);
  });
});

describe("extractHtmlText", () => {
  it("prefers <article> and drops navigation, scripts, forms and asides", () => {
    const html = `<body><nav>首页 新闻</nav><div class="sidebar"><p>热门文章一</p><p>热门文章二</p></div>
      <article><p>${P1}</p><aside>相关阅读</aside><p>${P2}</p><script>document.write("脚本")</script></article>
      <form><label>搜索</label></form><footer>版权所有</footer></body>`;
    expect(extractHtmlText(html)).toBe(`${P1}\n${P2}`);
  });

  it("picks the container with the most Han text in its paragraphs, and keeps the <h1> outside it", () => {
    const html = `<div class="top"><h1>2020年政府工作报告</h1><div class="info">来源:杭州网</div></div>
      <div class="list"><p>推荐</p></div><div id="zoom"><p>${P1}</p><p>${P2}</p></div>`;
    expect(extractHtmlText(html)).toBe(`2020年政府工作报告\n${P1}\n${P2}`);
  });

  it("turns <br>, blocks, list items and table rows into lines, and decodes entities", () => {
    const html = `<div>各位代表&#xff1a;<br>现在&nbsp;&ldquo;我&rdquo;代表&amp;区人民政府<br/>
      <ul><li>一是稳增长</li><li>二是促改革</li></ul><table><tr><td>指标</td><td>目标</td></tr><tr><td>GDP</td><td>7.5%</td></tr></table></div>`;
    expect(extractHtmlText(html)).toBe("各位代表：\n现在 “我”代表&区人民政府\n一是稳增长\n二是促改革\n指标\t目标\nGDP\t7.5%");
  });

  it("joins source lines wrapped between Han characters, and keeps spaces elsewhere", () => {
    expect(extractHtmlText("<p>全面深化\n    改革, 推进 2020\n年 工作</p>")).toBe("全面深化改革, 推进 2020 年 工作");
  });

  it("never keeps markup or attributes", () => {
    const html = `<p>${P1}<img src=x onerror="alert(1)"><a href="javascript:alert(2)">点此</a><iframe src="//evil"></iframe>&lt;script&gt;</p>`;
    const text = extractHtmlText(html);
    expect(text).toBe(`${P1}点此<script>`);
    expect(text).not.toMatch(/alert|onerror|evil/);
  });
});
