// Documents about a work report that are not the report: the development and reform commission's plan report, the
// finance bureau's budget report, the office's notice dividing the report's work among departments, a progress report
// on its targets, the note on how its draft was changed, the statistics bureau's bulletin of the year, the congress
// committee's review and the congress's resolution, the minutes of the government's meeting that discussed the draft, the
// session's bulletin of the deputies' discussion, the propaganda department's outline for briefing sessions on it, and a
// department's written reply to a deputy's suggestion or a member's proposal.
// Each names itself in its title; none is a version of the report, and none is the year's report in a region's series.

export const DOCUMENT_TYPES = ["plan", "budget", "tasks", "progress", "revisions", "bulletin", "review", "minutes", "briefing", "outline", "reply"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  plan: "计划报告",
  budget: "预算报告",
  tasks: "分工方案",
  progress: "进展通报",
  revisions: "修改说明",
  bulletin: "统计公报",
  review: "审查报告",
  minutes: "会议纪要",
  briefing: "会议简报",
  outline: "宣讲提纲",
  reply: "建议答复",
};

/** Each type by its title's closing words; the first that matches wins (a committee's review of the plan is a review). */
const TITLE_PATTERNS: [DocumentType, RegExp][] = [
  ["revisions", /(?:修改|修订)(?:情况|意见(?:采纳情况)?)?的?说明$/],
  ["review", /(?:审查|审议)(?:结果|意见)?的?报告$|关于.{0,30}(?:政府工作报告|计划|预算).{0,30}的决议$/],
  ["tasks", /(?:分工|分解)(?:方案|意见)(?:的通知)?$/],
  ["progress", /(?:进展|落实|推进|完成)情况的?(?:通报|报告|汇报)$/],
  ["bulletin", /统计公报$/],
  // 秦皇岛市人民政府常务会议纪要 (常务, 全体, 专题…): the government's meeting that discussed the draft (batch 80's 秦皇岛).
  ["minutes", /会议纪要$/],
  // 东莞市第十六届人民代表大会第三次会议简报 (第7期): the session's bulletin of the deputies' group discussion of the report
  // (batch 115's 东莞).
  ["briefing", /(?:会议|大会)简报$/],
  // 2024年市政府工作报告宣讲提纲: the outline a propaganda department gives the speakers who brief people on the report, its
  // review and targets restated with notes to the speaker (batch 120's 中卫).
  ["outline", /(?:宣讲|学习|解读)(?:提纲|要点)$/],
  // 关于市五届人大三次会议第118号建议的答复, …第45号提案办理情况的答复函: a department's written reply to a deputy's suggestion or a
  // member's proposal, its progress and the report's targets cited (batch 122's 商丘).
  ["reply", /(?:建议|提案|议案)(?:办理情况)?的?(?:答复|复函|答复函)$/],
  ["budget", /预算(?:执行情况)?.{0,30}预算(?:草案)?的?报告$/],
  ["plan", /计划执行情况.{0,40}计划(?:草案)?的?报告$/],
];

/** The words a title line may carry after it: 「（摘要）」, 「（2024年1月…）」, a bracketed 摘要 or 草案 tag. */
const TRAILING_TAG_RE = /[（(](?:摘要|摘登|节选|草案|征求意见稿|此件公开发布)[）)]$/;

/** The document type a title names, or null for a work report, an article or any other text. */
export function documentTypeOfTitle(title: string): DocumentType | null {
  const line = title.replace(/\s+/g, "").replace(TRAILING_TAG_RE, "");
  // (当前位置：首页 > 统计数据 > 统计公报: a portal's breadcrumb names the channel, not the document.)
  // (索引号：…信息分类：会议纪要: a portal's field line names the channel, batch 80's 秦皇岛; a title has no field's colon.)
  if (line.length < 6 || line.length > 90 || /[。；;>»＞：:]|当前位置|首页/.test(line)) return null;
  // 政府工作报告 closing the title is the report itself (2024年政府工作报告, …政府工作报告（摘要）).
  if (/政府工作报告[》〉]?$/.test(line)) return null;
  return TITLE_PATTERNS.find(([, re]) => re.test(line))?.[0] ?? null;
}

/**
 * The title of a related document and its type, read from the first lines of the text (a portal's furniture may come
 * before it; a title may be broken over two lines, its first opening on 关于).
 */
export function relatedDocumentTitle(stored: string, lineLimit = 12): { title: string; type: DocumentType } | null {
  const lines = stored
    .split("\n")
    .map((line) => line.replace(/\s+/g, ""))
    .filter(Boolean)
    .slice(0, lineLimit);
  for (let i = 0; i < lines.length; i++) {
    const one = documentTypeOfTitle(lines[i]);
    if (one) return { title: lines[i], type: one };
    const joined = lines[i] + (lines[i + 1] ?? "");
    const two = /^关于/.test(lines[i]) && lines[i].length <= 50 ? documentTypeOfTitle(joined) : null;
    if (two) return { title: joined, type: two };
  }
  return null;
}
