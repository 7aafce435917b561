// The thirty-fourth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { achieved } from "./test-readers";

describe("words that open on a character the name-cleaner strips as a lead", () => {
  it("keeps 从业 and 从事 (engaged in), which are no 从 (from)", () => {
    expect(achieved("全县纺织服装产业新增就业2.3万人，从业人员达到13.6万人。").map((i) => i.label)).toContain("从业人员");
    expect(achieved("从事农业的人员减少到3万人。")[0].label).toMatch(/^从事农业/);
  });

  it("drops 及时 (promptly) with the verb after it", () => {
    expect(achieved("及时发放临时生活救助金1.86亿元。")[0].label).toBe("临时生活救助金");
  });
});
