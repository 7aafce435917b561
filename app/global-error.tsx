"use client";

// The last boundary: replaces the root layout when it fails. No message or stack from the error reaches the page,
// only Next's digest, which matches the server log line.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main role="alert" style={{ maxWidth: "36rem", margin: "4rem auto", textAlign: "center", padding: "0 1rem" }}>
          <h1 style={{ fontSize: "1.5rem" }}>服务暂时不可用</h1>
          <p style={{ color: "#57534e" }}>
            The service is temporarily unavailable (for example, the database cannot be reached). Please try again in a moment.
            {error.digest ? ` (ref ${error.digest})` : null}
          </p>
          <p style={{ marginTop: "1.5rem", display: "flex", gap: "0.75rem", justifyContent: "center" }}>
            <button type="button" onClick={reset}>重试 / Retry</button>
            {/* A full page load, not a client navigation: the root layout itself failed and must be rebuilt. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">返回报告库 / Library</a>
          </p>
        </main>
      </body>
    </html>
  );
}
