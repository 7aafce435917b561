import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { toReportJson } from "./report-json";
import { reportJsonSchema } from "./report-json-schema";
import { readSeed, SEED_FILES } from "./seed-texts.test-helper";

describe("analyzeReport + toReportJson on the seeds", () => {
  it.each(SEED_FILES)("%s: output validates against the documented contract", (file) => {
    const stored = readSeed(file);
    const analyzed = analyzeReport(stored, { fileName: file });
    const json = toReportJson(`seed-${file.slice(0, 3)}`, analyzed);
    const parsed = reportJsonSchema.safeParse(json);
    if (!parsed.success) console.log(parsed.error.issues.slice(0, 5));
    expect(parsed.success).toBe(true);
    expect(Object.keys(json)).toEqual(["report", "sentences"]);
    expect(Object.keys(json.sentences[0]).sort()).toEqual(
      ["id", "index", "text", "start", "end", "role", "kind", "subtype", "section", "reason", "confidence", "indicators"].sort(),
    );

    let indicators = 0;
    for (const s of json.sentences) {
      expect(s.id).toBe(`s-${s.index}`);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(stored.length);
      for (const i of s.indicators) {
        expect(s.text.slice(i.start, i.end)).toBe(i.text);
        indicators++;
      }
    }
    const count = (kind: string) => json.sentences.filter((s) => s.kind === kind).length;
    console.log(`${file}: ${json.sentences.length} sentences, goal ${count("goal")}, achievement ${count("achievement")}, other ${count("other")}, indicators ${indicators}`);
  });

  it("never throws on empty or odd input", () => {
    for (const text of ["", "   ", "\n\n", "各位代表:", "1、2、3。", "%%%%"]) {
      const json = toReportJson("x", analyzeReport(text));
      expect(reportJsonSchema.safeParse(json).success).toBe(true);
    }
  });
});
