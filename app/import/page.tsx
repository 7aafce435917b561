import type { Metadata } from "next";
import { ImportForm } from "./import-form";
import { adminTokenRequired } from "@/lib/http/request-access";

export const metadata: Metadata = { title: "导入报告" };
export const dynamic = "force-dynamic";

export default function ImportPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">导入报告 <span className="text-base font-normal text-stone-500">Import reports</span></h1>
      <p className="text-stone-600">
        导入后自动识别地区、年份、类型，逐句标注目标与实绩并提取指标。原文按原样保存，从不改写；相同文本不会重复保存。
      </p>
      <ImportForm needsToken={adminTokenRequired()} />
    </div>
  );
}
