"use server";

import { revalidatePath } from "next/cache";
import { importReport, type ImportOutcome } from "@/lib/data/report-imports";
import { checkImportRate, checkWriteAccess } from "@/lib/http/request-access";
import { MAX_INPUT_BYTES } from "@/lib/import";
import { parseYearField } from "@/lib/import/year-field";
import { parseSourceFields } from "@/lib/import/source-fields";

export interface ImportState {
  outcomes: ImportOutcome[];
  error?: string;
}

/** Upload (several files) and/or paste, through the same import function as the CLI and the route handler. */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { outcomes: [], error: denied };
  const year = parseYearField(form.get("year"));
  if ("error" in year) return { outcomes: [], error: year.error };
  const source = parseSourceFields((name) => form.get(name));
  if ("error" in source) return { outcomes: [], error: source.error };
  // The rate limit counts every file and byte of the submission, not the submission.
  const chosen = form.getAll("files").filter((e): e is File => e instanceof File && !(e.size === 0 && e.name === ""));
  const pastedText = String(form.get("text") ?? "");
  const bytes = chosen.reduce((n, f) => n + f.size, 0) + (pastedText.trim() ? new TextEncoder().encode(pastedText).length : 0);
  const files = chosen.length + (pastedText.trim() ? 1 : 0);
  const limited = files > 0 ? await checkImportRate({ files, bytes }) : null;
  if (limited) return { outcomes: [], error: limited.message };
  const outcomes: ImportOutcome[] = [];
  for (const entry of chosen) {
    if (entry.size > MAX_INPUT_BYTES) {
      outcomes.push({ status: "failed", fileName: entry.name, code: "too-large", message: `文件超过 ${MAX_INPUT_BYTES / 1048576} MB / larger than ${MAX_INPUT_BYTES / 1048576} MB` });
      continue;
    }
    outcomes.push(await importReport({ bytes: new Uint8Array(await entry.arrayBuffer()), fileName: entry.name, contentType: entry.type, ...year, ...source }));
  }
  if (pastedText.trim()) {
    outcomes.push(await importReport({ bytes: new TextEncoder().encode(pastedText), fileName: String(form.get("name") ?? "").trim() || "pasted.txt", ...year, ...source }));
  }
  if (outcomes.length === 0) return { outcomes, error: "请选择文件或粘贴文本 / choose a file or paste text" };
  if (outcomes.some((o) => o.status === "imported")) revalidatePath("/");
  return { outcomes };
}
