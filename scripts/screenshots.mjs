// Takes screenshots of the main pages at desktop and phone widths (for looking at what we built).
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path…]   (NO_JS=1: with JavaScript off, files named nojs-…)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const [base = "http://127.0.0.1:3000", out = "screenshots", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/", "/reports/yuhang-2020", "/reports/xihu-2012#s-12", "/compare/yuhang-2020-news/yuhang-2020", "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal", "/regions/yuhang", "/import", "/search?q=增长"];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  const noJs = Boolean(process.env.NO_JS);
  const page = await browser.newPage({ viewport, locale: "zh-CN", javaScriptEnabled: !noJs });
  for (const p of pages) {
    await page.goto(base + p, { waitUntil: "load" });
    // Pages stream in after their loading shell: wait for the real heading.
    await page.locator("main h1").first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(400);
    const file = `${out}/${noJs ? "nojs-" : ""}${name}-${p.replace(/[^\w\u4e00-\u9fff-]+/g, "_").replace(/^_|_$/g, "") || "home"}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
  }
  await page.close();
}
await browser.close();
