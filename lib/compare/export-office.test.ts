import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { compareSides } from "./compare-sides";
import { comparisonKind } from "./comparison-kind";
import { toCompareJson, type CompareReportRef } from "./compare-json";
import { toDocx } from "./export-docx";
import { toXlsx } from "./export-xlsx";
import { seedText } from "@/tests/support/seed-text";
import { readDocx, readXlsx, sheetRecords } from "@/tests/support/read-office";
import { sideInput } from "./side-from-analyzed";

// The 2020 Yuhang report against the news article about it, as `npx duizhao compare … --json` gives it.
function seedJson() {
  const [a, b] = ["001", "000"].map((n) => analyzeReport(seedText(n), { fileName: `${n}.txt` }));
  const ref = (slug: string, m: typeof a.metadata): CompareReportRef => ({ slug, title: m.title, region: m.region, reviewYear: m.reviewYear, planYear: m.planYear, kind: m.kind });
  const result = compareSides(sideInput(a, "all"), sideInput(b, "all"), { kind: comparisonKind(a.metadata, "all", b.metadata, "all") });
  return toCompareJson({ left: { report: ref("yuhang-2020-news", a.metadata), kinds: "all" }, right: { report: ref("yuhang-2020", b.metadata), kinds: "all" }, url: "/compare/yuhang-2020-news/yuhang-2020", result });
}

const json = seedJson();
const VIEW = "http://127.0.0.1:3000/compare/yuhang-2020-news/yuhang-2020";

describe("the Excel export", async () => {
  const sheets = await readXlsx(await toXlsx(json, VIEW));

  it("has the summary, indicator and row sheets", () => {
    expect(Object.keys(sheets)).toEqual(["摘要 Summary", "指标对照 Indicators", "对照行 Rows"]);
  });

  it("states both reports, the view's URL and every summary count", () => {
    const summary = Object.fromEntries(sheets["摘要 Summary"].slice(1).map(([key, , value]) => [key, value]));
    expect(summary.left).toContain(json.left.report.title);
    expect(summary.right).toContain(json.right.report.title);
    expect(summary.url).toBe(VIEW);
    for (const [key, count] of Object.entries(json.summary)) expect(summary[key], key).toBe(count);
  });

  it("holds every indicator pair of the JSON, values as numbers, delta with its unit, and links to both sentences", () => {
    const records = sheetRecords(sheets["指标对照 Indicators"]);
    expect(records.length).toBe(json.indicators.length);
    expect(json.indicators.length).toBeGreaterThan(5);
    json.indicators.forEach((p, i) => {
      const rec = records[i];
      expect([rec.id, rec.metric, rec.label, rec.status_code, rec.reason]).toEqual([p.id, p.metric, p.label, p.status, p.reason]);
      expect(rec.left_value).toBe(p.left?.value ?? null);
      expect(rec.right_value).toBe(p.right?.value ?? null);
      expect(rec.left_unit).toBe(p.left?.unit ?? null);
      expect(rec.delta).toBe(p.delta);
      expect(rec.delta_unit).toBe(p.delta === null ? null : p.unit);
      expect(rec.left_qualifiers).toBe(p.left ? p.left.qualifiers.join(" ") || null : null);
      expect(rec.left_link).toBe(p.left ? `http://127.0.0.1:3000/reports/yuhang-2020-news#${p.left.sentenceId}` : null);
      expect(rec.right_link).toBe(p.right ? `http://127.0.0.1:3000/reports/yuhang-2020#${p.right.sentenceId}` : null);
      if (p.left) expect(String(rec.left_text)).toContain(p.left.text);
    });
    // The 2020 GDP figure, read independently of the exporter: 726.47亿元 in the report.
    expect(records.some((r) => r.right_text === "726.47亿元" || String(r.right_text).includes("726.47"))).toBe(true);
  });

  it("holds every aligned row in order with both sentences", () => {
    const records = sheetRecords(sheets["对照行 Rows"]);
    expect(records.map((r) => r.id)).toEqual(json.rows.map((r) => r.id));
    json.rows.forEach((row, i) => {
      expect(records[i].status_code).toBe(row.status);
      expect(records[i].left).toBe(row.left?.text ?? null);
      expect(records[i].right).toBe(row.right?.text ?? null);
      expect(records[i].similarity).toBe(row.similarity);
    });
  });

  it("gives each row's effort cues and tone changes, and the tone counts apart from the commitment counts", () => {
    const records = sheetRecords(sheets["对照行 Rows"]);
    const toned = json.rows.filter((r) => r.tone?.left.length);
    expect(toned.length).toBeGreaterThan(0);
    for (const row of toned) {
      const cell = String(records[json.rows.indexOf(row)].left_tone);
      for (const cue of row.tone!.left) {
        expect(cell).toContain(cue.word);
        expect(cell).toContain(`(${cue.level})`);
      }
    }
    expect(records.filter((r, i) => !json.rows[i].tone).every((r) => r.left_tone === null && r.right_tone === null)).toBe(true);
    const summary = Object.fromEntries(sheets["摘要 Summary"].slice(1).map(([key, , value]) => [key, value]));
    expect([summary["tone.stronger"], summary["tone.weaker"]]).toEqual([json.tone!.stronger, json.tone!.weaker]);
  });

  it("keeps a formula-like sentence as text", async () => {
    const tricky = { ...json, rows: [{ ...json.rows[0], left: { id: "s-0", text: "=HYPERLINK(\"http://x\")", kind: "other" as const } }] };
    const back = sheetRecords((await readXlsx(await toXlsx(tricky, VIEW)))["对照行 Rows"]);
    expect(back[0].left).toBe("=HYPERLINK(\"http://x\")");
  });
});

