"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { correctPairing, removeLabelCorrection } from "@/lib/data/label-corrections";
import { checkWriteAccess } from "@/lib/http/request-access";
import { kindChoiceSchema } from "@/lib/domain/sentence";

type State = { ok?: boolean; error?: string };

const pairingForm = z.object({
  l: kindChoiceSchema.catch("all"),
  r: kindChoiceSchema.catch("all"),
  action: z.enum(["pair", "unpair"]),
  pair: z.string().regex(/^i-/, "选择一行指标 / choose an indicator row"),
  with: z.string().regex(/^i-/, "选择右侧指标 / choose the right-hand figure").optional(),
  note: z.string().trim().max(200).optional(),
});

/** Unpair a row of the 对照表, or pair a left-only figure with a right-only one (stored on the left report). */
export async function pairingAction(left: string, right: string, _previous: State, form: FormData): Promise<State> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { error: denied };
  const fields = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && v !== "" && k !== "token"));
  const parsed = pairingForm.safeParse(fields);
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join("; ") };
  const result = await correctPairing({ left, right, ...parsed.data });
  if (!result.ok) return { error: `改正无效 / invalid correction: ${result.error}` };
  revalidatePath(`/compare/${left}/${right}`);
  return { ok: true };
}

/** Take a pairing correction back (it may be stored on either report). */
export async function undoPairingAction(left: string, right: string, _previous: State, form: FormData): Promise<State> {
  const denied = await checkWriteAccess({ surface: "action", formToken: form.get("token") });
  if (denied) return { error: denied };
  const owner = String(form.get("owner") ?? "");
  if (owner !== left && owner !== right) return { error: "unknown report" };
  const result = await removeLabelCorrection({ slug: owner, key: String(form.get("key") ?? "") });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/compare/${left}/${right}`);
  return { ok: true };
}
