// Projects counted by size: 10亿元以上 is the size a project must reach, and the count after it keeps the size and the
// verb of starting or winning the projects in its name (batches 6–11 name them the same way).
import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";
import { PROJECT_SIZE } from "./project-names";

const plan = { kind: "goal", part: "plan" } as const;
const review = { kind: "achievement", part: "review" } as const;
const named = (text: string, ctx: Parameters<typeof extractIndicators>[1]) => extractIndicators(text, ctx).map((i) => [i.text, i.label]);

describe("projects counted by size", () => {
  it("names the amount as the size of one project and keeps it in the count's name", () => {
    expect(named("全年实施重点项目478个，其中10亿元以上项目71个。", review)).toEqual([
      ["478个", "重点项目"], ["10亿元", PROJECT_SIZE], ["71个", "10亿元以上项目"],
    ]);
  });

  it("keeps a verb of starting or winning projects, and carries it to the next count of the list", () => {
    expect(named("力争新开工亿元以上项目200个、10亿元以上项目30个。", plan)).toEqual([
      ["200个", "新开工亿元以上项目"], ["10亿元", PROJECT_SIZE], ["30个", "新开工10亿元以上项目"],
    ]);
    expect(named("全年招引亿元以上产业项目67个。", review)).toEqual([["67个", "招引亿元以上产业项目"]]);
    // Past the list's own total, 其中 still takes its parts from the list (batch 29's 东湖).
    expect(named("全年签约亿元以上项目286个，签约总额5420亿元，其中10亿元以上项目47个、百亿元以上项目6个。", review).map(([, label]) => label)).toEqual([
      "签约亿元以上项目", "签约总额", PROJECT_SIZE, "签约10亿元以上项目", PROJECT_SIZE, "签约百亿元以上项目",
    ]);
  });

  it("reads a total investment's threshold before major projects as the size, and leaves a verb that starts no project (实施) out of the name", () => {
    // (Readers split here: 吴中's name the 10亿元 重大产业项目总投资, 苏州's news reader 单个项目投资规模; six labels of plain
    // projects, 总投资10亿元以上项目, read it as the size.)
    expect(named("新签约总投资10亿元以上重大产业项目18个。", review)).toEqual([["10亿元", PROJECT_SIZE], ["18个", "重大产业项目"]]);
    expect(named("实施亿元以上产业项目42个。", review)).toEqual([["42个", "亿元以上产业项目"]]);
  });

  it("names the investment after a count of projects by the projects and the measure as written", () => {
    expect(named("全年实施重大项目126个，完成投资213.5亿元。", review)).toEqual([["126个", "重大项目"], ["213.5亿元", "重大项目完成投资"]]);
    expect(named("安排市重点项目120个、年度投资105亿元以上。", plan)).toEqual([["120个", "市重点项目"], ["105亿元", "市重点项目年度投资"]]);
    expect(named("谋划储备项目150个，总投资120亿元。", plan)).toEqual([["150个", "储备项目"], ["120亿元", "储备项目总投资"]]);
  });

  it("names projects already called major (重大) without the size (13 labels of 13)", () => {
    expect(named("新引进10亿元以上重大产业项目11个。", review)).toEqual([["10亿元", PROJECT_SIZE], ["11个", "新引进重大产业项目"]]);
    expect(named("新开工10亿元以上项目21个。", review)).toEqual([["10亿元", PROJECT_SIZE], ["21个", "新开工10亿元以上项目"]]);
  });

  it("drops the levels of government from the year's investment only (7 labels of 9), never from the investment done", () => {
    expect(named("全年安排省市区重点项目180个，年度投资460亿元以上。", plan)).toEqual([["180个", "省市区重点项目"], ["460亿元", "重点项目年度投资"]]);
    expect(named("实施省市县重点项目86个，完成投资182亿元。", review)).toEqual([["86个", "省市县重点项目"], ["182亿元", "省市县重点项目完成投资"]]);
  });

  it("names the investment of projects counted before their name (广东 2025)", () => {
    expect(named("1508个省重点项目完成投资1.08万亿元，为年度计划的108%。", review).slice(0, 2)).toEqual([["1508个", "省重点项目"], ["1.08万亿元", "省重点项目完成投资"]]);
  });
});

