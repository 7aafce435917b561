"use client";

import { useState } from "react";

/** Copy the current view's link, and download the current view as CSV, Markdown, Excel or Word. */
export function ShareActions({ exportBase }: { exportBase: string }) {
  const [copied, setCopied] = useState(false);
  // On a phone the five actions fold behind one button.
  const [open, setOpen] = useState(false);
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      window.prompt("复制此链接 / copy this link", url);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const link = "rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400";
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm">
      <button type="button" onClick={copy} className={link}>{copied ? "已复制 ✓" : "复制链接"}</button>
      <button type="button" className={`${link} sm:hidden`} aria-expanded={open} aria-controls="share-more" onClick={() => setOpen(!open)}>{open ? "▾" : "▸"} 导出</button>
      <span id="share-more" className={`${open ? "flex" : "hidden"} flex-wrap items-center gap-2 sm:flex`}>
      <a href={`${exportBase}&format=csv&table=rows`} className={link} download>导出 CSV</a>
      <a href={`${exportBase}&format=csv&table=indicators`} className={link} download>对照表 CSV</a>
      <a href={`${exportBase}&format=md`} className={link} download>导出 Markdown</a>
      <a href={`${exportBase}&format=xlsx`} className={link} download>导出 Excel</a>
      <a href={`${exportBase}&format=docx`} className={link} download>导出 Word</a>
      <button type="button" onClick={() => window.print()} className={link}>打印对照表</button>
      </span>
    </div>
  );
}
