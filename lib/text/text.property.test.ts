// Properties of the text pipeline on any string: segmentation covers the text with no overlap, sentence offsets are
// ordered, in range and round-trip, nothing throws. Cases run in a worker with a safety timeout (a hang fails, it
// does not stall the run); no speed is asserted.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { codeUnit, anyPlane, reportish } from "@/tests/support/fuzz/arbitraries";
import { createCheckRunner } from "@/tests/support/fuzz/run-in-worker";

const runner = createCheckRunner();
afterAll(() => runner.close());
const CASE_TIMEOUT_MS = 20_000;

const generators = {
  "arbitrary strings": fc.string({ maxLength: 300 }),
  "arbitrary UTF-16 code units (lone surrogates)": fc.string({ unit: codeUnit, maxLength: 300 }),
  "code points from every plane": fc.string({ unit: anyPlane, maxLength: 200 }),
  "report-shaped noise": reportish(250),
};

describe("processText on any string", () => {
  for (const [name, arbitrary] of Object.entries(generators)) {
    it(`keeps sentence offsets ordered, in range and round-tripping: ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (text) => {
          expect(await runner.run("text", [text], CASE_TIMEOUT_MS)).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    }, 240_000);
  }
});

describe("segmentParagraph on any string", () => {
  for (const [name, arbitrary] of Object.entries(generators).slice(1)) {
    it(`covers every non-blank character exactly once: ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (text) => {
          expect(await runner.run("segmentation", [text], CASE_TIMEOUT_MS)).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    }, 240_000);
  }
});
