"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { correctReport, deleteReport } from "@/lib/data/report-imports";
import { checkWriteAccess } from "@/lib/http/request-access";

export interface ManageState {
  ok?: boolean;
  error?: string;
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim();
const year = (value: string) => (value === "" ? null : Number(value));

/** Store corrected metadata; the stored text stays as it is and the analysis is rebuilt with the corrections. */
export async function correctAction(slug: string, _previous: ManageState, form: FormData): Promise<ManageState> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { error: denied };
  const corrections: Record<string, unknown> = {};
  for (const key of ["title", "region", "speaker", "meetingDate"]) if (text(form, key)) corrections[key] = text(form, key);
  for (const key of ["reviewYear", "planYear"]) if (form.has(key)) corrections[key] = year(text(form, key));
  if (text(form, "kind")) corrections.kind = text(form, "kind");
  // Source fields: an emptied field clears that field.
  const source: Record<string, string> = {};
  for (const [field, key] of [["sourceUrl", "url"], ["publisher", "publisher"], ["published", "published"], ["retrieved", "retrieved"]]) {
    if (form.has(field)) source[key] = text(form, field);
  }
  if (Object.keys(source).length) corrections.source = source;
  const result = await correctReport({ slug, corrections });
  if (!result.ok) return { error: `更正无效 / invalid correction: ${result.error}` };
  revalidatePath(`/reports/${slug}`);
  revalidatePath("/");
  return { ok: true };
}

export async function deleteAction(slug: string, _previous: ManageState, form: FormData): Promise<ManageState> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { error: denied };
  if (text(form, "confirm") !== slug) return { error: `请输入 ${slug} 以确认删除 / type the slug to confirm` };
  await deleteReport({ slug });
  revalidatePath("/");
  redirect("/?deleted=" + encodeURIComponent(slug));
}
