import type { Metadata } from "next";
import Link from "next/link";
import { NavigationStatus } from "./components/navigation-status";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Duizhao 对照 — 政府工作报告对照阅读", template: "%s — Duizhao" },
  description: "并排阅读政府工作报告：目标与实绩逐句对照 / Read Chinese government work reports side by side: goals versus achievements.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <a href="#main" className="skip-link">跳到正文 / Skip to content</a>
        {/* No Suspense boundary anywhere in the page: without JavaScript a boundary left waiting hides its content (015a). */}
        <NavigationStatus />
        <header className="no-print sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-2" aria-label="主导航">
            <Link href="/" className="text-lg font-bold tracking-wide text-stone-900">
              对照 <span className="text-sm font-normal text-stone-600">Duizhao</span>
            </Link>
            <Link href="/" className="text-stone-700 hover:text-blue-700">报告库</Link>
            <Link href="/compare" className="text-stone-700 hover:text-blue-700">对照</Link>
            <Link href="/search" className="text-stone-700 hover:text-blue-700">搜索</Link>
            <Link href="/import" className="text-stone-700 hover:text-blue-700">导入</Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">{children}</main>
      </body>
    </html>
  );
}