describe("the Word export", async () => {
  const doc = await readDocx(await toDocx(json, VIEW));

  it("opens with both reports and the view's URL", () => {
    const head = doc.paragraphs.slice(0, 6).map((p) => p.text).join("\n");
    expect(head).toContain(`左侧：${json.left.report.title}`);
    expect(head).toContain(`右侧：${json.right.report.title}`);
    expect(head).toContain(`视图链接：${VIEW}`);
    expect(doc.links).toContain(VIEW);
    expect(head).toContain(`有变化 ${json.summary.changed}`);
  });

  it("has the indicator table, one line per pair", () => {
    const [table] = doc.tables;
    expect(table[0]).toEqual(["指标", "状态", "左侧", "右侧", "差值", "理由"]);
    expect(table.length - 1).toBe(json.indicators.length);
    json.indicators.forEach((p, i) => {
      expect(table[i + 1][0]).toBe(p.label);
      expect(table[i + 1][5]).toBe(p.reason);
      if (p.left) expect(table[i + 1][2]).toContain(p.left.text);
      if (p.right) expect(table[i + 1][3]).toContain(p.right.text);
      if (p.delta !== null) {
        // Read back in the scale it is written in (+433.4亿元, -0.7个百分点): the same amount and unit as the JSON.
        const written = /^([+-]?\d+(?:\.\d+)?)(万亿|亿|万)?(.*)$/.exec(table[i + 1][4])!;
        const factor = { 万亿: 1e12, 亿: 1e8, 万: 1e4 }[written[2] as "万亿" | "亿" | "万"] ?? 1;
        expect(Math.abs(Number(written[1]) * factor - p.delta)).toBeLessThanOrEqual(Math.abs(p.delta) * 1e-3);
        expect(written[3]).toBe(p.unit);
      }
    });
    expect(json.indicators.some((p) => p.delta !== null)).toBe(true);
  });

  it("lists each changed sentence with deletions struck in red and insertions underlined", () => {
    const changed = json.rows.filter((r) => r.status === "changed");
    expect(changed.length).toBeGreaterThan(3);
    for (const row of changed) {
      const para = doc.paragraphs.find((p) => p.runs[0]?.text.trim() === row.id);
      expect(para, row.id).toBeDefined();
      expect(para!.text).toBe(`${row.id}  ${row.diff.map((d) => d.text).join("")}`);
      const struck = para!.runs.filter((r) => r.strike).map((r) => r.text);
      const underlined = para!.runs.filter((r) => r.underline).map((r) => r.text);
      expect(struck).toEqual(row.diff.filter((d) => d.op === "delete").map((d) => d.text));
      expect(underlined).toEqual(row.diff.filter((d) => d.op === "insert").map((d) => d.text));
      for (const r of para!.runs.filter((r) => r.strike)) expect(r.color?.toUpperCase()).toMatch(/^(C00000|FF0000)$/);
    }
  });
});
