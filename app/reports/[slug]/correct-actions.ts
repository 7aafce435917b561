"use server";

import { revalidatePath } from "next/cache";
import { correctLabel, removeLabelCorrection } from "@/lib/data/label-corrections";
import { checkWriteAccess } from "@/lib/http/request-access";
import { indicatorCorrectionFrom, sentenceCorrectionFrom } from "@/lib/corrections/form";
import type { ManageState } from "./actions";

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;

async function run(slug: string, form: FormData, write: () => Promise<{ ok: true } | { ok: false; error: string }>): Promise<ManageState> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { error: denied };
  const result = await write();
  if (!result.ok) return { error: `改正无效 / invalid correction: ${result.error}` };
  revalidatePath(`/reports/${slug}`);
  return { ok: true };
}

/** A sentence's kind corrected by hand (goal / achievement / problem / other), with an optional note. */
export async function correctSentenceAction(slug: string, _previous: ManageState, form: FormData): Promise<ManageState> {
  return run(slug, form, () => correctLabel({ slug, correction: sentenceCorrectionFrom(fields(form)) }));
}

/** An indicator's metric, value, unit or qualifiers corrected by hand. */
export async function correctIndicatorAction(slug: string, _previous: ManageState, form: FormData): Promise<ManageState> {
  return run(slug, form, () => correctLabel({ slug, correction: indicatorCorrectionFrom(fields(form)) }));
}

/** Take a hand correction back: the automatic reading returns. */
export async function undoCorrectionAction(slug: string, _previous: ManageState, form: FormData): Promise<ManageState> {
  return run(slug, form, () => removeLabelCorrection({ slug, key: String(form.get("key") ?? "") }));
}
