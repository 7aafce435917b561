/** Numbered heading openers. Numbering restarts under each 一、, so only the shape matters, never the value. */
/** Not `一、二季度…`: a numeral right after the 、 makes it a range, not a heading; but `一、六五计划…` (a
 * five-year plan's name: 六五, 十二五) is a heading, and so are `一、一年来工作回顾` / `一、五年来的工作` and a year in
 * numerals (`一、一九五五年的工作`, `二、一九九三年的主要任务`: the reports of the 1950s to the 1990s). */
const LEVEL1_RE = /^[一二三四五六七八九十]{1,3}[、．.](?![一二三四五六七八九十](?!五|二五|一五|三五|四五|年来|年以来|年工作|[〇○零一二三四五六七八九]{3}年))/;
// (【1】坚定不移扩大有效投资: a WeChat copy's bracketed number before a sub-heading, batch 67's 赤峰.)
const LEVEL2_RE = /^[(（][一二三四五六七八九十]{1,3}[)）]|^【\d{1,2}】(?=[\u4e00-\u9fa5“])/;
/** `1、` / `1．` / `1.` but not a decimal such as `1.71调整为` or the full-width `２．１％` of a PDF. */
const LEVEL3_RE = /^[0-9０-９]{1,2}(?:、|[.．](?![0-9０-９]))/;

