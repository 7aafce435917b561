// Test-only readers for the .xlsx and .docx exports: they parse the files back with exceljs and jszip (plus an XML
// parser), independently of the code that wrote them, so that tests can compare them with the JSON API cell by cell.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse, type HTMLElement } from "node-html-parser";

export type CellValue = string | number | boolean | null;

/** Each sheet by name, as rows of plain values (hyperlink cells give their text; empty cells null). */
export async function readXlsx(bytes: Uint8Array): Promise<Record<string, CellValue[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Record<string, CellValue[][]> = {};
  book.eachSheet((sheet) => {
    const rows: CellValue[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(plain(row.getCell(c).value));
      rows.push(cells);
    }
    sheets[sheet.name] = rows;
  });
  return sheets;
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "hyperlink" in value) return String((value as { text: unknown }).text);
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** The rows of a table sheet as objects keyed by the column keys of row 2. */
export function sheetRecords(rows: CellValue[][]): Record<string, CellValue>[] {
  const keys = rows[1].map(String);
  return rows.slice(2).map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? null])));
}

export interface DocxRun {
  text: string;
  strike: boolean;
  underline: boolean;
  color: string | null;
}

export interface DocxContent {
  /** Body paragraphs outside tables, in order. */
  paragraphs: { text: string; runs: DocxRun[] }[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  /** Hyperlink targets of the document's relationships. */
  links: string[];
}

/** Descendants by exact tag name (CSS selectors would lower-case w:rPr). */
function all(el: HTMLElement, name: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const child of el.childNodes as HTMLElement[]) {
    if (child.rawTagName === name) out.push(child);
    if (child.childNodes?.length) out.push(...all(child, name));
  }
  return out;
}
const first = (el: HTMLElement | undefined, name: string) => (el ? all(el, name)[0] : undefined);

function runsOf(p: HTMLElement): DocxRun[] {
  return all(p, "w:r").map((r) => {
    const props = first(r, "w:rPr");
    const u = first(props, "w:u");
    return {
      text: all(r, "w:t").map((t) => decode(t.text)).join(""),
      strike: !!first(props, "w:strike"),
      underline: !!u && u.getAttribute("w:val") !== "none",
      color: first(props, "w:color")?.getAttribute("w:val") ?? null,
    };
  });
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  const body = first(parse(xml, { lowerCaseTagName: false }), "w:body")!;
  const paragraphs = body.childNodes
    .filter((n): n is HTMLElement => (n as HTMLElement).rawTagName === "w:p")
    .map((p) => {
      const runs = runsOf(p);
      return { text: runs.map((r) => r.text).join(""), runs };
    });
  const tables = all(body, "w:tbl").map((t) => all(t, "w:tr").map((tr) => all(tr, "w:tc").map((tc) => runsOf(tc).map((r) => r.text).join(""))));
  const links = [...rels.matchAll(/Target="([^"]+)"[^>]*TargetMode="External"/g)].map((m) => decode(m[1]));
  return { paragraphs, tables, links };
}
