// The thirty-ninth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned, problem } from "./test-readers";

describe("words around a name that are no part of it", () => {
  it("drop the session a delegates' count is of (会议应到代表)", () => {
    const [due, present] = achieved("会议应到代表312名，实到298名，符合法定人数。");
    expect(due.label).toBe("应到代表");
    expect(present.label).toBe("实到代表");
  });

  it("drop how a target was set (年初定的是)", () => {
    const [target] = achieved("规上工业增加值年初定的是增长7.5%，实际完成6.9%。");
    expect(target.label).toBe("规上工业增加值");
  });

  it("drop 有 after 还 before the people still in need", () => {
    const [poor] = problem("全市还有农村贫困人口1.3万户，脱贫任务依然艰巨。");
    expect(poor.label).toBe("农村贫困人口");
  });

  it("keep 有 where it is part of the word (有效发明专利)", () => {
    const [patents] = achieved("每万人有效发明专利拥有量达到12.5件。");
    expect(patents.label).toContain("有效发明专利");
  });

  it("drop the people a service is for after 为", () => {
    const [checks] = planned("为老年人免费健康体检5万人次。");
    expect(checks.label).toBe("老年人免费健康体检");
  });

  it("drop a modal and the task's verb after the name", () => {
    const [projects] = planned("今年新旧动能转换重大项目要实施100个。");
    expect(projects.label).toBe("新旧动能转换重大项目");
  });
});

describe("a district's clause after the city's (全市…，我区…)", () => {
  const report = analyzeReport(
    ["成都市青羊区2023年政府工作报告", "二、2023年重点工作", "全市新增普惠性托位1.5万个，我区新增600个，其中新建社区嵌入式托育点8个。"].join("\n"),
  );
  const places = report.sentences.find((s) => s.text.startsWith("全市新增"))!.indicators.map((i) => [i.value, i.place ?? ""]);

  it("gives the city its figure and the district the rest", () => {
    expect(report.metadata.regionCode).not.toBeNull();
    expect(places).toEqual([
      [15000, "全市"],
      [600, ""],
      [8, ""],
    ]);
  });
});

describe("a livelihood programme's name before the task (停车便民工程新增…)", () => {
  it("is no part of what was added", () => {
    const spaces = achieved("老旧小区改造投入1.74亿元；停车便民工程新增公共停车泊位2210个；新建社区食堂11个。")[1];
    expect(spaces.label).toBe("新增公共停车泊位");
  });

  it("stays where it names the investment (民生工程完成投资)", () => {
    const [investment] = achieved("民生工程完成投资12.6亿元。");
    expect(investment.label).toBe("民生工程完成投资");
  });
});

describe("the poor lifted out, the count before the people (推动2.6万农村贫困人口稳定脱贫)", () => {
  it("are named by their lifting out, a count up", () => {
    const [target] = planned("推动2.6万农村贫困人口稳定脱贫，改造农村危房6000户。");
    const [result] = achieved("2.71万农村贫困人口实现稳定脱贫。");
    expect(target.label).toBe("农村贫困人口脱贫");
    expect(result.metric).toBe(target.metric);
  });

  it("stay the poor counted where no lifting out follows", () => {
    const [left] = problem("全市还有农村贫困人口1.3万户。");
    expect(left.label).toBe("农村贫困人口");
  });
});
