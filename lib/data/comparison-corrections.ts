import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "./db";
import { parseJson } from "./json";
import type { ReportDetail } from "./reports";
import type { Corrections } from "@/lib/import/corrections";
import { pairPins } from "@/lib/corrections/pins";

/** A short fingerprint of a report's hand corrections of labels (empty when it has none). */
export function labelsFingerprint(corrections: string | undefined): string {
  const labels = parseJson<Corrections>(corrections, {}).labels ?? [];
  return labels.length ? createHash("sha1").update(JSON.stringify(labels)).digest("base64url").slice(0, 12) : "";
}

/** Key parts for the corrections: none when neither report has any, so the keys stored before them still hold. */
export const labelKey = (left: string, right: string) => (left || right ? [`c${left}.${right}`] : []);

/** The pairings corrected by hand for this comparison (stored on either report for the other). */
export async function pinsFor(left: ReportDetail, right: ReportDetail) {
  const rows = await getDb().report.findMany({ where: { id: { in: [left.id, right.id] } }, select: { id: true, corrections: true } });
  const labelsOf = (id: number) => parseJson<Corrections>(rows.find((r) => r.id === id)?.corrections, {}).labels ?? [];
  return pairPins({ slug: left.slug, labels: labelsOf(left.id), sentences: left.sentences }, { slug: right.slug, labels: labelsOf(right.id), sentences: right.sentences });
}
