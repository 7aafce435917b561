// The thirty-sixth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { achieved } from "./test-readers";

const named = (text: string) => achieved(text).map((x) => `${x.label}=${x.value}`);

describe("figures named by a verb alone take the object of the count before them", () => {
  it("names firms leaving a register after those entering it, and the total after both", () => {
    expect(named("新增规模以上工业企业42家，退出7家，总数达到318家。")).toEqual(["新增规模以上工业企业=42", "退出规模以上工业企业=7", "规模以上工业企业总数=318"]);
    expect(named("全年新登记市场主体1.8万户，注销3200户。")).toEqual(["新登记市场主体=18000", "注销市场主体=3200"]);
  });

  it("keeps a capacity's exit a cut, named by what is cut", () => {
    const [cut] = achieved("退出煤炭产能120万吨。");
    expect(cut.value).toBe(-1200000);
  });

  it("names projects put into production after the projects started", () => {
    expect(named("全年新开工项目132个，竣工投产87个。")).toEqual(["新开工项目=132", "竣工投产项目=87"]);
  });
});
