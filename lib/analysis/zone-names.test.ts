import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";

const planned = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" }).map((i) => i.label);

describe("园区 pointing back at the zone the sentence named (湄潭 2024)", () => {
  it("names the figure by that zone", () => {
    expect(planned("做强湄潭经济开发区，推动茶叶精深加工、绿色食品等产业集群发展，园区规上工业产值增长10%以上。")).toEqual(["湄潭经济开发区规上工业产值"]);
  });

  it("leaves 园区 alone where no zone is named before it (a zone's own report)", () => {
    expect(planned("园区规上工业产值增长6%左右。")).toEqual(["园区规上工业产值"]);
    expect(planned("兰州高新区、兰州经济技术开发区加快发展，开发区工业产值增长10%。")).toEqual(["开发区工业产值"]);
  });
});
