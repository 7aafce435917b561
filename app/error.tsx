"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">页面暂时无法显示</h1>
      <p className="mt-2 text-stone-600">Something went wrong while loading this page. {error.digest ? `(ref ${error.digest})` : null}</p>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">重试 / Retry</button>
        <Link href="/" className="rounded border border-stone-300 px-4 py-2 hover:bg-stone-100">返回报告库</Link>
      </div>
    </div>
  );
}
