import { describe, expect, it } from "vitest";
import { parseReportQuery } from "./report-query";

describe("parseReportQuery", () => {
  it("takes the years out of a region search, with or without a space or 年", () => {
    expect(parseReportQuery("yh2021")).toEqual({ years: [2021], text: "yh" });
    expect(parseReportQuery("余杭 2020年")).toEqual({ years: [2020], text: "余杭" });
    expect(parseReportQuery("2020 2021 杭州")).toEqual({ years: [2020, 2021], text: "杭州" });
  });
  it("leaves other numbers and an empty rest alone", () => {
    expect(parseReportQuery("十四五 12345")).toEqual({ years: [], text: "十四五 12345" });
    expect(parseReportQuery("2022")).toEqual({ years: [2022], text: "" });
    expect(parseReportQuery("1900")).toEqual({ years: [], text: "1900" });
  });
});