/** ▌01 | 2020年成绩单, 02丨“十三五”圆满收官: a WeChat post's numbered part (batch 98's 鄞州). */
const WECHAT_PART_RE = /^[▍▌■●]?\s*0[1-9]\s*[|｜丨]\s*(?=[\u4e00-\u9fa5“"0-9])/;

/** Heading level implied by a numbered opener, or null. */
export function numberedLevel(text: string): 1 | 2 | 3 | null {
  // ●一、2024年工作回顾: a WeChat copy's bullet before the number.
  const numbered = text.replace(HEADING_MARK_RE, "");
  if (LEVEL1_RE.test(numbered) || WECHAT_PART_RE.test(text)) return 1;
  if (LEVEL2_RE.test(numbered)) return 2;
  if (LEVEL3_RE.test(numbered)) return 3;
  return null;
}

// (📈 二、“十三五”以来的变化: an emoji set before the number, as an AI assistant's answer heads its parts, batch 114's 毕节.)
// (【11】二、2018年工作安排: a legal database's paragraph anchor before a numbered heading, batch 117's 渭南.)
const HEADING_MARK_RE = /^(?:[●•■◆▶►▍▌]|\p{Extended_Pictographic}\uFE0F?|【\d{1,3}】)\s*(?=[一二三四五六七八九十(（])/u;

/** ◆ 绿色智造加速崛起, ▍聚焦…, ■ 2024年主要预期目标: a WeChat copy's decorative mark before a heading stands where a
 * sub-heading's number would (a numbered mark, ▍一、…, is read by its number). */
export const SUBHEAD_MARK_RE = /^[◆◇■□▍▌●•▶►▸★☆]\s*/u;
/** 表1　2019年主要指标完成情况和2020年主要预期目标, 表２：…, 表一 (not 附表, an appendix): a table's caption, which names the
 * table, never a part or a section (batch 97's 通州). */
/** 【4/12】#政府工作报告# 【2021成绩单】…: a numbered post of a thread (a Weibo account's), its hashtags, and its bracketed title. */
export const THREAD_POST_RE = /^[【\[(（]\d{1,2}\/\d{1,2}[】\])）]\s*(?:#[^#\n]{1,30}#\s*)*(?:【([^【】]{2,20})】)?/;
/** An explainer's info block under its title (解读文件：《…政府工作报告》, 解读机关：…, 解读人：…; batch 101's 淮北): lines of the
 * page that say what is explained and by whom, neither a title nor a heading. */
export const INFO_BLOCK_LINE_RE = /^(?:解读(?:文件|文件名称|机关|部门|单位|人|时间)|起草(?:单位|部门)|发文机关|文件名称)\s*[:：]/;
export const TABLE_CAPTION_RE = /^表[\s\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?![0-9])(?:[\s\u3000：:、.．]|$)/;
/** ★2011成绩单★, ◆2012目标◆: an explainer's panel title set between two like marks (group 1, the title). */
export const WRAPPED_TITLE_RE = /^[★☆◆◇■]\s*([^★☆◆◇■]+?)\s*[★☆◆◇■]$/u;
/** 📌三、全面加强政府自身建设: a WeChat copy's emoji before a part's heading, no word of it (and no sub-heading's number:
 * 📌划重点｜今年这些事要办 names a news card's group). */
export const EMOJI_MARK_RE = /^(?:📌|📍|🎯|🔹|🔸)\s*/u;
/** A pictograph before a short line (📈, 🏞, 🤝): an explainer's card title (batch 54's 黔东南). */
export const PICTOGRAPH_MARK_RE = /^\p{Extended_Pictographic}\uFE0F?\s*/u;

/** 报送：市委…, 抄送：大会主席团成员…: who a document is sent to, a line of its own at its foot (a session bulletin, batch 115). */
export const SEND_TO_LINE_RE = /^(?:报送|抄送|分送|主送|发送)[：:]/;

/** 先讲第一部分，2010年的工作回顾。 下面，我讲第二部分，“十二五”时期的奋斗目标。: a part announced aloud, as a stenographic
 * record (速记稿) writes the speaker's words, on a line of its own, stands where the part's heading would (先讲第一部分。,
 * naming nothing, is no heading). */
// (第一部分，二〇一八年工作回顾。: a radio station's read-out script writes the heading as the announcer says it, batch 110's 眉山.)
export const SPOKEN_PART_RE = /^(?:(?:先|首先|下面|现在|接下来|然后|最后)[，,]?)?(?:我|我们)?(?:再|先|来|就)?(?:(?:讲|报告|汇报|说)(?:一下)?)?第[一二三四五六七八九十]部分[，,：:][^。；;！!？?]{2,30}[。：:]?$/;

/** A paper's jump lines inside a line: （下转第二版） where a report breaks off at a page's foot, （上接第一版） where it goes on. */
const JUMP_PAGE = String.raw`第?[A-Z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[版页]`;
export const JUMP_OUT_END_RE = new RegExp(`[（(](?:下转|转)${JUMP_PAGE}[)）]\\s*$`);
export const JUMP_IN_START_RE = new RegExp(`^\\s*[（(](?:上接|接)${JUMP_PAGE}[)）]`);
/** Either jump line (dropped from a sentence's text: clean-span.ts). */
export const JUMP_MARK = `[（(](?:下转|转|上接|接)${JUMP_PAGE}[)）]`;

/** PART 01, Part 2: a WeChat copy's part number on a line of its own, over the part's heading (PART 01⏎2023年工作回顾). */
export const PART_NUMBER_LINE_RE = /^(?:PART|Part|part|CHAPTER|Chapter)[\s\u3000]*0?[1-9]$/;

/** 地区生产总值：8237.6亿元，增长5.6%: a results box's line, a short name, a colon, then its figure. */
// (2021年完成：增长9.1%: an explainer's card line, the year before its name, batch 101's 淮北.)
export const KEY_FIGURE_LINE_RE = /^(?:(?:19|20)\d\d年)?[\u4e00-\u9fa5A-Za-z（）()“”]{2,16}[:：]\s*(?:同比|比上年|同口径)?(?:增长|下降|达到|为)?[0-9０-９]/;

/** 降至12.4%, 控制在3%左右, 稳定在120万吨以上: the words before a figure that say where it moved or is held (batch 54's 黔东南);
 * a pattern source, for the figure line, its name line's borrowing and a table's cell. */
export const MOVED_OR_HELD_AT = "降至|降到|升至|提高到|控制在|稳定在|保持在";
/** 8275.6亿元, ↑4.5%, 超3600亿元, 8万人+, 突破4000亿元大关, 262.5亿元（预计）: a line that is one figure and nothing else. */
export const FIGURE_ONLY_LINE_RE = new RegExp(String.raw`^(?:[↑↓]|超|近|约|达|(?:首次)?突破|迈上|跃上|站上|同比增长|比上年增长|增长|下降|${MOVED_OR_HELD_AT})?\s*[-+]?[0-9０-９][0-9０-９.,，．]*\s*(?:万亿|亿|万|千|百)?[\u4e00-\u9fa5%‰％/]{0,4}(?:左右|以上|以内|\+)?(?:[（(](?:预计|初步核算|快报数?)[)）])?$`);
/** 🔹, 🎯, ●, ✔ (batch 41's 威宁)…: the mark before a name line of an 一图读懂 card, no part of the name. */
export const NAME_MARK_RE = /^[🔹🔸🎯📌▶►●•■◆✅✔✓☑√]\s*/u;
/** GDP总量, 🔹规上工业增速, 🎯新增就业目标: a short name line, marked or not, with no figure of its own but a year. */
export const NAME_ONLY_LINE_RE = new RegExp(
  `^(?:${NAME_MARK_RE.source.slice(1)})?(?![\\s\\S]*[。，,；;：:！？])(?![\\s\\S]*[0-9０-９](?![0-9０-９]{0,3}年))[\\u4e00-\\u9fa5A-Za-z0-9０-９“”（）()]{2,16}$`,
  "u",
);
/** 15268.8亿元——全市地区生产总值, 8.1%——规上工业增加值增速: a 数说 list's line, a figure and then its name after a dash.
 * An item of its own, never a heading. (3071亿元　地区生产总值（预计），比上年增长6.8％: a reading edition's data panel
 * parts the two with an ideographic space, and may say one thing more after a comma, batch 88's 越秀.) */
export const FIGURE_THEN_NAME_LINE_RE =
  /^[0-9０-９][0-9０-９,，.．]*\s*(?:[^\s0-9—－]{0,6}\s*[—－]{1,2}\s*[\u4e00-\u9fa5A-Za-z“”（）()]{2,24}$|[^\s0-9—－，,。]{0,6}(?:\u3000+| {2,})[\u4e00-\u9fa5A-Za-z“”（）()]{2,24}(?:[，,][^。；;\n]{0,30})?$)/;

/** ▶ 地区生产总值3600亿元，增长5.1%: a bulleted item of a list (a 数读 of one figure a line) stands on its own line. */
/** (A WeChat copy's emoji and circled numbers too: ✅ 新认定…, 🎯 地区生产总值增长6%左右, ① 扩大有效投资：….) */
export const BULLET_RE = /^(?:[▶►▸▷●•■◆◇□★☆◎○▪▲△✓√✅☑✔➤➢◉①-⑳]|🎯|📌|👉|🔹|🔸|🔺|💡|📍|⭐)/u;

/** 目标值：…, 2021年完成：…, 去年完成：… (an explainer's card, batch 101's 淮北): the lines that give the card's target and result. */
export const CARD_FIGURE_LINE_RE = /^(?:目标值?|(?:19|20)\d\d年(?:完成|目标)|去年完成|上年完成|今年目标)[：:]/;
/** 解读：…, 二问：…, 答：… (an explainer's notes and questions): with the figure lines, a card's labelled lines of their own. */
const CARD_NOTE_LINE_RE = /^(?:解读|点评|答|问|[一二三四五六七八九十]{1,2}问)[：:]/;

/** Starts like a heading, a dash lead, a bulleted item or a card's labelled line: such a line never continues the
 * previous line. */
export function startsStructure(text: string): boolean {
  return numberedLevel(text) !== null || text.startsWith("——") || /^各位代表/.test(text) || BULLET_RE.test(text) || CARD_NOTE_LINE_RE.test(text) || CARD_FIGURE_LINE_RE.test(text);
}

/** 一、2023 年 工 作 回 顾, 政 府 工 作 报 告: a heading spaced out letter by letter (a printed booklet, an OCR copy) is
 * read, and shown, without the spaces; a heading whose phrases are parted by one space each keeps them. */
export function unspacedHeading(text: string): string {
  return SPACED_OUT_RE.test(text) ? text.replace(/(?<=[\u4e00-\u9fa5\d])[ \u3000]+(?=[\u4e00-\u9fa5])/g, "") : text;
}
const SPACED_OUT_RE = /(?:[\u4e00-\u9fa5][ \u3000]+){3,}[\u4e00-\u9fa5]/;

/** 08:30 , 【09:01】, 9时26分 , [00:12:31] (a broadcast's transcript): the time stamp of a live text coverage's entry (with the blanks after it), no part of what
 * the entry says. */
export const LIVE_STAMP_RE = /^(?:【\d{1,2}[:：]\d{2}】[\s\u3000]*|[\[［]\d{1,2}:\d{2}(?::\d{2})?[\]］][\s\u3000]*|\d{1,2}[:：]\d{2}(?:[\s\u3000]+|(?=[【\[［]))|\d{1,2}时\d{1,2}分[\s\u3000]*)/;

/** ✏️ 想法：去年报告定的是7%左右…: a reader's own note under a passage they highlighted, as an e-reading app exports its
 * notes (batch 111's 嘉峪关): the reader's words, not the report's. */
export const READER_NOTE_RE = /^(?:[✏📝🖊]\uFE0F?\s*(?:想法|笔记|感想|批注)?|(?:我的)?(?:想法|读后感|感想))[：:]/u;
