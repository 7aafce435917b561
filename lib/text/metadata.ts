import { blankLineNumbers } from "./line-numbers";
import { blankMailQuotes } from "./mail-quotes";
import { unspacedHeading } from "./heading-patterns";
import { classifyLines, MEETING_RE, PHOTO_CAPTION_RE, TITLE_OPENED_RE, SITE_NAMES, speakerFromLine, stripWordCount, titleBlockYear, type ClassifiedLine } from "./boilerplate";
import { parseChineseNumeral, readDigitByDigit } from "./chinese-numerals";
import { splitLines } from "./lines";
import { processText } from "./process-text";
import { lastRegionIn, levelOf, regionFields, regionMentions, resolveRegion } from "./regions";
import { NATIONAL } from "./divisions";
import { relatedDocumentTitle } from "./related-document";
import { inferYears } from "./years";
import type { ProcessedText, ReportKind, ReportMetadata, TextWarning } from "./types";

const MASK_RE = /20[xX×]{2}/g;
const MASKED = /20[xX×]{2}/;

/**
 * Metadata read from the text itself. The congress and the speaker decide the region, not a title a website made
 * up (004's first line says 杭州市, its congress is 杭州市西湖区第十四届人民代表大会). Values the text only implies are
 * listed in `inferred`; null means the text cannot tell.
 */
export interface DetectOptions {
  fileName?: string;
  /** processText(stored), when the caller already has it (saves a second pass). */
  processed?: ProcessedText;
}

export function detectMetadata(stored: string, opts: DetectOptions = {}): ReportMetadata {
  const text = typeof stored === "string" ? stored : "";
  try {
    return detect(text, opts);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const fallback = opts.fileName?.replace(/\.[^.]*$/, "") ?? "";
    return { ...emptyMetadata(fallback), warnings: [{ code: "internal-error", message }] };
  }
}

function emptyMetadata(title: string): ReportMetadata {
  return {
    title, region: null, regionSlug: null, regionCode: null, regionParent: null, reviewYear: null, planYear: null, inferred: [], kind: "report",
    speaker: null, meetingDate: null, source: null, warnings: [],
  };
}

const TITLE_TAG_RE = /^(?:[\[【](?:原创|转帖|转载|分享|推荐|置顶)[\]】][\s\u3000]*|标题[：:][\s\u3000]*)/;

