"use client";

import { useActionState } from "react";
import type { ReportSummary } from "@/lib/data/reports";
import { correctAction, deleteAction, type ManageState } from "./actions";

type Meta = Pick<ReportSummary, "title" | "region" | "reviewYear" | "planYear" | "kind" | "speaker" | "meetingDate" | "origin"> & { slug: string };

const input = "w-full rounded border border-stone-300 px-2 py-1";

/** Correct detected metadata by hand (kept across re-analysis), or delete the report after confirmation. */
export function ManagePanel({ meta, regions, needsToken }: { meta: Meta; regions: string[]; needsToken: boolean }) {
  const [corrected, correct, correcting] = useActionState<ManageState, FormData>(correctAction.bind(null, meta.slug), {});
  const [deleted, remove, deleting] = useActionState<ManageState, FormData>(deleteAction.bind(null, meta.slug), {});
  const token = needsToken ? <input name="token" type="password" aria-label="管理令牌" placeholder="管理令牌 admin token" className={input} /> : null;
  return (
    <details className="no-print mt-10 rounded border border-stone-200 bg-white p-3">
      <summary className="cursor-pointer font-semibold">管理：更正信息或删除 <span className="font-normal text-stone-500">Manage</span></summary>
      <form action={correct} className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <label className="sm:col-span-2">标题<input name="title" defaultValue={meta.title} className={input} /></label>
        <label>地区
          <input name="region" list="known-regions" defaultValue={meta.region ?? ""} className={input} />
          <datalist id="known-regions">{regions.map((r) => <option key={r} value={r} />)}</datalist>
        </label>
        <label>类型
          <select name="kind" defaultValue={meta.kind} className={input}>
            <option value="report">全文报告</option>
            <option value="excerpt">摘登</option>
            <option value="news">新闻报道</option>
            <option value="document">相关文件（计划报告、分工方案、统计公报…）</option>
          </select>
        </label>
        <label>回顾年份<input name="reviewYear" type="number" min={1949} max={2100} defaultValue={meta.reviewYear ?? ""} className={input} /></label>
        <label>计划年份<input name="planYear" type="number" min={1949} max={2100} defaultValue={meta.planYear ?? ""} className={input} /></label>
        <label>报告人<input name="speaker" defaultValue={meta.speaker ?? ""} className={input} /></label>
        <label>会议日期<input name="meetingDate" defaultValue={meta.meetingDate ?? ""} placeholder="2020-01-18" className={input} /></label>
        <label className="sm:col-span-2">来源网址<input name="sourceUrl" type="url" defaultValue={meta.origin.url ?? ""} placeholder="https://…" className={input} /></label>
        <label>发布机构<input name="publisher" defaultValue={meta.origin.publisher ?? ""} className={input} /></label>
        <label>发布日期<input name="published" type="date" defaultValue={meta.origin.published ?? ""} className={input} /></label>
        <label>访问日期<input name="retrieved" type="date" defaultValue={meta.origin.retrieved ?? ""} className={input} /></label>
        {token}
        <div className="flex items-center gap-3 sm:col-span-2">
          <button disabled={correcting} className="rounded bg-blue-700 px-4 py-1.5 text-white hover:bg-blue-800 disabled:opacity-60">保存更正</button>
          {corrected.ok ? <span role="status" className="text-emerald-700">已保存，分析已按更正重建</span> : null}
          {corrected.error ? <span role="alert" className="text-red-700">{corrected.error}</span> : null}
        </div>
      </form>
      <form action={remove} className="mt-4 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3 text-sm">
        <label>删除此报告：输入 <code className="rounded bg-stone-100 px-1">{meta.slug}</code> 确认
          <input name="confirm" aria-label="输入报告标识以确认删除" autoComplete="off" className="ml-2 rounded border border-stone-300 px-2 py-1" />
        </label>
        {token}
        <button disabled={deleting} className="rounded bg-red-700 px-4 py-1.5 text-white hover:bg-red-800 disabled:opacity-60">删除 Delete</button>
        {deleted.error ? <span role="alert" className="text-red-700">{deleted.error}</span> : null}
      </form>
    </details>
  );
}
