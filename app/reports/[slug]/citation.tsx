"use client";

import { useState } from "react";

/** The report's citation line (lib/import/report-source.ts citationLine) with a button that copies it. */
export function Citation({ text }: { text: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("no"); // no clipboard permission: the line stays selectable
    }
  };
  return (
    <p className="mt-2 flex flex-wrap items-baseline gap-2 text-sm text-stone-600">
      <span className="shrink-0 font-medium">引用：</span>
      <span data-testid="citation" className="min-w-0 break-words">{text}</span>
      <button type="button" onClick={copy} className="no-print rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:border-blue-400">
        复制引用
      </button>
      <span role="status" className="text-xs text-emerald-700">{copied === "yes" ? "已复制" : copied === "no" ? "无法访问剪贴板，请手动选择复制" : ""}</span>
    </p>
  );
}
