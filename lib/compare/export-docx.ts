import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import type { CompareJson } from "./compare-json";
import { displayValue, formatPairDelta } from "./format";
import { SUMMARY_LABELS } from "./export-xlsx";

/** Deleted text: struck through in red. Inserted text: underlined (blue, for colour-blind readers the line carries it). */
export const DELETE_COLOR = "C00000";
export const INSERT_COLOR = "1F4E9A";

/** The indicator table's header, in column order. */
export const DOCX_INDICATOR_HEADER = ["指标", "状态", "左侧", "右侧", "差值", "理由"];

const FONT = { ascii: "Calibri", hAnsi: "Calibri", eastAsia: "Noto Sans CJK SC" };

const kindLabel = (kinds: string) => (kinds === "goal" ? "目标" : kinds === "achievement" ? "实绩" : "全文");

function cell(text: string, bold = false) {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

/** The delta as the page shows it: signed, in the scale people read, with its unit (+0.5个百分点, +433.4亿元). */
export function deltaText(delta: number | null, unit: string): string {
  return delta === null ? "" : formatPairDelta({ delta, unit });
}

function indicatorTable(json: CompareJson): Table {
  const header = new TableRow({ tableHeader: true, children: DOCX_INDICATOR_HEADER.map((h) => cell(h, true)) });
  const rows = json.indicators.map(
    (p) =>
      new TableRow({
        children: [
          cell(p.label),
          cell(INDICATOR_STATUS_LABELS[p.status]?.zh ?? p.status),
          cell(p.left ? `${displayValue(p.left)}${p.left.corrected ? "（改正）" : ""}` : "—"),
          cell(p.right ? `${displayValue(p.right)}${p.right.corrected ? "（改正）" : ""}` : "—"),
          cell(deltaText(p.delta, p.unit)),
          cell(p.corrected ? `【${p.corrected === "paired" ? "人工配对" : "人工拆开"}】${p.reason}` : p.reason),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function changedSentence(row: CompareJson["rows"][number]): Paragraph {
  const runs = row.diff.map((d) =>
    d.op === "delete"
      ? new TextRun({ text: d.text, strike: true, color: DELETE_COLOR })
      : d.op === "insert"
        ? new TextRun({ text: d.text, underline: {}, color: INSERT_COLOR })
        : new TextRun({ text: d.text }),
  );
  return new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: `${row.id}  `, bold: true }), ...runs] });
}

/**
 * The 对照表 as a Word document built from the compare JSON: a title block (both reports, the view's URL), the summary
 * line, the indicator table and each changed sentence pair as one diff, deletions struck in red, insertions underlined.
 */
export async function toDocx(json: CompareJson, viewUrl: string | null = json.url): Promise<Buffer> {
  const changed = json.rows.filter((r) => r.status === "changed");
  const summary = SUMMARY_LABELS.map(([key, zh]) => `${zh} ${json.summary[key]}`).join(" · ");
  const doc = new Document({
    creator: "Duizhao 对照",
    title: `对照表：${json.left.report.title} ⟷ ${json.right.report.title}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: "对照表 Duizhao", font: FONT })] }),
          new Paragraph({ children: [new TextRun({ text: "左侧：", bold: true }), new TextRun(`${json.left.report.title}（${kindLabel(json.left.kinds)}）`)] }),
          new Paragraph({ children: [new TextRun({ text: "右侧：", bold: true }), new TextRun(`${json.right.report.title}（${kindLabel(json.right.kinds)}）`)] }),
          new Paragraph({
            children: [
              new TextRun({ text: "视图链接：", bold: true }),
              viewUrl && /^https?:/.test(viewUrl)
                ? new ExternalHyperlink({ link: viewUrl, children: [new TextRun({ text: viewUrl, style: "Hyperlink" })] })
                : new TextRun(viewUrl ?? "（文件对照，无链接）"),
            ],
          }),
          new Paragraph({ children: [new TextRun(summary)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: "指标对照表", font: FONT })] }),
          json.indicators.length ? indicatorTable(json) : new Paragraph("（无指标）"),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `有变化的句子（${changed.length}）`, font: FONT })] }),
          new Paragraph({
            children: [
              new TextRun("图例："),
              new TextRun({ text: "删去的文字", strike: true, color: DELETE_COLOR }),
              new TextRun(" · "),
              new TextRun({ text: "新增的文字", underline: {}, color: INSERT_COLOR }),
            ],
          }),
          ...changed.map(changedSentence),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
