import { describe, expect, it } from "vitest";
import { parseYearField } from "./year-field";

describe("parseYearField", () => {
  it("takes an empty field as no year and a four-digit year as the year", () => {
    expect(parseYearField("")).toEqual({});
    expect(parseYearField(null)).toEqual({});
    expect(parseYearField(" 2021 ")).toEqual({ year: 2021 });
  });
  it("refuses anything else with a clear message", () => {
    for (const bad of ["21", "二〇二一", "1800", "2021年", "20211"]) expect(parseYearField(bad)).toHaveProperty("error");
  });
});
