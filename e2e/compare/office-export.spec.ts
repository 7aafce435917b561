import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readDocx, readXlsx, sheetRecords } from "../../tests/support/read-office";

type Json = {
  url: string;
  left: { report: { title: string } };
  right: { report: { title: string } };
  summary: Record<string, number>;
  rows: { id: string; status: string; left: { text: string } | null; right: { text: string } | null; diff: { op: string; text: string }[] }[];
  indicators: { id: string; label: string; status: string; delta: number | null; unit: string; reason: string; left: { value: number; sentenceId: string } | null; right: { value: number; sentenceId: string } | null }[];
};

async function download(page: Page, name: string) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("link", { name }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const VIEW = "/compare/yuhang-2020-news/yuhang-2020";

test("the Excel download from the compare page holds the JSON API's comparison, cell by cell", async ({ page, request }) => {
  await page.goto(VIEW);
  const file = await download(page, "导出 Excel");
  expect(file.name).toBe("duizhao_yuhang-2020-news-all_vs_yuhang-2020-all.xlsx");
  const json: Json = await (await request.get("/api/compare?left=yuhang-2020-news&right=yuhang-2020")).json();
  const sheets = await readXlsx(file.bytes);

  const summary = Object.fromEntries(sheets["摘要 Summary"].slice(1).map(([key, , value]) => [key, value]));
  expect(summary.url).toBe(new URL(VIEW, page.url()).href);
  expect(summary.left).toContain(json.left.report.title);
  for (const [key, count] of Object.entries(json.summary)) expect(summary[key], key).toBe(count);
  // The count the page itself shows.
  expect(summary.changed).toBe(Number(await page.locator('[data-summary="changed"]').textContent()));

  const pairs = sheetRecords(sheets["指标对照 Indicators"]);
  expect(pairs.length).toBe(json.indicators.length);
  json.indicators.forEach((p, i) => {
    expect([pairs[i].id, pairs[i].label, pairs[i].status_code, pairs[i].reason, pairs[i].delta]).toEqual([p.id, p.label, p.status, p.reason, p.delta]);
    expect([pairs[i].left_value, pairs[i].right_value]).toEqual([p.left?.value ?? null, p.right?.value ?? null]);
    expect(pairs[i].delta_unit).toBe(p.delta === null ? null : p.unit);
  });
  // A link of the sheet opens the sentence it names in the reader.
  const linked = json.indicators.find((p) => p.right)!;
  const link = String(pairs[json.indicators.indexOf(linked)].right_link);
  expect(link).toMatch(new RegExp(`/reports/yuhang-2020#${linked.right!.sentenceId}$`));
  await page.goto(link);
  await expect(page.locator(`[id="${linked.right!.sentenceId}"]`)).toBeVisible();

  const rows = sheetRecords(sheets["对照行 Rows"]);
  expect(rows.map((r) => [r.id, r.status_code, r.left, r.right])).toEqual(json.rows.map((r) => [r.id, r.status, r.left?.text ?? null, r.right?.text ?? null]));
});

test("the Word download holds the title block, the indicator table and the changed sentences marked", async ({ page, request }) => {
  await page.goto(VIEW);
  const file = await download(page, "导出 Word");
  expect(file.name).toBe("duizhao_yuhang-2020-news-all_vs_yuhang-2020-all.docx");
  const json: Json = await (await request.get("/api/compare?left=yuhang-2020-news&right=yuhang-2020")).json();
  const doc = await readDocx(file.bytes);

  const head = doc.paragraphs.slice(0, 6).map((p) => p.text).join("\n");
  expect(head).toContain(`左侧：${json.left.report.title}`);
  expect(head).toContain(`右侧：${json.right.report.title}`);
  expect(doc.links).toContain(new URL(VIEW, page.url()).href);

  const [table] = doc.tables;
  expect(table.slice(1).map((cells) => [cells[0], cells[5]])).toEqual(json.indicators.map((p) => [p.label, p.reason]));

  const changed = json.rows.filter((r) => r.status === "changed");
  expect(changed.length).toBeGreaterThan(0);
  for (const row of changed) {
    const para = doc.paragraphs.find((p) => p.runs[0]?.text.trim() === row.id)!;
    expect(para.runs.filter((r) => r.strike).map((r) => r.text)).toEqual(row.diff.filter((d) => d.op === "delete").map((d) => d.text));
    expect(para.runs.filter((r) => r.underline).map((r) => r.text)).toEqual(row.diff.filter((d) => d.op === "insert").map((d) => d.text));
  }
});

test("a filtered view exports only what it shows, at phone width too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${VIEW}?only=changed`);
  await page.getByRole("button", { name: "▸ 导出" }).click();
  const file = await download(page, "导出 Excel");
  expect(file.name).toBe("duizhao_yuhang-2020-news-all_vs_yuhang-2020-all_only-changed.xlsx");
  const rows = sheetRecords((await readXlsx(file.bytes))["对照行 Rows"]);
  expect(rows.length).toBe(await page.locator("#compare-rows li.row-item").count());
  expect(rows.every((r) => r.status_code === "changed")).toBe(true);
});
