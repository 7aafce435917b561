// Security headers and request size limits. Why this CSP and not a nonce-based one: docs/decisions/004-security-headers.md.
const isDev = process.env.NODE_ENV !== "production";

/** As strict as Next allows while pages stay static-capable: no nonces, so inline scripts need 'unsafe-inline'. */
const contentSecurityPolicy = [
  "default-src 'self'",
  // Next's bootstrap (self.__next_f.push…) is inline; React refresh in `next dev` also needs eval.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pdf.js starts its worker with a dynamic import of its own file, and mammoth reads its files at run time: both
  // must load from node_modules, not from a bundle.
  // @node-rs/jieba loads its native binding (a .node file) at run time.
  // Every page's <title> and meta tags are rendered in <head> before the page is sent, for every reader, as Next does
  // for bots: streamed metadata waits in a Suspense boundary that only a script resolves, and a page must read whole
  // without JavaScript (decisions 014c, 015a).
  htmlLimitedBots: /./,
  serverExternalPackages: ["pdfjs-dist", "mammoth", "@node-rs/jieba"],
  experimental: {
    // The import form sends up to a few 5 MB files (lib/import MAX_INPUT_BYTES); the route handler allows 4 × 5 MB.
    serverActions: { bodySizeLimit: "21mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
