import Link from "next/link";
import { AutoRefresh } from "./auto-refresh";

/**
 * A large pair that is being computed in a worker (compare-jobs.ts): the page says so and reloads itself after the
 * server's Retry-After (in place with JavaScript, by a meta refresh without it), with a link to reload at once.
 */
export function ComparisonPending({ title, href, since, retryAfter }: { title: string; href: string; since: number; retryAfter: number }) {
  return (
    <div className="space-y-3" data-comparison-state="computing">
      <noscript><meta httpEquiv="refresh" content={String(retryAfter)} /></noscript>
      <AutoRefresh seconds={retryAfter} />
      <p className="text-sm text-stone-600"><Link href="/" className="underline-offset-2 hover:text-blue-700 hover:underline">报告库</Link> / 对照</p>
      <h1 className="text-xl font-bold leading-snug sm:text-2xl">{title}</h1>
      <div role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
        <p className="font-semibold">正在计算对照… <span className="font-normal text-stone-600">Computing the comparison</span></p>
        <p className="mt-1 text-sm text-stone-700">
          这两份报告较长，对照在后台计算（开始于 <time dateTime={new Date(since).toISOString()}>{new Date(since).toISOString().slice(11, 19)} UTC</time>），完成后本页自动显示；其他页面照常可用。{" "}
          This page reloads every {retryAfter} s until it is ready.
        </p>
        <p className="mt-2 text-sm"><a href={href} className="text-blue-800 underline underline-offset-2">立即刷新 / reload now</a></p>
      </div>
    </div>
  );
}

/** A pair the server will not compare (too large, or over its time budget), with the reason and a way back. */
export function ComparisonRefused({ title, message, reports }: { title: string; message: string; reports: { slug: string; name: string }[] }) {
  return (
    <div className="space-y-3" data-comparison-state="failed">
      <p className="text-sm text-stone-600"><Link href="/" className="underline-offset-2 hover:text-blue-700 hover:underline">报告库</Link> / 对照</p>
      <h1 className="text-xl font-bold leading-snug sm:text-2xl">{title}</h1>
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        <p className="font-semibold">无法计算这组对照 <span className="font-normal text-stone-600">This comparison cannot be computed</span></p>
        <p className="mt-1 text-sm text-stone-700">{message}</p>
        <p className="mt-2 text-sm">
          分别阅读 / read each:{" "}
          {reports.map((r, i) => (
            <span key={r.slug}>
              {i > 0 && " · "}
              <Link href={`/reports/${encodeURIComponent(r.slug)}`} className="text-blue-800 underline underline-offset-2">{r.name}</Link>
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
