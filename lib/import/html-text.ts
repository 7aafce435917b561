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
const DOCUMENT = /^(?:\s|<!--[\s\S]*?-->)*<(!doctype\s+html|html[\s>])|<(html|head|body)[\s>]/i;
const HTML_NAME = /\.(x?html?|shtml)$/i;
const TEXT_NAME = /\.(txt|text|md|csv)$/i;
/** Without a document's frame, only text that is mostly markup is taken for HTML (a fragment saved from a page). */
const MIN_TAGS = 8;
const MIN_MARKUP_SHARE = 0.1;

/**
 * HTML only when the input really is a document: a doctype, <html>, <head> or <body> near the top, or (for a name or
 * content type that says HTML, or no name at all) enough markup. A file named .txt, .md or .csv with a few tags in
 * its text is text: extracting it would drop every line outside the "article" it seemed to have.
 */
export function isHtmlInput(text: string, opts: { fileName?: string; contentType?: string } = {}): boolean {
  if (DOCUMENT.test(text.slice(0, 2048))) return true;
  const tags = text.match(TAG) ?? [];
  if ((opts.contentType && /html/i.test(opts.contentType)) || (opts.fileName && HTML_NAME.test(opts.fileName))) return tags.length > 0;
  if (opts.fileName && TEXT_NAME.test(opts.fileName)) return false;
  const markup = tags.reduce((n, t) => n + t.length, 0);
  return tags.length >= MIN_TAGS && markup >= text.length * MIN_MARKUP_SHARE;
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

/** A block that reads as article prose: a sentence, or a long run of Han text, directly inside it. */
function isProse(el: HTMLElement): boolean {
  const han = directParagraphCjk(el);
  return han >= 40 || (han >= 10 && /[。！？；]/.test(el.childNodes.map((c) => (c.nodeType === NodeType.TEXT_NODE || PARAGRAPH_LIKE.has(tagOf(c)) ? c.text : "")).join("")));
}

function ancestry(el: HTMLElement): HTMLElement[] {
  const chain: HTMLElement[] = [];
  for (let node: HTMLElement | null = el; node; node = node.parentNode as HTMLElement | null) chain.unshift(node);
  return chain;
}

/**
 * The article: the smallest element that holds every prose block of the page (their lowest common ancestor), so two
 * sibling <div>s of one report both stay; page chrome (titles, sources, link lists) has no prose and is left out.
 */
function findArticle(root: HTMLElement): HTMLElement {
  const body = root.querySelector("body") ?? root;
  const prose = body.querySelectorAll("*").filter(isProse);
  if (prose.length === 0) return body;
  let common = ancestry(prose[0]);
  for (const el of prose.slice(1)) {
    const chain = ancestry(el);
    let n = 0;
    while (n < common.length && n < chain.length && common[n] === chain[n]) n++;
    common = common.slice(0, n);
  }
  return common[common.length - 1] ?? body;
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

/** Below this share of the page's readable Han text, the extraction is reported as lossy. */
const MIN_KEPT_SHARE = 0.8;

export interface ExtractedHtml {
  text: string;
  /** The extraction kept much less than the page shows outside its navigation and chrome. */
  warnings: string[];
}

/**
 * The article text of an HTML page, one block per line, and a warning when it is much shorter than the page's
 * readable text. Markup, scripts and attributes never reach the output; the page's <h1> is kept as the first line
 * when it sits outside the article body.
 */
export function extractHtml(html: string): ExtractedHtml {
  const root = parse(html, { comment: false });
  for (const el of root.querySelectorAll(DROPPED)) el.remove();
  const body = root.querySelector("body") ?? root;
  const readable = countCjk(body.text);
  // Boilerplate by class or id (share bars, related links), unless it would take most of the page with it.
  for (const el of body.querySelectorAll("*")) if (isBoilerplate(el) && countCjk(el.text) < readable / 2) el.remove();
  const article = findArticle(root);
  const out: string[] = [];
  const title = root.querySelector("h1");
  if (title && !article.querySelectorAll("h1").includes(title)) out.push(title.text, "\n");
  write(article, out);
  const text = toLines(out.join(""));
  const kept = readable === 0 ? 1 : countCjk(text) / readable;
  const warnings = kept < MIN_KEPT_SHARE
    ? [`网页正文提取只保留了可见文字的 ${Math.round(kept * 100)}% / the extracted article holds only ${Math.round(kept * 100)}% of the page's readable text: check the stored text, or import the page saved as text`]
    : [];
  return { text, warnings };
}

export function extractHtmlText(html: string): string {
  return extractHtml(html).text;
}
