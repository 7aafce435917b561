import { describe, expect, it } from "vitest";
import { sharedFreshRead } from "./fresh-read";

/** A store whose reads resolve when the test says, each returning the value at the moment the read started. */
function store() {
  let value = 0;
  const reads: { startedWith: number; resolve: () => void }[] = [];
  const read = () =>
    new Promise<number>((resolve) => {
      const startedWith = value;
      reads.push({ startedWith, resolve: () => resolve(startedWith) });
    });
  return { read, reads, write: () => value++, finish: (i: number) => reads[i].resolve() };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("sharedFreshRead", () => {
  it("gives concurrent callers one read, and never one that began before their call", async () => {
    const s = store();
    const get = sharedFreshRead(s.read);
    const a = get();
    s.write(); // committed after a's read began, before b and c call
    const b = get();
    const c = get();
    expect(s.reads).toHaveLength(1); // b and c wait for a's read to end
    s.finish(0);
    expect(await a).toBe(0);
    await tick();
    expect(s.reads).toHaveLength(2); // then share one new read
    s.finish(1);
    expect(await b).toBe(1);
    expect(await c).toBe(1);
  });

  it("reads afresh for a caller after the reads have ended", async () => {
    const s = store();
    const get = sharedFreshRead(s.read);
    const first = get();
    s.finish(0);
    await first;
    s.write();
    const second = get();
    expect(s.reads).toHaveLength(2);
    s.finish(1);
    expect(await second).toBe(1);
  });

  it("passes a failed read's error to its callers and reads again for the next", async () => {
    let fail = true;
    const get = sharedFreshRead(async () => {
      if (fail) throw new Error("database gone");
      return 7;
    });
    await expect(get()).rejects.toThrow("database gone");
    fail = false;
    expect(await get()).toBe(7);
  });
});
