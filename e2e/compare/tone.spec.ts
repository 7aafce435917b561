import { expect, test } from "@playwright/test";

// Hangzhou's 2021 plan against Yuhang's 2020 report: both hold task sentences with effort cues.
const VIEW = "/compare/hangzhou-2021-excerpt/yuhang-2020";
type Cue = { word: string; level: number; reason: string };
type Json = { tone: { stronger: number; weaker: number; left: Record<string, number> }; rows: { id: string; tone?: { left: Cue[]; right: Cue[] } }[] };

test("each row with an effort cue shows it marked, with its reason, and the tone counts sit apart from the commitment tiles", async ({ page, request }) => {
  const json: Json = await (await request.get(`/api/compare?left=hangzhou-2021-excerpt&right=yuhang-2020`)).json();
  await page.goto(VIEW);
  const line = page.locator("[data-tone-summary]");
  await expect(line).toContainText("力度 Effort tone");
  await expect(line.locator('[data-tone-count="stronger"]')).toHaveText(String(json.tone.stronger));
  await expect(line.locator('[data-tone-count="weaker"]')).toHaveText(String(json.tone.weaker));
  await expect(line).toContainText(`左侧 坚决级 ${json.tone.left["4"]}`);
  // Not one of the clickable commitment tiles.
  await expect(page.getByRole("list", { name: "对照摘要（点击筛选）" }).locator("[data-tone-summary]")).toHaveCount(0);

  const toned = json.rows.filter((r) => r.tone?.left.length);
  expect(toned.length).toBeGreaterThan(3);
  const row = toned[0];
  // A row inside a long unchanged run is not sent with the page: its link opens the run (issue 13 paging).
  await page.goto(`${VIEW}#${row.id}`);
  await expect(page.locator(`[id="${row.id}"]`)).toHaveCount(1);
  // Folded rows hold their chips too; open them all so that the row is visible.
  const folded = page.locator("#compare-rows details:not([open]) > summary");
  while ((await folded.count()) > 0) await folded.first().click();
  const chip = page.locator(`[id="${row.id}"] [data-tone] .chip`).first();
  await expect(chip).toBeVisible();
  const strongest = row.tone!.left.reduce((a, b) => (b.level > a.level ? b : a));
  await expect(chip.locator("mark")).toHaveText(strongest.word);
  await expect(chip).toHaveAttribute("title", new RegExp(`力度 ${strongest.level}/4.*自动判断.*${strongest.word}`));
});
