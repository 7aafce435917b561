// Round 44's year pairs, run through the whole pipeline on lines made for the test: the registered and remaining poor,
// boilers pulled down or converted, foreign investment absorbed, and livelihood spending's share under two names.
import { describe, expect, it } from "vitest";
import { nearNames } from "./near-names";
import { byTarget, targetPairs } from "@/tests/support/year-pair";

const plan = (...lines: string[]) => ["某某市人民政府工作报告", "一、2020年工作回顾", "全市地区生产总值增长5.2%。", "二、2021年工作安排", ...lines].join("\n");
const review = (...lines: string[]) => ["某某市人民政府工作报告", "一、2021年工作回顾", ...lines, "二、2022年工作安排", "地区生产总值增长6%左右。"].join("\n");

describe("names of one figure", () => {
  it("reads the registered and the remaining poor lifted out as the poor lifted out", () => {
    expect(nearNames("剩余建档立卡贫困人口脱贫", "贫困人口脱贫")).toBe(true);
    // (A narrower subject is still another figure.)
    expect(nearNames("建档立卡贫困人口脱贫", "贫困人口务工就业")).toBe(false);
  });

  it("pairs the boilers to pull down with the boilers converted, and the remaining poor with the poor lifted out", () => {
    const pairs = targetPairs(plan("拆除城区燃煤锅炉100台。确保剩余2100名建档立卡贫困人口脱贫。"), "city-2021.txt", review("拆改城区燃煤锅炉87台。全年2260名贫困人口脱贫。"), "city-2022.txt");
    expect([byTarget(pairs, "100台").right?.text, byTarget(pairs, "100台").status]).toEqual(["87台", "missed"]);
    // (2260 beats 2100 by less than the README's 10 % margin: met.)
    expect([byTarget(pairs, "2100名").right?.text, byTarget(pairs, "2100名").status]).toEqual(["2260名", "met"]);
  });

  it("pairs foreign investment used with foreign investment absorbed, and the share of livelihood spending under two budgets' names", () => {
    const pairs = targetPairs(plan("实际利用外资增长8%。民生支出占财政支出的比重保持在75%以上。"), "city-2021.txt", review("实际吸收外资4.6亿美元，增长9.0%。民生支出131.6亿元，占一般公共预算支出的77.1%。"), "city-2022.txt");
    expect(byTarget(pairs, "8%").right?.text).toBe("9.0%");
    expect([byTarget(pairs, "75%").right?.text, byTarget(pairs, "75%").status]).toEqual(["77.1%", "exceeded"]);
  });
});