describe("how much of the year's plan the projects' investment reached (batches 11–14)", () => {
  const typed = (text: string) => extractIndicators(text, review).filter((i) => i.unit === "%").map((i) => [i.label, i.type]);

  it("is named by the projects, without the levels of government in front, as most readers name it", () => {
    expect(typed("全年完成重大项目投资201.3亿元，为年度计划的105.9%。")).toEqual([["重大项目投资完成年度计划比例", "rate"]]);
    expect(typed("实施省市县重点项目86个，完成投资182亿元，为年度计划的116%。")).toEqual([["重点项目投资完成年度计划比例", "rate"]]);
    expect(typed("全年实施省市区重点项目186个，完成投资492.6亿元，完成年度计划的107%。")).toEqual([["重点项目投资完成年度计划比例", "rate"]]);
    // The levels written with 、, and the plan's investment said after the count itself (batch 19's 锦江 texts).
    expect(typed("全年实施市、区重点项目112个，完成投资286.5亿元，完成年度计划的108.3%。")).toEqual([["重点项目投资完成年度计划比例", "rate"]]);
    // 、为年度计划的: the list comma parts the amount from its share of the plan as a comma does (batch 19's 长沙).
    expect(typed("新开工亿元以上项目612个，完成重大项目投资2906.4亿元、为年度计划的103.8%。")).toEqual([["重大项目投资完成年度计划比例", "rate"]]);
    expect(typed("实施市、区重点项目124个，完成年度计划投资的104.6%。")).toEqual([["重点项目投资完成年度计划比例", "rate"]]);
    // 完成年度投资计划的 says the same (batch 21's 昆山), and an amount that is no investment names its own share of the plan.
    expect(typed("全年实施省市重点项目126个，完成年度投资计划的112%。")).toEqual([["重点项目投资完成年度计划比例", "rate"]]);
    expect(typed("实际使用外资17.6亿美元，为年度计划的103.5%。")).toEqual([["实际使用外资完成年度计划比例", "rate"]]);
  });

  it("占年度计划的 is a share of the plan, named by the investment as written", () => {
    expect(typed("实施省市重点项目826个，完成投资2310亿元，占年度计划的105%。")).toEqual([["省市重点项目完成投资占年度计划比例", "share"]]);
  });
});

describe("a count written before the size of the projects it counts (batch 37's 天河)", () => {
  it("names 37个10亿元以上项目 by the projects", () => {
    const found = extractIndicators("区重点项目完成投资648.3亿元，37个10亿元以上项目加快建设。", { kind: "achievement", part: "review" });
    expect(found.find((i) => i.value === 37)?.label).toBe("10亿元以上项目");
  });
});

describe("projects sized by their total investment (总投资10亿元以上项目: batches 20–39)", () => {
  it("names the count by the size, the amount as the size a project must reach", () => {
    const found = extractIndicators("全年实施重点工程186项，其中总投资10亿元以上项目42项。", { kind: "achievement", part: "review" });
    expect(found.slice(1).map((i) => [i.label, i.value])).toEqual([
      [PROJECT_SIZE, 1000000000],
      ["总投资10亿元以上项目", 42],
    ]);
    expect(extractIndicators("其中，127个总投资10亿元以上项目完成投资986.5亿元。", { kind: "achievement", part: "review" })[0].label).toBe("总投资10亿元以上项目");
  });
});

describe("foreign-invested projects sized in dollars (batch 91's 淮安)", () => {
  const named = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" }).map((i) => [i.text, i.label]);

  it("reads the size as the projects' threshold and names the count after it by the list's projects, with or without a noun", () => {
    expect(named("全年新批外资项目132个，其中总投资1000万美元以上的58个。")).toEqual([
      ["132个", "新批外资项目"], ["1000万美元", PROJECT_SIZE], ["58个", "总投资1000万美元以上外资项目"],
    ]);
    expect(named("全年新批外资项目120个，其中总投资1000万美元以上项目50个。").at(-1)).toEqual(["50个", "总投资1000万美元以上外资项目"]);
  });
});
