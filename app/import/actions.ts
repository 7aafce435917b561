"use server";

import { revalidatePath } from "next/cache";
import { importReport, type ImportOutcome } from "@/lib/data/report-imports";
import { formUpload, importUpload, uploadSize } from "@/lib/http/import-upload";
import { checkImportRate, checkWriteAccess } from "@/lib/http/request-access";

export interface ImportState {
  outcomes: ImportOutcome[];
  error?: string;
}

/** Upload (several files) and/or paste, through the same import function as the CLI and the route handler. */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { outcomes: [], error: denied };
  const upload = formUpload(form);
  if ("error" in upload) return { outcomes: [], error: upload.error };
  const limited = upload.files.length > 0 ? await checkImportRate(uploadSize(upload)) : null;
  if (limited) return { outcomes: [], error: limited.message };
  const outcomes = await importUpload(upload, importReport);
  if (outcomes.length === 0) return { outcomes, error: "请选择文件或粘贴文本 / choose a file or paste text" };
  if (outcomes.some((o) => o.status === "imported")) revalidatePath("/");
  return { outcomes };
}
