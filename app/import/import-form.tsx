"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importAction, type ImportState } from "./actions";
import { FileDrop } from "./file-drop";

const STATUS = { imported: "✓ 已导入", duplicate: "= 重复", failed: "✗ 失败" } as const;

export function ImportForm({ needsToken }: { needsToken: boolean }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { outcomes: [] });
  return (
    <form action={action} className="space-y-4">
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <label htmlFor="files" className="block font-semibold">上传文件 Upload files</label>
        <p className="text-sm text-stone-500">可多选。支持 UTF-8 / UTF-16 / GBK(GB18030) 文本、网页 HTML、PDF（有文字层）、Word（.docx）、繁体中文；每个文件不超过 5 MB。</p>
        <FileDrop />
      </div>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <label htmlFor="text" className="block font-semibold">或粘贴全文 Or paste the text</label>
        <textarea id="text" name="text" rows={8} className="mt-2 w-full rounded border border-stone-300 p-2" placeholder="将政府工作报告全文粘贴到这里…" />
        <label className="mt-2 block text-sm">
          名称（可选）<input name="name" className="ml-2 rounded border border-stone-300 px-2 py-0.5" placeholder="如 余杭区2021.txt" />
        </label>
      </div>
      <div className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
        <label htmlFor="year" className="font-semibold">报告年份（可选） Year delivered</label>
        <input id="year" name="year" inputMode="numeric" pattern="\d{4}" maxLength={4} className="ml-2 w-20 rounded border border-stone-300 px-2 py-0.5" placeholder="2021" />
        <p className="mt-1 text-stone-600">仅在文中看不出年份时使用（如无标题的摘录）；文中写明的年份优先。Used only when the text does not say its year.</p>
      </div>
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
        <legend className="px-1 font-semibold">来源（可选） Source</legend>
        <p className="text-stone-600">用于引用；网页和PDF自带的来源信息会自动读取，这里填写的优先。Used for citations; what you enter here wins over what the file declares.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          <label className="sm:col-span-3">来源网址 URL<input name="source_url" type="url" placeholder="https://www.gov.cn/…" className="ml-2 w-full rounded border border-stone-300 px-2 py-0.5 sm:w-2/3" /></label>
          <label>发布机构 Publisher<input name="publisher" className="mt-1 block w-full rounded border border-stone-300 px-2 py-0.5" /></label>
          <label>发布日期 Published<input name="published" type="date" className="mt-1 block w-full rounded border border-stone-300 px-2 py-0.5" /></label>
        </div>
      </fieldset>
      {needsToken ? (
        <label className="block text-sm">
          管理令牌 Admin token <input name="token" type="password" autoComplete="off" className="ml-2 rounded border border-stone-300 px-2 py-0.5" />
        </label>
      ) : null}
      <button disabled={pending} className="rounded bg-blue-700 px-5 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "正在导入…" : "导入 Import"}
      </button>
      {state.error ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{state.error}</p> : null}
      {state.outcomes.length > 0 ? (
        <ul aria-label="导入结果" className="space-y-1 rounded border border-stone-200 bg-white p-3">
          {state.outcomes.map((o, i) => (
            <li key={i} data-status={o.status} className={o.status === "failed" ? "text-red-800" : o.status === "duplicate" ? "text-amber-800" : "text-emerald-800"}>
              <strong>{STATUS[o.status]}</strong> {o.fileName}
              {o.status === "failed" ? `：${o.message}` : null}
              {o.status !== "failed" ? (
                <>
                  {o.status === "duplicate" ? "：与已有报告相同 " : " → "}
                  <Link href={`/reports/${o.slug}`} className="underline">{o.title}</Link>
                  {o.status === "imported" && o.version > 1 ? `（第${o.version}版）` : null}
                  {o.status === "imported" && o.warnings?.length ? <span className="block text-amber-800">⚠ {o.warnings.join("；")}</span> : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