function detect(original: string, opts: DetectOptions): ReportMetadata {
  // (A line-numbered copy is read past its numbers, as processText reads it.)
  const stored = blankLineNumbers(original)?.view ?? blankMailQuotes(original)?.view ?? original;
  const processed = opts.processed ?? processText(original);
  // The lines processText classified; only a failed processing (no lines) makes metadata classify them itself.
  const lines = processed.lines ?? classifyLines(splitLines(stored));
  const body = processed.sentences.map((s) => s.text).join("\n");
  const front = lines.filter((l) => l.kind === "front");
  const boiler = lines.filter((l) => l.kind === "boilerplate").map((l) => l.text);
  // A headline that states a figure is read as a sentence too (kind "content"), and is still the title.
  // (政 府 工 作 报 告, a printed title set with blanks between its characters, is 政府工作报告.)
  // ([原创] 2016年…政府工作报告（全文，手打）, 标题：1分钟看懂…: a forum post's tag and a script's field name are no part of it.)
  const titles = lines.filter((l) => l.front === "title").map((l) => unspacedHeading(stripWordCount(l.text).trim()).replace(TITLE_TAG_RE, ""));
  const meeting = front.find((l) => l.front === "meeting");
  const speakerLine = front.find((l) => l.front === "speaker");
  const warnings: TextWarning[] = [];
  const inferred: string[] = [];

  // 关于…计划执行情况与…计划草案的报告, …重点工作责任分工方案的通知: a document about the report names itself in its title.
  const document = relatedDocumentTitle(stored);
  const kind = document ? "document" : detectKind(titles, boiler, processed, stored);
  const titleRegion = regionOfTitle(titles);
  // 一图读懂2024年成都市政府工作报告: a text that never names its congress or speaker, nor itself in the body, is the
  // title's place.
  const found = detectRegion(stored, body, speakerLine);
  // (十堰市人民政府办公室关于印发…分工方案的通知: a document's title names the office that issued it, and so its place.)
  const fromTitle = titleRegion ?? (document ? lastRegionIn(document.title) : null);
  // (中共中卫市委宣传部　2024年1月22日: the office that signs a document about the report at its end, batch 120's 宣讲提纲.)
  const named = found.name === null ? (fromTitle ?? (document ? signaturePlace(stored) : null)) : null;
  const region = named ? { name: named, inferred: true } : found;
  if (region.inferred) inferred.push("region");
  // The delivery year: from the text (meeting line, title, page date), then the file name (national-2013.txt).
  const baseYear = titleBlockYear(lines) ?? pageDateYear(boiler) ?? yearOfFileName(opts.fileName);
  const years = inferYears(processed, kind, baseYear, body);
  inferred.push(...years.inferred);

  const meetingDate = parseMeetingDate(meeting?.text ?? "", years.planYear);
  if (meetingDate?.inferred) inferred.push("meetingDate");

  const masked = stored.match(MASK_RE)?.length ?? 0;
  if (masked > 0) {
    warnings.push({ code: "masked-years", message: `文中有 ${masked} 处年份被遮盖为“20xx”，年份由上下文推断 / ${masked} year(s) are masked as 20xx in the text.`, count: masked });
  }
  if (region.name && titleRegion && titleRegion !== region.name) {
    warnings.push({
      code: "region-conflict",
      message: `标题写的是${titleRegion}，但会议和报告人表明是${region.name} / The title names ${titleRegion}, but the congress or speaker says ${region.name}.`,
    });
  }

  // (关于《政府工作报告》（征求意见稿）⏎修改情况的说明: a title broken over two lines is read whole.)
  const whole = titles.map((t, k) => (TITLE_OPENED_RE.test(t) && titles[k + 1] ? t + titles[k + 1] : t));
  let title = cleanTitle(document?.title ?? whole.find((t) => /报告|摘登/.test(t)) ?? whole[0] ?? "");
  if (!document && (!title || MASKED.test(title) || (titleRegion && titleRegion !== region.name))) {
    const composed = composeTitle(region.name, years.reviewYear, years.planYear, processed);
    if (composed) {
      title = composed;
      inferred.push("title");
    }
  }
  if (!title) title = opts.fileName?.replace(/\.[^.]*$/, "") ?? "";

  return {
    title,
    region: region.name,
    ...regionFields(resolveRegion(region.name, body)),
    reviewYear: years.reviewYear,
    planYear: years.planYear,
    inferred,
    kind,
    speaker: speakerLine ? speakerFromLine(speakerLine.text) : null,
    meetingDate: meetingDate?.date ?? null,
    source: detectSource(boiler, processed, stored),
    warnings,
  };
}

/** The disclaimer an AI chat app sets under an answer. */
const ASSISTANT_DISCLAIMER_RE = /(?:以上|本)(?:内容|回答|回复)(?:由|为|均由)?\s*(?:AI|人工智能|大模型)\s*生成/;

