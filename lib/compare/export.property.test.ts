// Export cells on any string: a CSV cell never starts like a formula (unless it is a plain number) and reads back as
// the text (with the neutralising quote); a Markdown cell carries no markup, line break or column break.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, markdownCell } from "./export";
import { codeUnit, reportish } from "@/tests/support/fuzz/arbitraries";

const cellText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: codeUnit, maxLength: 80 }),
  reportish(20),
  fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", " =", "-1", "+1"), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
);

/** One RFC 4180 field back to its value. */
function readCsvField(field: string): string {
  if (!field.startsWith('"')) return field;
  expect(field.endsWith('"')).toBe(true);
  const inner = field.slice(1, -1);
  expect(inner.replace(/""/g, "")).not.toContain('"');
  return inner.replace(/""/g, '"');
}

describe("export cells on any string", () => {
  it("CSV: no formula can start a cell, and the value reads back", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const value = readCsvField(csvCell(text));
        if (!/^-?\d+(\.\d+)?$/.test(value)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
        expect(value === text || value === `'${text}`).toBe(true);
        if (/[",\r\n]/.test(text)) expect(csvCell(text).startsWith('"')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("Markdown: no tag, no line break, no unescaped column separator", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const cell = markdownCell(text);
        expect(cell.replace(/<br>/g, "")).not.toMatch(/[<>\r\n]/);
        expect(cell.replace(/\\\|/g, "")).not.toContain("|");
        expect(cell.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toMatch(/["']/);
      }),
      { numRuns: 1000 },
    );
  });
});
