import { z } from "zod";

// The vocabulary of a report: its kind, the parts of its text and the roles of its lines. Every type elsewhere is
// derived from these arrays, so that a new value fails the typecheck wherever it must be handled.

/**
 * report: a full work report; excerpt: 摘登, parts of one; news: an article about one; document: another official
 * document about one (the plan or budget report, the division of its work, a progress report, the note on its draft's
 * changes, the statistics bulletin, the congress committee's review; lib/text/related-document.ts).
 */
export const REPORT_KINDS = ["report", "excerpt", "news", "document"] as const;
export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** Which half of a report a section belongs to: the review of last year, the plan ahead, or neither. */
export const PARTS = ["review", "plan", "other"] as const;
export const partSchema = z.enum(PARTS);
export type Part = z.infer<typeof partSchema>;

/** heading: a numbered or plain-line heading; lead: a dash lead or run-in bold lead (——两个突破。/ 全力稳企业。); body: the rest. */
export const ROLES = ["heading", "lead", "body"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * The header every view of a report shares: the CLI's JSON, the compare result, the library, the pages. A report read
 * from a file has no slug; the larger shapes (ReportMetadata, ReportSummary) extend it.
 */
export interface ReportHeader {
  slug: string | null;
  title: string;
  region: string | null;
  reviewYear: number | null;
  planYear: number | null;
  kind: ReportKind;
}

/** The header of a stored report: it always has a slug. */
export interface StoredReportHeader extends ReportHeader {
  slug: string;
}
