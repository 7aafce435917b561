import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import { countCjk } from "./cjk";

const DROPPED = "script,style,noscript,template,nav,header,footer,aside,form,iframe,object,embed,svg,canvas,button,select,textarea,head";
const BOILERPLATE = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|share|sidebar|comments?|related|copyright|footer|toolbar|ads?|advert)([\s_-]|$)/i;
const BLOCK = new Set([
  "address", "article", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2",
  "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const CELL = new Set(["td", "th"]);
/** Children whose text counts for the container that holds them, when looking for the article body. */
const PARAGRAPH_LIKE = new Set(["p", "span", "font", "strong", "b", "em", "br"]);
const TAG = /<\/?(p|div|br|span|a|td|tr|li|ul|h[1-6]|table|img|script|style|meta|link|body|head)\b[^>]*>/gi;

/** HTML by content type, file extension or a sniff of the text. */
export function isHtmlInput(text: string, opts: { fileName?: string; contentType?: string } = {}): boolean {
  if (opts.contentType && /html/i.test(opts.contentType)) return true;
  if (opts.fileName && /\.(x?html?|shtml)$/i.test(opts.fileName)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /<(html|head|body)[\s>]/.test(head)) return true;
  const tags = text.match(TAG)?.length ?? 0;
  return tags >= 8 && tags * 200 >= text.length;
}

function tagOf(node: Node): string {
  return node instanceof HTMLElement ? node.rawTagName?.toLowerCase() ?? "" : "";
}

function isBoilerplate(el: HTMLElement): boolean {
  return BOILERPLATE.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`);
}

function directParagraphCjk(el: HTMLElement): number {
  let total = 0;
  for (const child of el.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE || PARAGRAPH_LIKE.has(tagOf(child))) total += countCjk(child.text);
  }
  return total;
}

/** The article: the richest <article>, else the element whose paragraphs hold the most Han text, else the body. */
function findArticle(root: HTMLElement): HTMLElement {
  const body = root.querySelector("body") ?? root;
  const total = countCjk(body.text);
  const articles = root.querySelectorAll("article").filter((a) => countCjk(a.text) >= 20);
  if (articles.length) return articles.reduce((a, b) => (countCjk(b.text) > countCjk(a.text) ? b : a));
  let best: HTMLElement = body;
  let bestScore = 0;
  for (const el of body.querySelectorAll("*")) {
    const score = directParagraphCjk(el);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return bestScore >= total * 0.4 ? best : body;
}

/** Whitespace as a browser collapses it; a line break between two Han characters is dropped, not made a space. */
function collapse(text: string): string {
  return text
    .replace(/([\u3000-\u9fff\uff00-\uffef])[ \t\f\r]*\n[ \t\f\r\n]*(?=[\u3000-\u9fff\uff00-\uffef])/g, "$1")
    .replace(/[ \t\n\r\f]+/g, " ");
}

function write(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(collapse(node.text));
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = tagOf(node);
  if (tag === "br") return void out.push("\n");
  if (tag === "pre") return void out.push("\n", node.text, "\n");
  if (BLOCK.has(tag)) out.push("\n");
  if (CELL.has(tag)) out.push("\t");
  for (const child of node.childNodes) write(child, out);
  if (BLOCK.has(tag)) out.push("\n");
}

function toLines(raw: string): string {
  return raw
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ""))
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * The article text of an HTML page, one block per line. Markup, scripts and attributes never reach the output;
 * the page's <h1> is kept as the first line when it sits outside the article body.
 */
export function extractHtmlText(html: string): string {
  const root = parse(html, { comment: false });
  for (const el of root.querySelectorAll(DROPPED)) el.remove();
  const article = findArticle(root);
  for (const el of article.querySelectorAll("*")) if (isBoilerplate(el)) el.remove();
  const out: string[] = [];
  const title = root.querySelector("h1");
  if (title && !article.querySelectorAll("h1").includes(title)) out.push(title.text, "\n");
  write(article, out);
  return toLines(out.join(""));
}
