import type { Part, ReportHeader, ReportKind, Role } from "@/lib/domain/report";
import type { ClassifiedLine } from "./boilerplate";

export type { Part, ReportKind, Role };

export interface TextWarning {
  code: "truncated" | "repaired-artefact" | "boilerplate-removed" | "masked-years" | "region-conflict" | string;
  message: string;
  /** How many occurrences the warning covers (repaired artefacts, masked years, removed lines). */
  count?: number;
}

export interface TextSection {
  index: number;
  heading: string;
  /** 1 for 一、 / plain-line headings, 2 for (一), 3 for 1、, 4 for leads. */
  level: number;
  part: Part;
  /** Offsets into the stored text (JavaScript string units). */
  start: number;
  end: number;
}

export interface TextSentence {
  index: number;
  /** The cleaned sentence: PDF breaks joined, artefacts repaired. */
  text: string;
  /** Offsets into the stored text; stored.slice(start, end) is the raw span the sentence came from. */
  start: number;
  end: number;
  /** Paragraph number, for rendering clean paragraphs. */
  paragraph: number;
  sectionIndex: number | null;
  part: Part;
  role: Role;
  /** e.g. "repaired" when the censored-letter artefact was repaired in this sentence; "table-row", "table-header";
   * "list-item" for a line of a list layout (一图读懂: one short item a line). */
  flags: string[];
  /** A row of a plain-text table: its cells and its table's header row (analysis only, not stored). */
  table?: { cells: string[]; header: string[] | null };
}

export interface ProcessedText {
  sections: TextSection[];
  sentences: TextSentence[];
  warnings: TextWarning[];
  /** Page numbers and running titles found between lines (dropped from the sentences they interrupt). */
  pageFurniture?: string[];
  /** The stored text's lines as processText classified them (front matter, boilerplate, content), so that metadata
   * reads the same lines instead of splitting and classifying them again. Absent when processing failed. */
  lines?: readonly ClassifiedLine[];
}

/** What the text says about its report: the header (without a slug, which the import gives) and more. */
export interface ReportMetadata extends Omit<ReportHeader, "slug"> {
  regionSlug: string | null;
  /** GB/T 2260 code of the region (330106 for 杭州市西湖区, 000000 for the national level). */
  regionCode: string | null;
  /** The unit above it (杭州市 for 西湖区, 浙江省 for 杭州市, 全国 for a province). */
  regionParent: { code: string; name: string } | null;
  /** Names of fields whose value the text only implies (e.g. "reviewYear" from 20xx + 十二五). */
  inferred: string[];
  speaker: string | null;
  meetingDate: string | null;
  source: string | null;
  warnings: TextWarning[];
}