function detectKind(titles: string[], boiler: string[], processed: ProcessedText, stored: string): ReportKind {
  if (titles.some((t) => /摘登|摘编|摘要|节选/.test(t)) || /[(（](?:摘要|摘登|节选|有删节)[)）]/.test(stored.slice(0, 300))) return "excerpt";
  // 共 20 个笔记 under the book's title, ✏️ 想法：… under the passages: a reader's highlights exported from an e-reading app are
  // passages of the report, never a version of it (batch 111's 嘉峪关).
  if (/^[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*个(?:笔记|划线)/m.test(stored.slice(0, 300)) || processed.sentences.filter((s) => s.flags.includes("reader-note")).length >= 3) return "excerpt";
  // 帮我总结一下…政府工作报告的主要内容 over an answer that closes 以上内容由AI生成，仅供参考: an AI assistant's summary of the
  // report, passages and figures of it, never a version of it (batch 114's 毕节).
  if (/^[\s\u3000]*(?:请|帮我|帮忙|麻烦)?(?:总结|梳理|概括|归纳|解读)[^\n]{0,40}(?:政府工作报告|报告)/.test(stored.slice(0, 200)) || ASSISTANT_DISCLAIMER_RE.test(stored)) return "excerpt";
  // (A picture's credit, （鹰潭日报记者 黄一鸣 摄）, in a report copied from a news app is no reporter's byline: batch 113's
  // 学习强国 copy is the report.)
  if (boiler.some((t) => /记者/.test(t) && !PHOTO_CAPTION_RE.test(t))) return "news";
  // 1月8日 10:36 来自 微博 weibo.com over 【1/12】#政府工作报告#…: an account's Weibo thread on the report is an article about
  // it, never a version of the report (batch 105's 平顶山).
  if (boiler.some((t) => /来自[\s\u3000]*微博/.test(t))) return "news";
  // 本报评论员 under the headline: a paper's editorial on the report is an article about it (batch 78's 酒泉日报).
  if (/^\s*(?:本报|本刊|本台|本网)?(?:特约)?评论员\s*$/m.test(stored.slice(0, 400))) return "news";
  const first = processed.sentences[0];
  if (first && /\d{1,2}月\d{1,2}日(?:讯|电)/.test(stored.slice(Math.max(0, first.start - 30), first.start))) return "news";
  // 四川提出今年经济增长8%左右⏎新华社成都1月25日电（记者…）: a headline that states a figure is the first sentence, the
  // wire's dateline opens the line after it.
  if (/^[\u4e00-\u9fa5]{0,12}\d{1,2}月\d{1,2}日(?:讯|电)/m.test(stored.slice(0, 300))) return "news";
  // 本报讯（记者　孙建华）: a paper's own dateline, undated.
  if (/^\s*(?:本报|本刊|本台|本网)讯\s*[（(]/m.test(stored.slice(0, 600))) return "news";
  return newsVoice(processed) ? "news" : "report";
}

/**
 * A report speaks as the government (我们, 全区); an article about it speaks of it in the third person: a reporter,
 * quoted speech (…，”区长说), 据悉, 该区/该市 again and again. Two of these signals, and no 各位代表, make it news.
 */
function newsVoice(processed: ProcessedText): boolean {
  const body = processed.sentences.map((s) => s.text).join("");
  if (/各位代表/.test(body)) return false;
  const signals = [
    /记者|通讯员/.test(body),
    /[”"][，,]?[\u4e00-\u9fa5]{1,8}(?:说|表示|介绍|指出|强调)|(?:说|表示|介绍|指出|强调)[:：]\s*[“"]/.test(body),
    /据悉|据了解|据介绍|据统计/.test(body),
    (body.match(/该区|该市|该县|该省/g)?.length ?? 0) >= 2,
    /政府工作报告(?:中)?(?:提出|指出|显示|透露)/.test(body),
  ];
  return signals.filter(Boolean).length >= 2;
}

/** 天津经济技术开发区, 西安高新技术产业开发区, 苏州工业园区: a zone and the place its name opens on. */
const ZONE_RE = /([\u4e00-\u9fa5]{2,6}?)(?:经济技术开发区|高新技术产业开发区|经济开发区|工业园区|高新区|经开区)/;

function detectRegion(stored: string, body: string, speakerLine?: ClassifiedLine): { name: string | null; inferred: boolean } {
  // The State Council reports to the National People's Congress: the national level.
  const opening = stored.slice(0, 600);
  if (/第[一二三四五六七八九十]{1,3}届全国人民代表大会/.test(opening) || /我代表国务院|国务院总理/.test(opening) || (speakerLine && /国务院/.test(speakerLine.text))) {
    return { name: "全国", inferred: false };
  }
  const congress = /第[一二三四五六七八九十]{1,3}届人民代表大会/.exec(stored);
  if (congress) {
    const name = lastRegionIn(stored.slice(Math.max(0, congress.index - 14), congress.index));
    if (name) return { name, inferred: false };
  }
  // ——2024年2月23日在天津经济技术开发区2024年工作会议上, 我代表开发区管委会: a development zone's committee reports to its
  // work conference; the zone lies in the place its name opens on (天津 → 天津市), unless the zone is itself a unit.
  const zone = ZONE_RE.exec(opening);
  // (各县（市、区）人民政府，济宁高新区、…管委会： addresses a zone's committee among others; the committee reporting says
  // 我代表…管委会, or the meeting is the zone's work conference.)
  if (zone && /我代表[^，,。]{0,16}(?:管委会|管理委员会)|工作会议/.test(opening)) {
    // (苏州工业园区 is a unit of its own; 经济技术开发区 alone names several, none of them this one.)
    const name = [lastRegionIn(zone[0]), lastRegionIn(zone[1]), lastRegionIn(`${zone[1]}市`)].find((n) => n && !/开发区$/.test(n));
    if (name) return { name, inferred: false };
  }
  const gov = speakerLine ? /(.{2,14})人民政府/.exec(speakerLine.text) : null;
  if (gov) {
    const name = lastRegionIn(gov[1]);
    if (name) return { name, inferred: false };
  }
  // No congress or speaker: count mentions. A district report speaks of 全区/区政府 and names itself (003 names
  // 上城区 only twice); it also cites 全市 when ranking itself, so the district wins whenever one district stands out.
  const { counts, district, city, local, national } = regionMentions(body);
  // 我国…全国… throughout, and a county named once for its example (山西省昔阳县大寨大队): the State Council's report.
  if (national >= 10 && national >= 4 * local) return { name: NATIONAL.name, inferred: true };
  let best: string | null = null;
  let tie = false;
  let topCity: string | null = null;
  for (const [name, n] of counts) {
    const level = levelOf(name);
    if (level === "city" && n > (topCity ? counts.get(topCity)! : 0)) topCity = name;
    if (level !== "district") continue;
    const top = best ? (counts.get(best) ?? 0) : 0;
    tie = n === top ? true : n > top ? false : tie;
    if (n > top) best = name;
  }
  if (best && !tie && district >= 3) return { name: best, inferred: true };
  // 酒泉日报 over an editorial that names 嘉峪关市 once, for a comparison: a local paper's masthead names its place, unless
  // the text names another place more than once (batch 78's 酒泉).
  const masthead = mastheadPlace(stored);
  const winner = topCity && city >= district ? topCity : best && !tie ? best : null;
  if (masthead && masthead !== winner && (winner === null || (counts.get(winner) ?? 0) <= 1)) return { name: masthead, inferred: true };
  return { name: winner, inferred: true };
}

/**
 * A title as its page gave it, less what the copy put around it: a legal database's field name (【法规标题】), the date
 * and time a browser prints before a page's title and the site's name it puts after (2021/2/3 上午10:15 …_某市人民政府门户网站).
 */
export function cleanTitle(title: string): string {
  return title
    .replace(/^【[^【】]{2,6}】\s*/, "")
    .replace(/^\d{4}\/\d{1,2}\/\d{1,2}\s+(?:上午|下午)?\s*\d{1,2}:\d{2}\s+/, "")
    .replace(/\s*[_|｜-]\s*[\u4e00-\u9fa5]{2,20}(?:门户网站|政府网|网站|网)$/, "")
    // (…全体会议_政府工作报告.m4a: a transcript's recording named as its title, batch 121's 贺州.)
    .replace(/\.(?:m4a|mp3|wav|aac|amr|mp4|wma|flac)$/i, "")
    .trim();
}

/** The place of the office that signs a text at its end (中共某某市委宣传部, 某某市人民政府办公室), if it is a known place. */
function signaturePlace(stored: string): string | null {
  const offices = [...stored.slice(-200).matchAll(/([\u4e00-\u9fa5]{2,8}?(?:市|县|区|州|盟|旗))(?:委|人民政府|人大常委会|政府办公室)/g)];
  for (const office of offices.reverse()) {
    const name = lastRegionIn(office[1].replace(/^中共/, ""));
    if (name) return name;
  }
  return null;
}

/** The place a local paper's masthead names in the text's first lines (酒泉日报, 《石嘴山日报》), if it is a known place. */
function mastheadPlace(stored: string): string | null {
  const paper = /^\s*《?([\u4e00-\u9fa5]{2,4}?)(?:日报|晚报|都市报)》?\s*$/m.exec(stored.slice(0, 200));
  return paper ? lastRegionIn(`${paper[1]}市`) ?? lastRegionIn(paper[1]) : null;
}

/** The region a title names: any unit right before 政府工作报告 (`20xx年杭州市政府工作报告`), else a known name. */
function regionOfTitle(titles: string[]): string | null {
  for (const t of titles) {
    const m = /^(?:(?:\d{4}|20[xX×]{2})年)?(.{2,12}?)(?:人民)?政府工作报告/.exec(t);
    const name = m && lastRegionIn(m[1]);
    if (name) return name;
  }
  return titles.length ? lastRegionIn(titles.join(" "), false) : null;
}

/** 发布时间：2023-01-15 among a web copy's furniture. */
function pageDateYear(boiler: string[]): number | null {
  for (const b of boiler) {
    const m = /(\d{4})[-年/.]\d{1,2}[-月/.]\d{1,2}/.exec(b);
    if (m) return Number(m[1]);
  }
  return null;
}

function yearOfFileName(fileName: string | undefined): number | null {
  const m = /(?:^|[^\d])((?:19[5-9]|20[0-9])\d)(?!\d)/.exec(fileName ?? "");
  return m ? Number(m[1]) : null;
}

function parseMeetingDate(line: string, planYear: number | null): { date: string; inferred: boolean } | null {
  // (（2020年1月8日）: a document's date alone under its title, boilerplate.ts's BARE_DATE_LINE_RE.)
  const dated = MEETING_RE.exec(line)?.[1] ?? /^[（(]([^（）()]+日)[)）]$/.exec(line.trim())?.[1];
  const parts = dated && /^(.+?)年\s*(.+?)\s*月\s*(.+?)\s*日/.exec(dated);
  if (!parts) return null;
  const masked = /[xX×]/.test(parts[1]);
  const year = masked ? planYear : dateFieldValue(parts[1], true);
  const month = dateFieldValue(parts[2], false);
  const day = dateFieldValue(parts[3], false);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${year}-${pad(month)}-${pad(day)}`, inferred: masked };
}

/** The value of a date field: `2020` / `二〇二〇` (a year, digit by digit) or `18` / `十八` / `二十一` (a month or day). */
function dateFieldValue(s: string, digitwise: boolean): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return digitwise ? readDigitByDigit(s) : parseChineseNumeral(s);
}

function composeTitle(region: string | null, review: number | null, plan: number | null, p: ProcessedText): string {
  if (region === "全国" && plan) return `${plan}年国务院政府工作报告`;
  if (region && plan) return `${plan}年${region}政府工作报告`;
  if (region && review) return `${region}${review}年工作回顾`;
  return p.sections[0]?.heading ?? "";
}

function detectSource(boiler: string[], processed: ProcessedText, stored: string): string | null {
  for (const b of boiler) {
    const m = /来源\s*[:：]\s*([^\s:：]+)/.exec(b);
    if (m) return m[1];
  }
  for (const b of boiler) for (const site of SITE_NAMES) if (b.includes(site)) return site;
  for (const b of boiler) {
    const m = /https?:\/\/([^/\s]+)/.exec(b);
    if (m) return m[1].replace(/^www\./, "");
  }
  const first = processed.sentences[0];
  const lede = first ? stored.slice(Math.max(0, first.start - 30), first.start) : "";
  const dateline = /([\u4e00-\u9fff]{2,8}?(?:在线|日报|晚报|时报|网|社))(?:[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日)?(?:讯|电)/.exec(lede);
  return dateline ? dateline[1] : null;
}
