import { z } from "zod";
import { correctLabel, correctPairing, listLabelCorrections, removeLabelCorrection } from "@/lib/data/label-corrections";
import { errorResponse } from "@/lib/http/error-response";
import { checkWriteAccess } from "@/lib/http/request-access";
import { kindChoiceSchema } from "@/lib/domain/sentence";
import { BodyTooLargeError, readBodyLimited } from "@/lib/security/body-limit";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "a report slug");

/** One write: a correction of a report, a pairing in a comparison, or taking a correction back. */
const bodySchema = z.union([
  z.object({ slug, correction: z.unknown() }).strict(),
  z.object({ slug, undo: z.string().min(1).max(400) }).strict(),
  z.object({
    left: slug, right: slug, l: kindChoiceSchema.default("all"), r: kindChoiceSchema.default("all"),
    action: z.enum(["pair", "unpair"]), pair: z.string().startsWith("i-"), with: z.string().startsWith("i-").optional(), note: z.string().max(200).optional(),
  }).strict(),
]);

/** GET /api/corrections?slug=… — the report's hand corrections, each with its state (applied, moved, stale). */
export async function GET(request: Request) {
  try {
    const parsed = slug.safeParse(new URL(request.url).searchParams.get("slug"));
    if (!parsed.success) return Response.json({ ok: false, error: "slug: a report slug" }, { status: 400 });
    const outcomes = await listLabelCorrections({ slug: parsed.data });
    return Response.json({ ok: true, corrections: outcomes.map(({ key, state, sentenceId, correction }) => ({ key, state, sentenceId, correction })) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/corrections — JSON body (see README "Hand corrections"); needs write access like every write. */
export async function POST(request: Request) {
  try {
    const denied = await checkWriteAccess({ surface: "api" });
    if (denied) return Response.json({ ok: false, error: denied }, { status: 403 });
    let text: string;
    try {
      text = new TextDecoder().decode(await readBodyLimited(request, 64 * 1024));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return Response.json({ ok: false, error: "请求过大 / body over 64 KB" }, { status: 413 });
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return Response.json({ ok: false, error: "body: not JSON" }, { status: 400 });
    }
    const body = bodySchema.safeParse(json);
    if (!body.success) return Response.json({ ok: false, error: body.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") }, { status: 400 });
    const b = body.data;
    const result = "correction" in b ? await correctLabel({ slug: b.slug, correction: b.correction })
      : "undo" in b ? await removeLabelCorrection({ slug: b.slug, key: b.undo })
      : await correctPairing(b);
    return Response.json(result, { status: result.ok ? 200 : /not found/.test(result.error) ? 404 : 400 });
  } catch (error) {
    return errorResponse(error);
  }
}
