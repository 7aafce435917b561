import { afterAll, describe, expect, it } from "vitest";
import { createCheckRunner } from "./run-in-worker";

const runner = createCheckRunner();
afterAll(() => runner.close());

describe("the fuzz runner", () => {
  it("fails a case that hangs instead of stalling, and keeps working afterwards", async () => {
    expect(await runner.run("hang", [""], 1000)).toEqual([expect.stringMatching(/did not finish within 1000 ms/)]);
    expect(await runner.run("text", ["各位代表:今年增长6%。"], 20_000)).toEqual([]);
  }, 60_000);
});
