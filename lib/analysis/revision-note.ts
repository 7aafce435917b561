// 关于《政府工作报告》（征求意见稿）修改情况的说明: the note a government hands its congress on how the report's draft was
// changed after the deputies' comments. It quotes the draft's wording and the report's (将“…增长6.5%左右”修改为“…增长6%
// 左右”), so its figures look like targets; but the note itself sets none and reports no result: every sentence is other.
import { documentTypeOfTitle } from "@/lib/text/related-document";
import type { Classification } from "./types";

/** The note's title, on the text's first two lines (a title may be broken over two): a document of type revisions. */
const namesRevisionNote = (title: string) => documentTypeOfTitle(title) === "revisions";

export function isRevisionNote(text: string): boolean {
  const [first = "", second = ""] = text.split("\n").map((line) => line.replace(/\s+/g, "")).filter(Boolean);
  return namesRevisionNote(first) || (first.length <= 40 && namesRevisionNote(first + second));
}

export const REVISION_NOTE: Classification = {
  kind: "other",
  subtype: null,
  reason: "修改情况说明：引述报告草稿与定稿的措辞，本身不设目标、不报实绩",
  confidence: 0.8,
};
