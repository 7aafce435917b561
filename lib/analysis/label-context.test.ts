import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";

const achieved = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });

describe("a share with no name of its own is of the figure just named", () => {
  it("约占全省 after a total (a 义乌 review, batch 17) and after a level (a 南方日报 article, batch 7)", () => {
    const entities = achieved("新增经营主体13.2万户，总量突破110万户，约占全省的二十分之一。").at(-1)!;
    expect(entities).toMatchObject({ label: "经营主体总量占全省比重", unit: "%", value: 5, type: "share" });
    expect(entities.qualifiers).toContain("约");
    expect(achieved("广州、深圳两市地区生产总值合计超过6.4万亿元，约占全省的47%。").at(-1)!.label).toBe("广州、深圳两市地区生产总值占全省比重");
  });
});

describe("names a sentence's subject completes", () => {
  it("funds that arrived (到位资金) in a sentence about 招商引资 are 招商引资's (a 呼和浩特 pair, batch 10)", () => {
    const [, funds, growth] = achieved("全年新签约招商引资项目312个，到位资金986.4亿元，增长28.6%。");
    expect(funds.label).toBe("招商引资到位资金");
    expect(growth).toMatchObject({ label: "招商引资到位资金", type: "growth", value: 28.6 });
    expect(achieved("实际到位内资120亿元。")[0].label).toBe("实际到位内资");
  });
});

describe("herds and firms counted by what they did", () => {
  it("a herd's stock and sales are named herd first, and a list shares them (a 临潭 pair, batch 9)", () => {
    const labels = achieved("年末全县牦牛存栏12.6万头、藏羊存栏31.2万只；全年出栏牦牛4.3万头、藏羊15.8万只。").map((i) => i.label);
    expect(labels).toEqual(["牦牛存栏", "藏羊存栏", "牦牛出栏", "藏羊出栏"]);
    expect(extractIndicators("力争牦牛、藏羊存栏分别达到13万头、32.5万只。", { kind: "goal", part: "plan" }).map((i) => i.label)).toEqual(["牦牛存栏", "藏羊存栏"]);
  });
  it("firms counted with the change they made are the firms that made it (南海 and 东莞 texts, batches 7 and 9)", () => {
    expect(achieved("推动650家规上工业企业实施数字化智能化改造，新增省级数字化车间31个。")[0].label).toBe("实施数字化智能化改造的规上工业企业");
    expect(achieved("推动500家以上规上工业企业开展数字化转型。")[0].label).toBe("开展数字化转型的规上工业企业");
    expect(achieved("新增规上工业企业412家，实施技术改造项目300个。")[0].label).toBe("新增规上工业企业");
  });
});
