import { describe, expect, it } from "vitest";
import { formatBudget } from "./duration";

describe("formatBudget", () => {
  it("says a sub-second budget in milliseconds, never 0 seconds", () => {
    expect(formatBudget(1)).toEqual({ zh: "1 毫秒", en: "1 ms" });
    expect(formatBudget(250)).toEqual({ zh: "250 毫秒", en: "250 ms" });
    expect(formatBudget(999.4)).toEqual({ zh: "999 毫秒", en: "999 ms" });
    expect(formatBudget(999.6)).toEqual({ zh: "1 秒", en: "1 s" });
  });

  it("gives one decimal between one and ten seconds, and drops a zero decimal", () => {
    expect(formatBudget(1000)).toEqual({ zh: "1 秒", en: "1 s" });
    expect(formatBudget(1500)).toEqual({ zh: "1.5 秒", en: "1.5 s" });
    expect(formatBudget(9940)).toEqual({ zh: "9.9 秒", en: "9.9 s" });
  });

  it("gives whole seconds from ten seconds on (the default budgets are 120 s)", () => {
    expect(formatBudget(12_400)).toEqual({ zh: "12 秒", en: "12 s" });
    expect(formatBudget(120_000)).toEqual({ zh: "120 秒", en: "120 s" });
  });
});
