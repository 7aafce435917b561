import { describe, expect, it } from "vitest";
import { CHANGE_LABELS, INDICATOR_STATUS_LABELS, ROW_STATUS_LABELS } from "@/lib/format/compare-labels";
import { KIND_LABELS, PART_LABELS, SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import {
  CHANGE_TYPES, INDICATOR_STATUSES, PARTS, REPORT_KINDS, ROW_STATUSES, SCALE_POWER, SCALES, SENTENCE_LABELS, VERDICTS,
  indicatorStatusSchema, reportKindSchema, scaleSchema,
} from "./index";

const sorted = (values: readonly string[]) => [...values].sort();

describe("the vocabulary", () => {
  it("gives each Chinese scale word its power of ten", () => {
    // 百 hundred, 千 thousand, 万 ten thousand, 亿 a hundred million, 万亿 a million million.
    expect(SCALE_POWER).toEqual({ 百: 2, 千: 3, 万: 4, 亿: 8, 万亿: 12 });
    expect(sorted(SCALES)).toEqual(sorted(Object.keys(SCALE_POWER)));
    expect(scaleSchema.safeParse("十").success).toBe(false);
  });

  it("has a label for every value and none for a value it does not have", () => {
    expect(sorted(Object.keys(KIND_LABELS))).toEqual(sorted(REPORT_KINDS));
    expect(sorted(Object.keys(PART_LABELS))).toEqual(sorted(PARTS));
    expect(sorted(Object.keys(SENTENCE_KIND_LABELS))).toEqual(sorted(SENTENCE_LABELS));
    expect(sorted(Object.keys(ROW_STATUS_LABELS))).toEqual(sorted(ROW_STATUSES));
    expect(sorted(Object.keys(INDICATOR_STATUS_LABELS))).toEqual(sorted(INDICATOR_STATUSES));
    expect(sorted(Object.keys(CHANGE_LABELS))).toEqual(sorted(CHANGE_TYPES));
  });

  it("parses what the arrays list and refuses the rest", () => {
    expect(REPORT_KINDS.map((k) => reportKindSchema.parse(k))).toEqual([...REPORT_KINDS]);
    expect(reportKindSchema.safeParse("problem").success).toBe(false);
    for (const verdict of VERDICTS) expect(indicatorStatusSchema.parse(verdict)).toBe(verdict);
  });
});
