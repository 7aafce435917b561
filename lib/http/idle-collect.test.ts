import { describe, expect, it } from "vitest";
import { shouldCollect } from "./idle-collect";

const policy = { minHeapMb: 128, usedGrowth: 1.5, totalGrowth: 1.25, maxUtilization: 0.05 };
const idle = (usedMb: number, totalMb: number) => ({ usedMb, totalMb, utilization: 0.01 });

describe("shouldCollect", () => {
  it("collects the garbage of a burst once the server is idle (the load test's server: 184 MB used of 211 MB, 76 MB live)", () => {
    expect(shouldCollect(idle(184, 211), null, policy)).toBe(true);
    expect(shouldCollect(idle(184, 211), { usedMb: 76, totalMb: 100 }, policy)).toBe(true);
  });

  it("collects a heap that stays committed though little of it is used (95 MB used of 160 MB)", () => {
    expect(shouldCollect(idle(95, 160), null, policy)).toBe(true);
    expect(shouldCollect(idle(95, 160), { usedMb: 75, totalMb: 120 }, policy)).toBe(true);
  });

  it("never collects while the server is busy, however large the heap", () => {
    expect(shouldCollect({ usedMb: 900, totalMb: 950, utilization: 0.06 }, null, policy)).toBe(false);
    expect(shouldCollect({ usedMb: 900, totalMb: 950, utilization: 1 }, { usedMb: 76, totalMb: 100 }, policy)).toBe(false);
  });

  it("leaves a small heap alone (a server that has just started)", () => {
    expect(shouldCollect(idle(82, 102), null, policy)).toBe(false);
  });

  it("does not repeat a collection that could not shrink the heap", () => {
    // The collection left 75 MB used of 180 MB committed: the next idle look finds the same and leaves it.
    expect(shouldCollect(idle(76, 180), { usedMb: 75, totalMb: 180 }, policy)).toBe(false);
    expect(shouldCollect(idle(110, 220), { usedMb: 75, totalMb: 180 }, policy)).toBe(false);
    // A new burst grows it again: collect again.
    expect(shouldCollect(idle(120, 230), { usedMb: 75, totalMb: 180 }, policy)).toBe(true);
  });

  it("uses a default policy that collects the load test's idle heap and leaves a fresh server's alone", () => {
    expect(shouldCollect(idle(184, 211), null)).toBe(true);
    expect(shouldCollect(idle(82, 102), null)).toBe(false);
  });
});
