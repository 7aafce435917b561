import { arabicYears } from "./chinese-numerals";
import { countHan, endsSentence } from "./chars";
import { MD_LINK_PATTERN, type Line } from "./lines";
import { INFO_BLOCK_LINE_RE, unspacedHeading } from "./heading-patterns";
import { isCallHeadline } from "./slogan-headlines";

/**
 * Line classification. Web copies wrap the report in navigation, bylines and footers; reports open with a
 * title block. Neither produces sentences: boilerplate is dropped, the front matter feeds the metadata.
 */
export type LineKind = "blank" | "boilerplate" | "front" | "content";
export type FrontRole = "title" | "meeting" | "speaker";

export interface ClassifiedLine extends Line {
  kind: LineKind;
  front?: FrontRole;
  /** A PDF's page number or running title: boilerplate that a paragraph continues across. */
  pageFurniture?: boolean;
  /** A screenshot's overlap: the line (or the end of the line) the screen before showed last, repeated. */
  overlap?: boolean;
  /** A study copy's translation paragraph (English after each Chinese paragraph): skipped, and counted in a warning. */
  translation?: true;
}

// (您现在的位置：首页 >> 政务公开 >> …, 首页 » 新闻: a 2000s portal's breadcrumb, batch 87's 运城.)
// (地址：渭南市临渭区朝阳大街126号　　邮编：714000: the footer's address and postcode, batch 117's 渭南.)
const NAV_RE = /^(?:您当前的位置|您现在的位置|当前位置|您的位置|现在位置|首页\s*(?:[>＞»›]|&gt;))/;
const META_LABEL_RE =
  /^(?:上传者|下载积分|来源|作者|编辑|责任编辑|发布时间|发布日期|标签|关键词|分享到|原标题|稿源|通讯员|浏览次数|点击数|相关链接|相关阅读|延伸阅读|推荐阅读|主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|技术支持|网站标识码|地址|通讯地址|联系地址|邮编|邮政编码|联系人|联系电话|传真)\s*[:：]/;
/** A WeChat copy's byline (原创 余杭发布 2023-01-12 18:06 发表于浙江, 湖州发布　2024-01-09 18:30　浙江, 南通发布 2024年01月24日 07:58 江苏), its call to follow
 * (点击蓝字 关注我们) and its footer (点击“在看”…, 阅读 2.3万); a Weibo post's time line (1月20日 09:58 来自 微博 weibo.com)
 * and its counts (转发 128 | 评论 21 | 赞 64; 点赞 and 收藏 too, batch 105's 平顶山; 转发 86　评论 12　赞 41 without the bars, the
 * account's 关注 386　粉丝 41.2万　微博 15827: batch 118's 永州). */
// (↓↓↓ over 点击阅读原文: a post's pointing arrows, no sentence cut off, batch 98's 鄞州.)
// (💪💪 报告全文👉O网页链接: a Weibo post's link placeholder, no sentence cut off, batch 105's 平顶山.)
const WECHAT_META_RE = /^[^。！？]{0,24}(?:O|🔗)?网页链接$|^(?:[↓⬇👇⇣][\uFE0F]?[\s\u3000]*){2,8}$|^原创\s|^[\u4e00-\u9fa5A-Za-z]{2,12}[\s\u3000]+(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[\s\u3000]+\d{1,2}:\d{2})?(?:[\s\u3000]+[\u4e00-\u9fa5]{2,4})?$|^点击(?:上方)?[“"]?蓝字[”"]?|\d{1,2}:\d{2}\s*发表于[\u4e00-\u9fa5]{2,4}$|^点击[“"]?在看|^(?:阅读原文\s*)?阅读\s*[\d.]+万?\+?(?:\s*(?:在看|赞|分享)\s*[\d.]*万?)*$|^(?:(?:在看|分享|点赞|赞|收藏)[\s\u3000]*\d*[\s\u3000]*)+$|^(?:转发|评论|点赞|赞|收藏)[\s\u3000]*\d*[\s\u3000]*(?:[|｜]?[\s\u3000]*(?:转发|评论|点赞|赞|收藏)[\s\u3000]*\d*[\s\u3000]*)+$|^(?:关注|粉丝|微博)[\s\u3000]*[\d.]+万?(?:[\s\u3000]+(?:关注|粉丝|微博)[\s\u3000]*[\d.]+万?)+$|^(?:\d{1,2}月\d{1,2}日|今天|昨天)[\s\u3000]*\d{1,2}:\d{2}[\s\u3000]*来自[\s\u3000]*[^\s\u3000]{1,20}(?:[\s\u3000]+[\w.]+)?$/;
/** 1月9日 11:09　回复　赞 7: a microblog reply's time line, under the reply (batch 118's 永州; copy-kinds.ts reads the line above
 * it as the reply). */
export const MICROBLOG_REPLY_TIME_RE = /^\d{1,2}月\d{1,2}日[\s\u3000]*\d{1,2}:\d{2}(?:[\s\u3000]+(?:回复|赞[\s\u3000]*\d*))+$/;
/** A reply's floor names: 沙发, 板凳, 地板, 地下室, then 3#, 4楼… (the first post is 楼主). */
const REPLY_FLOORS = String.raw`沙发|板凳|地板|地下室|\d{1,5}[\s\u3000]*[#楼]`;
/** A forum thread's furniture (Discuz! and its kind): the breadcrumb (平阳论坛 » 平阳时事 » …), the view and reply counter
 * (查看: 4172 | 回复: 2), a floor's head (楼主　阿岩老张　发表于 2012-2-16 09:47:13 | 只看该作者, 沙发…, 3#…), the edit
 * stamp (本帖最后由 阿岩老张 于 2012-2-16 10:05 编辑) and the quote line of a reply (回复 1# 阿岩老张 的帖子). */
const FORUM_META_RE = new RegExp(
  String.raw`^[^。，,»›]{2,20}(?:[\s\u3000]*[»›][\s\u3000]*[^。»›]{1,40}){2,}$|^查看[:：][\s\u3000]*\d+[\s\u3000]*[|｜][\s\u3000]*回复[:：][\s\u3000]*\d+$|^(?:(?:楼主|${REPLY_FLOORS})[\s\u3000]+[^\s\u3000]{1,20}[\s\u3000]+)?发表于[\s\u3000]*(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?(?:[\s\u3000]*[|｜][\s\u3000]*[^|｜]{1,8})*$|^本帖最后由[\s\u3000]*[^\s\u3000]{1,20}[\s\u3000]*于[\s\u3000]*(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*编辑$|^回复[\s\u3000]*\d{1,5}#[\s\u3000]*[^\s\u3000]{1,20}[\s\u3000]*的帖子$`,
);
/** A reply's floor head (沙发　鳌江小李　发表于 2012-2-16 10:12 | 只看该作者, 板凳…, 3#…): readers' replies follow. The
 * first post (楼主) is the copy itself. */
export const FORUM_REPLY_HEAD_RE = new RegExp(String.raw`^(?:${REPLY_FLOORS})[\s\u3000]+[^\s\u3000]{1,20}[\s\u3000]+发表于[\s\u3000]*(?:19|20)\d\d-\d{1,2}-\d{1,2}`);
const META_ANY_RE = /(?:来源|发布时间|发布日期|责任编辑|作者|编辑)\s*[:：]/;
// 【打印】【关闭窗口】【字号 大 中 小】 are a page's widgets; 【代表声音】, 【去年成绩单：…】 are a news article's subheads.
// （完）, the wire's end mark; （本版编辑 周立新）, a paper's editor line.
const STANDALONE_RE =
  /^(?:[（(]完[)）]|[（(](?:本版|本期|责任|网络)?编辑[\s\u3000:：]*[\u4e00-\u9fa5]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fa5]{2,4})*[)）]|[（(]根据(?:现场)?(?:录音|速记)整理[)）]|返回|返回顶部|返回首页|返回列表|相关推荐|相关阅读|相关新闻|相关链接|分享到[:：]?|打印|打印本页|关闭|关闭窗口|收藏|【(?:\s*(?:打印|关闭|收藏|字号|字体|[大中小]|返回|顶部|首页|纠错|分享|评论|推荐|窗口|本页|此页|全文|原文|默认|放大|缩小|[:：]))+\s*】|(?:点击|点此)?(?:查看|阅读|展开)(?:全文|原文|更多)(?:\s*[>＞›»]+)?)$/;
/** Page clutter of web copies, alone or several on one line: 收藏本站 | 设为首页, 【打印本页】【关闭窗口】, 字号：大 中 小,
 * a paper's digital edition's 放大　缩小　默认 (batch 123's 海东日报: it had been read as the report's title),
 * 字号:[大 中 小], 【字体：大 中 小】　打印　关闭 (only a line made of nothing else). */
const CLUTTER_WORDS_RE =
  /收藏本站|加入收藏|设为首页|文章正文|我要评论|发表评论|查看评论|打印本页|打印此页|关闭窗口|返回顶部|放大|缩小|默认|(?:字号|字体)\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小\s*[\]】)）]?|扫一扫|在手机上(?:打开|阅读)|纠错|视力保护色|打印|关闭|分享|收藏|返回|播报|上传视频|讨论|编辑|[【】\[\]|｜/\s]/g;
const PREV_NEXT_RE = /^(?:上一篇|下一篇)\s*[:：]/;
const COPYRIGHT_RE = /copyright|©|all rights reserved|版权所有|ICP备/i;
const DISCLAIMER_HEAD_RE = /^(?:版权和免责申明|版权和免责声明|免责声明|免责申明|版权声明)\s*[:：]?$/;
const UGC_RE = /^(?:本文内容由互联网用户自发贡献|如若转载|本站仅提供信息存储空间)/;
const URL_ONLY_RE = /^(?:(?:https?:\/\/|www\.)\S+\s*)+$/i;
/** Page numbers (— 3 —, · 3 ·, 第3页, —３— in full-width digits (batch 81's 大同), a paper's 第1版 on a line of its own, an e-paper's edition line 第A03版：要闻  2019年1月20日, a yearbook's 四川年鉴（1999）·特载·第4页 and running heads ·48· 唐山年鉴1998, 唐山年鉴1998 ·49·, ·文献·　·21· (batch 120's 石家庄)), a paper's continuation markers (（下转A03版）, （上接第2版）) and a portal's page links
 * (分页：1　[2]　3, 上一页 1 2 下一页, 本新闻共3页,当前在第1页　1　2　3), a document-sharing site's page mark (第 5 页 共 7 页), and a
 * paper's page head (2014年1月17日　星期五　第2版　要闻). */
const PAGE_NO_RE =
  /^[-—–－·•]\s*[\d０-９]{1,3}\s*[-—–－·•]$|^(?:[·•][\u4e00-\u9fa5]{1,6}[·•][\s\u3000]*[·•]\s*\d{1,4}\s*[·•]|[·•]\s*\d{1,4}\s*[·•][\s\u3000]*[·•][\u4e00-\u9fa5]{1,6}[·•])$|^第\s*[\d０-９]{1,3}\s*[页版]$|^第\s*[A-Z]?\d{1,3}\s*版\s*[:：][\u4e00-\u9fa5·]{1,10}(?:[\s\u3000]+(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?(?:[\s\u3000]+星期[一二三四五六日天])?$|^[^。，,；;：:]{2,24}[·•\s\u3000]第\s*\d{1,4}\s*页$|^[·•]\s*\d{1,4}\s*[·•][\s\u3000]*[^。，,；;：:·•]{2,24}$|^[^。，,；;：:·•]{2,24}?[\s\u3000]*[·•]\s*\d{1,4}\s*[·•]$|^[(（]\s*(?:下转|上接|转|接)第?\s*[A-Z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[版页]\s*[)）]$|^第\s*\d{1,3}\s*页[\s\u3000,，/]*共\s*\d{1,3}\s*页$|^(?:19|20)\d\d年\d{1,2}月\d{1,2}日[\s\u3000]+星期[一二三四五六日天][\s\u3000]+第\s*[A-Z]?\d{1,3}\s*版(?:[\s\u3000]+[\u4e00-\u9fa5]{2,6})?$|^共\s*\d{1,3}\s*页[\s\u3000,，/]*第\s*\d{1,3}\s*页$|^分页\s*[:：][\s\u3000\d[\]【】]*$|^(?:上一页|首页)[\s\u3000\d[\]【】]*(?:下一页|尾页)?$|^(?:本(?:新闻|文|篇|页))?共\s*\d{1,3}\s*页[,，]?\s*当前(?:在|为)?第\s*\d{1,3}\s*页[\s\u3000\d[\]【】]*$/;
/** A document-sharing site's prompts between its preview's pages (下载文档原格式（Word原格式，共8页）, 还剩5页未读，继续阅读,
 * 阅读已结束，如需继续阅读请下载文档…, 本文档由…上传…): page furniture, set where a page broke, inside a sentence or a figure
 * (batch 83's 丹东). */
const DOC_SHARE_PROMPT_RE = /^(?:下载文档原格式|还剩\s*\d{1,3}\s*页未读|阅读已结束|本文档由\S{1,20}上传|(?:立即|免费)?下载(?:本)?文档(?:[（(][^)）]{0,20}[)）])?$|开通VIP|下载券)/;
/** A phone's status bar at the top of a screenshot read by OCR (21:11 ⚙ 📶 5G 45%▢): the clock, then signs, the network and
 * the battery, no word. */
/** The app's top bar under it (<  漳州发布  ···): back, the account's name, the menu. */
const TOP_BAR_RE = /^[<＜‹〈]\s*[^\s<＜]{2,16}\s*(?:···|…|\.\.\.|⋯)$/;
export const STATUS_BAR_RE = /^\d{1,2}[:：]\d{2}(?=[^\u4e00-\u9fa5]*(?:\d{1,3}\s*%|[📶🔋]|[345]G|WiFi|LTE))[^\u4e00-\u9fa5]{2,30}$/u;
/** A paper's page furniture between the parts of a report it prints over several pages: the page's editors (责任编辑　周晓燕
 * 美术编辑　孙立新) and a photo's caption (图为…　本报记者　刘海波　摄). */
const EDITORS_LINE_RE = /^(?:(?:责任编辑|美术编辑|版式设计|版面设计|编辑|美编|校对|审核)[\s\u3000:：]+[\u4e00-\u9fa5]{2,4}[\s\u3000]*){1,4}$/;
// (A news app's picture set inside a paragraph, its caption closed by the credit in brackets: 鹰潭高新区一家铜加工企业的生产车间
// 内，工人正在调试设备。（鹰潭日报记者 黄一鸣 摄）, batch 113's 学习强国 copy; the paragraph's halves on either side are one.
// A live stream's time-stamped picture entry, 09:31 [图] 会场一角…（本网记者 周静 摄）, is an entry, not furniture.)
export const PHOTO_CAPTION_RE =
  /^图为[^。]{2,80}?(?:本报记者|记者|通讯员|摄影)[\s\u3000]*[\u4e00-\u9fa5]{2,4}[\s\u3000]*摄$|^(?!\d{1,2}[:：]\d{2})[^（(]{4,80}。[（(][\u4e00-\u9fa5]{0,10}(?:记者|通讯员|摄影)[\s\u3000]*[\u4e00-\u9fa5]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fa5]{2,4}){0,3}[\s\u3000]*摄[）)]$/;
/** A subtitle file's time code on a line of its own ([00:12:35], 00:12:35,120 --> 00:12:38,000). */
/** 幻灯片 3, 第3张幻灯片, Slide 3: a slide's marker in a deck saved as an outline (PowerPoint's 另存为大纲/文本). */
export const SLIDE_MARK_RE = /^(?:幻灯片\s*\d{1,3}|第\s*\d{1,3}\s*张幻灯片|Slide\s*\d{1,3})$/i;
export const TIME_CODE_LINE_RE = /^[\[［]?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?[\]］]?(?:\s*-->\s*\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)?$/;
/** A draft's reviewers' comment as a word processor exports it after the text (批注 [张伟4]: 建议改为“增长7%—7.5%”): a
 * proposal or a query on the draft, not the report's word. */
export const REVIEW_COMMENT_RE = /^批注\s*[\[［][^\]］\n]{1,16}[\]］]\s*[:：]/;
/**
 * A forwarded mail's head and foot: 发件人：黄伟 <huangwei@…>, 发送时间：2025年1月16日 14:37, 主题：转发: …, 附件：….docx (186 KB),
 * -------- 原始邮件 --------, the signature's -- and its 电话：… line, the mail system's 【保密提示】 (batch 73's 钦州).
 */
const MAIL_HEAD_RE =
  /^(?:(?:发件人|收件人|抄送|密送|From|To|Cc)\s*[:：].*(?:@|<)|(?:发送时间|日期|Sent|Date)\s*[:：]\s*(?:19|20)\d\d[-年/]|(?:主题|Subject)\s*[:：]\s*(?:转发|回复|答复|RE|FW|Fwd)\s*[:：]|(?:附件|Attachments?)\s*[:：].*(?:[(（]\s*\d+(?:\.\d+)?\s*[KMG]B\s*[)）]|\.(?:docx?|xlsx?|pdf|wps|zip)\b))|^-{2,}\s*(?:原始邮件|转发邮件|Original Message|Forwarded message)\s*-{2,}$|^--\s*$|^(?:电话|手机|传真|邮编|邮箱|E-?mail)\s*[:：][\d\s\-－—转()（）]{5,}(?:[\s\u3000]+(?:电话|手机|传真|邮编|邮箱)\s*[:：][\d\s\-－—转()（）]{5,})*$/i;
/** A legal-information database's field block: 【发布部门】…, 【效力级别】地方工作文件, 【全文】 (batch 71's 扬州); the fields with a
 * colon instead, 时效性：现行有效 (batch 117's 渭南). */
const LEGAL_DB_FIELDS = "发布部门|制定机关|发布日期|实施日期|时效性|效力级别|法规类别|发文字号|失效日期";
const LEGAL_DB_FIELD_RE = new RegExp(`^【(?:法规标题|标题|${LEGAL_DB_FIELDS})】|^【全文】$|^(?:${LEGAL_DB_FIELDS})[:：]`);
/** A congress document's print run, （共印550份） at its foot: the printer's, not a figure of the report. */
/** [图片], [图片：报告封面及会场全景], ［视频］: where a page showed an image or a clip (batch 93's 常熟 图解 opened its outline on one). */
const IMAGE_PLACEHOLDER_RE = /^[\[［](?:图片|图|视频|音频|图表)(?:[：:][^\]］]{0,40})?[\]］]$/;
const PRINT_RUN_RE = /^[(（]?\s*共印\s*\d{1,6}\s*份\s*[)）]?$/;
/** A news-feed app's comment section under a reposted report: its head (评论 128, 热门评论), and its furniture (the
 * commenter's name, place and date, 赞 215 · 回复, 查看全部128条评论, 写评论…). Readers' comments follow (batch 84's 通辽). */
export const FEED_COMMENTS_HEAD_RE = /^(?:评论|全部评论|热门评论|最新评论|精彩评论)[\s\u3000]*\d{0,6}$/;
const FEED_COMMENT_FURNITURE_RE =
  /^[^\s。，,]{1,16}[\s\u3000]*[·•][\s\u3000]*[\u4e00-\u9fa5]{2,4}[\s\u3000]*[·•][\s\u3000]*(?:\d{1,2}-\d{1,2}|\d{4}-\d{1,2}-\d{1,2}|\d+(?:分钟|小时|天)前)$|^赞[\s\u3000]*\d*[\s\u3000]*[·•][\s\u3000]*回复$|^查看全部\s*\d+\s*条(?:评论|回复)$|^写评论/;
/** An app's advertisement between a repost's paragraphs: 广告 alone on its line, the ad's lines, and its button. */
const AD_MARK_RE = /^(?:广告|推广|赞助)$/;
const AD_BUTTON_RE = /^(?:了解更多|查看详情|立即购买|去看看|立即下载|马上抢)$/;
/** How many lines an advertisement may run to between its mark and its button. */
const AD_MAX_LINES = 4;

/** Markers after which a web page has nothing but footer left. */
const FOOTER_TRIGGER_RE =
  /^(?:文档贡献者|相关文档(?:推荐)?$|相关推荐|相关阅读|相关新闻|分享到|版权和免责|免责声明|本文内容由互联网用户|标签\s*[:：]|责任编辑\s*[:：]|END$|往期推荐|推荐阅读|(?:责编|审核|编辑)\s*[:：]|长按(?:识别)?二维码|【法宝引证码】|相关资料$|相关法规$)/;
/** 本篇法规中的统计数据仅供参考，引用时请以原发布机关公布的文本为准。: a legal database's notice under its record, a sentence
 * that is still the page's footer (batch 117's 渭南). */
const DATABASE_NOTICE_RE = /^本篇法规/;
/** A mail system's notice at the foot of a message (【保密提示】本邮件及其附件…。): sentences, and still the footer. */
const MAIL_NOTICE_RE = /^(?:【(?:保密提示|免责声明|保密声明)】|本邮件(?:及其附件)?(?:含有|可能含有|仅限|仅供))/;
/** How many content lines such a notice may run to. */
const MAIL_NOTICE_MAX_LINES = 8;
// (END⏎来源：赤峰发布⏎责编：…⏎往期推荐｜…: a WeChat account's closing, batch 67's 赤峰.)

export const SITE_NAMES = [
  "杭州网", "浙江在线", "新华网", "人民网", "中国政府网", "央视网", "中国网", "光明网", "澎湃新闻", "杭州日报", "浙江日报",
];

/** `浙江在线1月17日讯`, `杭州日报讯 `, `新华社杭州1月17日电`, `本报讯(记者 …)` at the start of a paragraph. */
const DATELINE_RE =
  /^(?:本报|[\u4e00-\u9fff]{1,8}?(?:在线|日报|晚报|早报|时报|商报|新闻网|网|新闻社|社|电视台|客户端|融媒体中心))(?:[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日)?(?:讯|电)(?:[(（]记者[^)）\n]{0,24}[)）])?[\s:：]*/;

/** A news article's byline on a line of its own: 本报记者 陈敏　通讯员 甬府宣, 记者 王晓丹 李军, 四川日报全媒体记者　周　岚　何　川
 * (a name spaced out character by character), 文/广州日报全媒体记者 林晓彤　通讯员 黄宣 (batch 44's 广州日报), □本报记者　韩雪松
 * (a paper's mark before it). */
// (A name transliterated from Uyghur, Kazakh or Tibetan runs longer, its parts joined by ·: 古丽米拉·艾尼瓦尔.)
const BYLINE_RE =
  /^(?:[□■◇◆●○][\s\u3000]*)?(?:文[/／｜|][\s\u3000]*)?(?:本报|本刊|新华社|人民日报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|电视台|新闻网))?(?:全媒体|融媒体)?(?:首席|特约|实习)?记者[\s\u3000]*(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff·]{1,4})(?:[\s\u3000、]+(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff·]{1,6})){0,7}$/;
/** A newspaper page's masthead: 宁波日报　2025年1月16日　第1版, 成都日报　2025年1月21日　第01版：要闻, 《湖南日报》　2025年1月15日
 * (the paper, the date, the page and its section), or the date and the page alone under the paper's name
 * (2025年01月16日　星期四　第01版：要闻). */
const MASTHEAD_RE =
  /^(?:(?:《?[\u4e00-\u9fff]{1,10}(?:日报|晚报|早报|时报|商报|报)》?(?:数字版|电子版)?[\s\u3000]*(?=(?:19|20)\d\d年))|(?=(?:19|20)\d\d年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期[一二三四五六日天][\s\u3000]*)?第\s*\d{1,3}\s*版))(?:19|20)\d\d年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期[一二三四五六日天])?[\s\u3000]*(?:第\s*\d{1,3}\s*版)?(?:[\s\u3000]*[:：]?[\s\u3000]*[\u4e00-\u9fff]{0,6})?$/;

/** 南方日报｜2025年1月15日｜A01版：要闻: a masthead parted by bars, its page lettered, read as the spaced kind (a line
 * with neither is left as it is, and no line with either matches MASTHEAD_RE as written). */
const mastheadForm = (text: string) => text.replace(/[｜|]/g, " ").replace(/第?\s*[A-Z](\d{1,3})\s*版/, "第$1版");

/** 云南日报 alone on a line, above the date and page line of its masthead: the paper's name, no headline. */
const PAPER_NAME_RE = /^《?(?![^》]*的)[\u4e00-\u9fff]{1,6}(?:日报|晚报|早报|时报|商报)》?(?:数字报|电子版|数字版)?$/;

/** A paper's date line under its name: 1996年2月6日　星期二　农历乙亥年腊月十八 (the weekday, perhaps the lunar date), the
 * date in numerals too (一九六四年四月九日　星期四, batch 113's 抚顺日报 of 1964). */
const PAPER_DATE_RE = /^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[\s\u3000]*星期[一二三四五六日天](?:[\s\u3000]*农历[\u4e00-\u9fff]{2,10})?$/;

/** A word count appended to a web title: `(全文14794字)`. */
export const WORD_COUNT_RE = /[(（]\s*全文\s*[0-9０-９,，]+\s*字\s*[)）]\s*$/;

export const MEETING_RE =
  /^[(（—\-\s]*((?:\d{4}|20[xX×]{2}|[〇○零一二三四五六七八九]{4})年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*在(.{2,60}?)(?:会议|大会)上\s*[)）]?$/;
// (北滘镇镇长　冯锦荣, 兴安盟盟长…: a township's or a league's head too, batches 105 and 107.)
const SPEAKER_RE = /(?:区长|市长|县长|省长|总理|州长|旗长|盟长|镇长|乡长)\s*([\u4e00-\u9fff·]{2,4})$/;
const NAME_ONLY_RE = /^[\u4e00-\u9fff·]{2,4}$/;
const TITLE_WORD_RE = /工作报告|摘登|摘编|报告全文|报告摘要/;

/** Length of a dateline prefix at the start of a paragraph, 0 when there is none. */
export function datelineLength(text: string): number {
  const m = DATELINE_RE.exec(text);
  return m ? m[0].length : 0;
}

export function stripWordCount(text: string): string {
  return text.replace(WORD_COUNT_RE, "").trim();
}

/** 龙岩市2019年国民经济和社会发展统计公报: the year a statistics bulletin counts (group 1). */
const STATISTICS_BULLETIN_YEAR_RE = /(\d{4})年[^，,。\d]{0,20}统计公报/;

/** The year the title block gives: the meeting line's (——2023年1月12日在…会议上), else a title's. Metadata's base year
 * (before a page date and the file name) and the section builder's delivery year. */
export function titleBlockYear(lines: readonly ClassifiedLine[]): number | null {
  // (（一九五六年四月十七日在…会议上）: the 1950s write the date in numerals. 大同市第七届人民代表大会第三次会议文件（二） above
  // the dateline names the meeting without a year: the first meeting line with one gives it, batch 81's 大同.)
  const fromMeeting = lines.filter((l) => l.front === "meeting").map((l) => /(\d{4})年/.exec(arabicYears(l.text))).find(Boolean);
  if (fromMeeting) return Number(fromMeeting[1]);
  for (const l of lines) {
    const title = l.front === "title" ? arabicYears(stripWordCount(l.text)) : "";
    // 龙岩市2019年国民经济和社会发展统计公报: a year's statistical bulletin is published the year after it.
    const bulletin = STATISTICS_BULLETIN_YEAR_RE.exec(title);
    if (bulletin) return Number(bulletin[1]) + 1;
    const m = /(\d{4})年/.exec(title);
    if (m) return Number(m[1]);
  }
  return null;
}

export function speakerFromLine(text: string): string | null {
  const m = SPEAKER_RE.exec(text);
  if (m) return m[1];
  return NAME_ONLY_RE.test(text) ? text : null;
}

/** Page furniture of the copies of batches 109–112: a forum post's header (山城布衣 发表于 2016-2-27 21:46 | 只看该作者), its
 * 楼主 mark and edit note; a line of hashtags alone (#张家界两会# #政府工作报告#); a video's credits line (出品：…｜记者：…); an
 * e-reading app's note count and footer (共 20 个笔记, 来自拾页读书). */
const COPY_FURNITURE_RE = /^(?:[^\s\u3000]{1,20}[\s\u3000]+发表于[\s\u3000]*(?:19|20)\d\d-\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}.*|楼主|本帖最后由.{1,40}编辑|(?:#[^#\n]{1,30}#[\s\u3000]*){1,8}|(?:出品|监制|策划|制作)[：:][^。！？]{1,60}[｜|][^。！？]{1,60}|共[\s\u3000]*\d{1,4}[\s\u3000]*个(?:笔记|划线|想法)|来自[\u4e00-\u9fa5A-Za-z]{2,10}(?:读书|阅读)(?:[\s\u3000]*[Aa]pp)?)$/;

/** 回复 支持(12) 反对(0) 举报, 返回列表 发新帖: a forum thread's buttons under a post. */
const FORUM_BUTTONS_RE = /^(?:回复[\s\u3000]+支持[（(]\d+[）)][\s\u3000]+反对[（(]\d+[）)](?:[\s\u3000]+举报)?|返回列表[\s\u3000]+发新帖)$/;

/** 2023/02/14 21:03 alone on its line: when an app's note or a post was made, the page's furniture (batch 111's 嘉峪关 export). */
const STAMP_LINE_RE = /^(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?$/;

/** 【画面：天门山盘山公路航拍】, 【镜头推向报告文本】: a video script's direction for the camera or the cut, no words of it. */
const SHOT_DIRECTION_RE = /^[【\[](?:画面|镜头|配乐|音效|转场|空镜)(?:[：:][^【】\[\]]{0,60})?[】\]]$/;

/** 以上内容由AI生成，仅供参考, 复制 重新生成 👍 👎: an AI assistant's answer pasted from a chat app, its disclaimer and its
 * buttons (batch 114's 毕节). */
const ASSISTANT_FURNITURE_RE = /^(?:(?:以上|本)(?:内容|回答|回复)(?:由|为|均由)?\s*(?:AI|人工智能|大模型)\s*生成.{0,20}|(?:(?:复制|重新生成|分享|朗读|👍|👎)[\s\u3000]*){2,6})$/u;

/** A speech-to-text export's furniture (batch 121's 贺州): the recording's length, when it was transcribed, the tool's
 * disclaimer, and the speaker-and-time line over each paragraph (发言人2 00:03:06). (The recording's file name above them,
 * 六届人大二次会议第一次全体会议_政府工作报告.m4a, is the export's title: metadata.ts reads it without its extension.) */
const TRANSCRIPT_FURNITURE_RE = /^(?:(?:录音|音频|视频)?时长[:：][\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?|转写时间[:：][\s\u3000]*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?|[（(]本文由(?:AI|人工智能|语音识别|机器)[^（）()]{0,30}[）)]|(?:发言人|说话人|讲话人|[Ss]peaker)[\s\u3000]?\d{1,2}[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)$/;

/** The furniture of the copies of batches 109–114 and 121, each looked for on the trimmed line. */
const COPY_FURNITURE = [STAMP_LINE_RE, SHOT_DIRECTION_RE, FORUM_BUTTONS_RE, COPY_FURNITURE_RE, ASSISTANT_FURNITURE_RE, TRANSCRIPT_FURNITURE_RE];

export function isBoilerplateLine(text: string): boolean {
  if (!text) return false;
  // A web page copied as one line opens on its breadcrumb (您当前的位置…): the line is the whole text, never clutter.
  if (text.length > 400 && (text.match(/。/g)?.length ?? 0) >= 3) return false;
  if (NAV_RE.test(text) || META_LABEL_RE.test(text) || STANDALONE_RE.test(text) || PREV_NEXT_RE.test(text)) return true;
  if (BYLINE_RE.test(text) || MASTHEAD_RE.test(mastheadForm(text)) || PAPER_NAME_RE.test(text) || PAPER_DATE_RE.test(text)) return true;
  if (text.length <= 60 && text.replace(CLUTTER_WORDS_RE, "") === "" && /[\u4e00-\u9fff]/.test(text)) return true;
  if (DISCLAIMER_HEAD_RE.test(text) || UGC_RE.test(text) || URL_ONLY_RE.test(text) || PAGE_NO_RE.test(text) || PRINT_RUN_RE.test(text)) return true;
  const trimmed = text.trim();
  if (IMAGE_PLACEHOLDER_RE.test(trimmed) || COPY_FURNITURE.some((re) => re.test(trimmed))) return true;
  if (MAIL_HEAD_RE.test(text) && !text.includes("。")) return true;
  if (LEGAL_DB_FIELD_RE.test(text) && !text.includes("。")) return true;
  if ((WECHAT_META_RE.test(text) || MICROBLOG_REPLY_TIME_RE.test(text)) && text.length <= 60) return true;
  if (FORUM_META_RE.test(text) && text.length <= 80) return true;
  const noFullStop = !text.includes("。");
  if (COPYRIGHT_RE.test(text) && (noFullStop || text.length < 80)) return true;
  if (META_ANY_RE.test(text) && noFullStop && text.length <= 120) return true;
  for (const site of SITE_NAMES) {
    if (text === site) return true;
    if (text.startsWith(site) && /^\s/.test(text.slice(site.length)) && /\d{4}[-年/.]\d/.test(text)) return true;
  }
  return false;
}

/** A figure in a headline: a per cent, or an amount with a scale (not a year, not an ordinal). */
const FIGURE_HEADLINE_RE = /\d(?:\.\d+)?\s*(?:%|％|个百分点|万亿|亿|万)|百分之/;

function isTitleLine(text: string, next: string | undefined, repeated: boolean): boolean {
  const t = stripWordCount(text);
  if (!t || t.length > 60 || endsSentence(t) || /[:：]$/.test(t) || INFO_BLOCK_LINE_RE.test(t)) return false;
  // (政 府 工 作 报 告: a printed title set with blanks between its characters.)
  if (TITLE_WORD_RE.test(unspacedHeading(t.trim()))) return true;
  // 区十七届人大五次会议隆重开幕⏎孙明远作政府工作报告　今年…: a news headline's first line, above the line that names the
  // report, is part of the headline.
  if (next !== undefined && TITLE_WORD_RE.test(stripWordCount(next)) && !endsSentence(next) && t.length <= 30) return true;
  if (next !== undefined && (META_ANY_RE.test(next) || /记者/.test(next)) && isBoilerplateLine(next)) return true;
  return repeated;
}

export function classifyLines(lines: Line[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = lines.map((l) => ({
    index: l.index, start: l.start, end: l.end, cStart: l.cStart, cEnd: l.cEnd, text: l.text, csvLone: l.csvLone,
    kind: l.text ? "content" : "blank", front: undefined,
  }));
  let afterDisclaimer = false;
  for (const l of out) {
    if (l.kind === "blank") continue;
    if (afterDisclaimer || isBoilerplateLine(l.text) || MD_LINK_LINE_RE.test(l.text)) l.kind = "boilerplate";
    afterDisclaimer = !afterDisclaimer && DISCLAIMER_HEAD_RE.test(l.text);
  }
  markTranslations(out);
  markFrontMatter(out);
  markRepeatedTitles(out);
  markPageFurniture(out);
  // (A news-feed app's comment section: found once, its furniture marked, and the footer before it kept from it.)
  const comments = feedCommentsStart(out);
  markFeedFurniture(out, comments);
  markFooter(out, comments);
  markMailSignatures(out);
  markLicenceFooter(out);
  markEncyclopediaEntry(out);
  return out;
}

/** 参考资料 and the 引用日期 of its items: an online encyclopedia's entry (百科词条) copied as text. */
const REFERENCES_HEAD_RE = /^参考资料\s*$/;
const REFERENCE_ITEM_RE = /\[引用日期[^\]]*\]\s*$/;
/** The entry's info box, a label a line (中文名, 发布时间…) with its value on the next line or after a tab. */
const INFO_BOX_LABEL_RE = /^(?:中文名|外文名|别名|发布时间|发布单位|发布机构|报告人|报告时间|所属地区|类别|类型)(?=$|[\t\u3000 ]{1,}|[:：])/;
/** 1 报告全文, 1.1 一、2018年工作回顾: the entry's table of contents under its 目录 line. */
const CONTENTS_ITEM_RE = /^\d{1,2}(?:\.\d{1,2})?\s+\S.{0,48}$/;
const ENTRY_FOOT_RE = /^(?:词条标签|词条统计|浏览次数|编辑次数|最近更新|更新时间|创建者)\s*[:：]|^词条统计$/;

/**
 * An online encyclopedia's entry on a report (batch 60's 遂宁): its info box, its table of contents, its reference list
 * and its foot are the site's, not the report's. Read only in a text that shows it is one (a reference list whose items
 * carry 引用日期): the labels alone (发布时间, 报告人) are words any page may hold.
 */
function markEncyclopediaEntry(out: ClassifiedLine[]): void {
  if (!out.some((l) => l.kind !== "blank" && REFERENCE_ITEM_RE.test(l.text))) return;
  const lines = out.filter((l) => l.kind !== "blank");
  let inContents = false;
  let inReferences = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (REFERENCES_HEAD_RE.test(l.text)) inReferences = true;
    if (l.text === "目录") {
      inContents = true;
      l.kind = "boilerplate";
      continue;
    }
    if (inContents && CONTENTS_ITEM_RE.test(l.text)) {
      l.kind = "boilerplate";
      continue;
    }
    inContents = false;
    if (inReferences || ENTRY_FOOT_RE.test(l.text) || REFERENCE_ITEM_RE.test(l.text)) {
      l.kind = "boilerplate";
      continue;
    }
    const label = INFO_BOX_LABEL_RE.exec(l.text);
    if (!label || l.kind !== "content") continue;
    l.kind = "boilerplate";
    // (中文名⏎2019年遂宁市人民政府工作报告: the value on the line after its label.)
    const next = lines[i + 1];
    if (l.text.length === label[0].length && next && next.text.length <= 40 && !endsSentence(next.text) && !INFO_BOX_LABEL_RE.test(next.text)) {
      next.kind = "boilerplate";
      i++;
    }
  }
}

/** `[来源](https://…)`: a Markdown note's link to its source, alone on its line. */
const MD_LINK_LINE_RE = new RegExp(`^${MD_LINK_PATTERN}$`);

const LATIN_LETTER_RE = /[A-Za-z]/g;

/** A line of a foreign language: twenty Latin letters or more and at most one Han character for every five of them,
 * or a short line with no Han character at all (`I. Review of Our Work in 2024`). */
function isForeignLine(text: string): boolean {
  const latin = text.match(LATIN_LETTER_RE)?.length ?? 0;
  const han = countHan(text);
  return (latin >= 20 && han * 5 <= latin) || (latin >= 8 && han === 0);
}

/**
 * A Chinese text (ten Han lines or more) with three lines or more in another language is a study copy or a page that adds a
 * translation after each paragraph (中英对照): the translation repeats the report's figures, so it is no part of the
 * report to read. Its lines are skipped (kept in the stored original) and counted in a warning. A text in another
 * language throughout is not touched.
 */
function markTranslations(out: ClassifiedLine[]): void {
  const content = out.filter((l) => l.kind === "content");
  if (content.filter((l) => countHan(l.text) >= 10).length < 10) return;
  const foreign = content.filter((l) => isForeignLine(l.text));
  // (One or two such lines are a name or a masthead, China Daily; a translation runs through the text.)
  if (foreign.length < 3) return;
  for (const l of foreign) Object.assign(l, { kind: "boilerplate", translation: true });
}

/** Wikisource's closing notice (本作品是中华人民共和国的法律、法规…属于公有领域), split over lines by its links. */
const LICENCE_START_RE = /^本作品(?:是|在|来自|属于|采用|已)/;
const LICENCE_WORDS_RE = /公有领域|著作权法|知识共享|版权/;

function markLicenceFooter(out: ClassifiedLine[]): void {
  const start = out.findIndex((l) => l.kind === "content" && LICENCE_START_RE.test(l.text));
  if (start === -1) return;
  const rest = out.slice(start).filter((l) => l.kind !== "blank");
  const tail = rest.map((l) => l.text).join("");
  if (tail.length > 600 || !LICENCE_WORDS_RE.test(tail)) return;
  for (const l of rest) l.kind = "boilerplate";
}

function markFrontMatter(out: ClassifiedLine[]): void {
  const nonBlank = out.filter((l) => l.kind !== "blank");
  const counts = new Map<string, number>();
  for (const l of nonBlank) {
    const t = stripWordCount(l.text);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // 市十八届人大四次会议开幕⏎今年成都GDP预期增长6%左右⏎周启航作政府工作报告⏎本报记者 …: a news article's headline
  // block is every short line above its byline.
  // (A masthead above it, the paper's name and its date and page line, is no part of the block: 云南日报⏎2025年1月20日…)
  // (Or the dateline that opens the body, where the byline is inside it: 南方日报讯（记者/林晓、黄思敏）1月14日上午，…)
  const byline = nonBlank
    .slice(0, HEADLINE_BLOCK_MAX + 2 + MASTHEAD_LINES_MAX)
    .findIndex((l) => (l.kind === "boilerplate" && /记者/.test(l.text)) || (l.kind === "content" && BYLINED_DATELINE_RE.test(l.text)));
  // (A transcriber's note in 〔〕 above the masthead is no part of it either, batch 113's 抚顺日报.)
  const headline = byline > 0 ? nonBlank.slice(0, byline).filter((l) => l.kind !== "boilerplate" && !BRACKETED_NOTE_LINE_RE.test(l.text.trim())) : [];
  const headlineBlock = headline.length > 0 && headline.length <= HEADLINE_BLOCK_MAX && headline.every((l) => l.text.length <= HEADLINE_LINE_MAX && !endsSentence(l.text));
  let seenMeeting = false;
  let seenTitle = false;
  let examined = 0;
  for (let i = 0; i < nonBlank.length && examined < 8; i++) {
    const l = nonBlank[i];
    // (包头市人民政府公报　　　　2019年第2期 above the title: a gazette's head set across its first page.)
    // (〔大同市档案馆藏　全宗号18…〕, 〔录入说明：…〕: an archive's catalogue line and its transcriber's note above the
    // title, each wholly in brackets, batch 81's 大同.)
    if (l.kind === "boilerplate" || isGazetteHeadAcross(l.text) || BRACKETED_NOTE_LINE_RE.test(l.text.trim())) continue;
    examined++;
    const repeated = (counts.get(stripWordCount(l.text)) ?? 0) > 1;
    if (headlineBlock && headline.includes(l)) {
      markTitle(l);
    } else if (MEETING_RE.test(l.text)) {
      seenMeeting = true;
      Object.assign(l, { kind: "front", front: "meeting" });
    } else if (SPEAKER_RE.test(l.text) && l.text.length <= 40) {
      Object.assign(l, { kind: "front", front: "speaker" });
    } else if (seenMeeting && NAME_ONLY_RE.test(l.text)) {
      Object.assign(l, { kind: "front", front: "speaker" });
    } else if (seenTitle && !seenMeeting && BARE_DATE_LINE_RE.test(l.text.trim())) {
      // 关于…修改情况的说明⏎盘锦市人民政府研究室⏎（2020年1月8日）: a document's issuing office and its date under its title.
      seenMeeting = true;
      Object.assign(l, { kind: "front", front: "meeting" });
    } else if (seenTitle && ISSUER_LINE_RE.test(l.text.trim())) {
      markTitle(l);
    } else if (isTitleLine(l.text, nonBlank[i + 1]?.text, repeated)) {
      seenTitle = true;
      markTitle(l);
      // 关于《政府工作报告》（征求意见稿）⏎修改情况的说明: a title broken over two lines, the document it names on the second.
      const rest = nonBlank[i + 1];
      if (rest?.kind === "content" && TITLE_OPENED_RE.test(l.text.trim()) && TITLE_CLOSED_RE.test(rest.text.trim())) {
        markTitle(rest);
        i++;
      }
    } else break;
  }
}

/** The longest line of a headline block: a deck that sums the speech up (贺振邦市长作工作报告：去年全市工业总产值比前年增长
 * 百分之八点九，今年要达到十六亿六千万元, batch 113's 抚顺日报) runs past forty characters. */
const HEADLINE_LINE_MAX = 60;

/** A line wholly in 〔〕: an archive's or a transcriber's note. */
const BRACKETED_NOTE_LINE_RE = /^〔[^〔〕]+〕$/;

/** （2020年1月8日）: a date alone in brackets on its line. */
const BARE_DATE_LINE_RE = /^[（(](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[)）]$/;
/** 某市人民政府研究室, 某区发展和改革局: an office that issues a document, named alone on its line. */
const ISSUER_LINE_RE = /^[\u4e00-\u9fa5]{2,20}(?:研究室|办公室|办公厅|发展和改革局|发展和改革委员会|统计局|财政局)$/;

/** 关于… left open (no document named yet), and a short line that names the document (…修改情况的说明). */
export const TITLE_OPENED_RE = /^关于(?!.*(?:报告|说明|意见|决定|通知|方案|办法|纲要|规划|公报)$)/;
const TITLE_CLOSED_RE = /^[^。，,；;：:]{2,20}(?:报告|说明|意见|决定|通知|方案|办法|纲要|规划|公报)$/;

/** 政府工作报告 closing a line: the report's own title, on top of its first page, whatever heads its other pages. */
const namesReport = (text: string) => /政府工作报告$/.test(text);

/** A gazette's name and its issue set at the two ends of a page's head line. */
function isGazetteHeadAcross(text: string): boolean {
  return /\S(?: {3,}|\u3000{2,})\S/.test(text.trim()) && GAZETTE_HEAD_RE.test(text.trim()) && !namesReport(text.trim());
}

/** A title line; 今年地区生产总值预期增长5%左右, a headline that states a figure, is also read as the article's first sentence. */
function markTitle(l: ClassifiedLine): void {
  Object.assign(l, { kind: FIGURE_HEADLINE_RE.test(l.text) || SLOGAN_HEADLINE_RE.test(l.text) || isCallHeadline(l.text) ? "content" : "front", front: "title" });
}

/** 锚定目标不放松　实干争先开新局, 奋力谱写中国式现代化贵州篇章: a headline that strives for the year is the article's
 * first sentence too (12 readers of 13 label it a goal), not only its title. */
const SLOGAN_HEADLINE_RE = /^(?:——)?[^，。,]{0,8}?(?:奋力|锚定|勇当|勇挑|凝心聚力|坚定信心|真抓实干|实干争先|扛起|扛牢|谱写)/;

/** 南方日报讯（记者/林晓）, 本报讯（记者 王某）, 新华社成都1月25日电（记者 王某）: a dateline that names its reporters; or
 * 本报讯　浙江省…, a paper's own dateline of the 1990s, unsigned. */
const BYLINED_DATELINE_RE = /^[\u4e00-\u9fa5]{0,8}(?:\d{1,2}月\d{1,2}日)?(?:讯|电)[\s\u3000]*[（(]记者|^本报讯[\s\u3000]/;

/** A news headline runs to four lines at most (a kicker, the headline, a subhead or two). */
const HEADLINE_BLOCK_MAX = 4;
/** A masthead takes two lines at most (the paper's name, then its date and page). */
const MASTHEAD_LINES_MAX = 2;

/** A title repeated below the front matter (web pages repeat it at the end) is boilerplate. */
function markRepeatedTitles(out: ClassifiedLine[]): void {
  const titles = new Set(out.filter((l) => l.front === "title").map((l) => stripWordCount(l.text)));
  if (titles.size === 0) return;
  for (const l of out) if (l.kind === "content" && !l.front && titles.has(stripWordCount(l.text))) l.kind = "boilerplate";
}

/** A table's figure or unit alone on its line: 4.6, 5.5以内, %. */
const FIGURE_CELL_RE = /^(?:[-−+]?\d+(?:\.\d+)?(?:左右|以上|以内|以下)?|%|‰)$/;

/** Running titles repeat on every page; three times is more than any heading or short body line does. */
const RUNNING_TITLE_MIN = 3;

/** Page numbers (— 3 —, 第3页) and a PDF's running title (a short line repeated on page after page). */
function markPageFurniture(out: ClassifiedLine[]): void {
  const counts = new Map<string, number>();
  // 与经济增长同步 in a table flattened one cell a line, between its row's figures, is a cell however often it repeats.
  // (A running head beside its page number, 15⏎许昌市人民政府公报⏎…, has body text on its other side.)
  const besideFigure = (l: ClassifiedLine) => {
    const [before, after] = [out[l.index - 1], out[l.index + 1]];
    if (!before || !after || ![before, after].every((n) => n.kind !== "blank" && n.text.trim().length <= 20 && !endsSentence(n.text))) return false;
    return [before, after].some((n) => FIGURE_CELL_RE.test(n.text.trim()));
  };
  for (const l of out) if (l.kind !== "blank" && l.text.length <= 30 && !besideFigure(l)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  for (const l of out) {
    if (l.kind === "blank") continue;
    if (TABLE_RULE_RE.test(l.text)) {
      Object.assign(l, { kind: "boilerplate", pageFurniture: true });
      continue;
    }
    const running =
      (counts.get(l.text) ?? 0) >= RUNNING_TITLE_MIN && countHan(l.text) >= 4 && !endsSentence(l.text) && !/[:：]$/.test(l.text);
    if (PAGE_NO_RE.test(l.text) || DOC_SHARE_PROMPT_RE.test(l.text.trim()) || TIME_CODE_LINE_RE.test(l.text) || SLIDE_MARK_RE.test(l.text.trim()) || STATUS_BAR_RE.test(l.text) || TOP_BAR_RE.test(l.text) || EDITORS_LINE_RE.test(l.text) || PHOTO_CAPTION_RE.test(l.text) || running) Object.assign(l, { kind: "boilerplate", pageFurniture: true });
  }
  markScreenshotOverlaps(out);
  // 15⏎许昌市人民政府公报: a bare number beside a running title is the page's number (alone, it may be a table's cell).
  const neighbour = (l: ClassifiedLine, step: -1 | 1) => {
    let k = l.index + step;
    while (out[k]?.kind === "blank") k += step;
    return out[k];
  };
  for (const l of out) {
    if (l.kind !== "content" || !/^\d{1,3}$/.test(l.text)) continue;
    if ([neighbour(l, -1), neighbour(l, 1)].some((n) => n?.pageFurniture && !PAGE_NO_RE.test(n.text))) Object.assign(l, { kind: "boilerplate", pageFurniture: true });
  }
  // A gazette's running head beside a page number (— 4 —⏎中华人民共和国国务院公报, — 5 —⏎国务院公报　2022·9): it
  // alternates between pages, so it need not repeat; nor need a report's title beside its page number.
  for (const l of out) {
    // (包头市人民政府公报　　…　　2019年第2期: a head set across a two-column page, its ends far apart.)
    if (l.kind !== "content" || l.text.replace(/\s{2,}/g, " ").length > 30 || endsSentence(l.text) || !GAZETTE_HEAD_RE.test(l.text)) continue;
    const near = [out[l.index - 1], out[l.index + 1]].some((n) => n?.pageFurniture && PAGE_NO_RE.test(n.text));
    if (near) Object.assign(l, { kind: "boilerplate", pageFurniture: true });
  }
  markPageTurns(out);
  // The same head on an issue's first page, where no page number is printed beside it, is the same furniture.
  // (Not a report's title: 政府工作报告 beside a page number is a running head, on top of the first page the title.)
  const heads = new Set(out.filter((l) => l.pageFurniture && GAZETTE_HEAD_RE.test(l.text) && !namesReport(l.text)).map((l) => l.text));
  for (const l of out) if (l.kind === "content" && heads.has(l.text)) Object.assign(l, { kind: "boilerplate", pageFurniture: true });
  // …放大　缩小　默认⏎政府工作报告（全文）⏎（上接第二版）: a short line that is no sentence, with a page's furniture on both sides
  // of it, is the next page's running title (a paper's digital edition, batch 123's 海东日报).
  for (const l of out) {
    // (Never a line of the text itself, broken by the pages: a paragraph's indent, a clause mark, a figure or a jump line says
    // so: 　　全年粮食产量达到49⏎— 1 —.)
    if (l.kind !== "content" || l.text.trim().length > 30 || endsSentence(l.text) || /^[\s\u3000]|[，,；;：:、]|\d(?!\d*年)|[（(](?:下转|上接|转|接)/.test(l.text)) continue;
    const [before, after] = [out[l.index - 1], out[l.index + 1]];
    if (before?.pageFurniture && after?.pageFurniture) Object.assign(l, { kind: "boilerplate", pageFurniture: true });
  }
}

/** 上一页 1 2 3 4 5 下一页: a news portal's navigation between the pages of one article. */
// (第1页　共3页　［1］　2　3　下一页: the page count and the current page in brackets, batch 76's 聊城.)
const PAGE_NAV_RE = /^(?:上一页|首页)?[\s\d]*(?:下一页|尾页)$|^上一页[\s\d]*$|^(?=.*(?:上一页|下一页|尾页))(?:第\s*\d{1,3}\s*页)?[\s\u3000]*(?:共\s*\d{1,3}\s*页)?[\s\u3000]*(?:首页)?[\s\u3000]*(?:上一页)?[\s\u3000\d［］\[\]【】]*(?:下一页)?[\s\u3000]*(?:尾页)?$/;
/** A page's title repeated with its number: 2017年黄冈市政府工作报告（2）, …第2页. */
const PAGE_TITLE_NUMBER_RE = /\s*(?:[（(]\d{1,2}[)）]|第\d{1,2}页)$/;

/**
 * A news portal's article split over pages and saved page after page (上一页 1 2 3 4 5 下一页⏎（责任编辑：…）⏎·related
 * articles⏎the site's name⏎首页>…⏎the title（2）⏎its date and source line): what stands between one page's text and the next
 * is furniture, so that a sentence the page broke goes on (全社会固定资产投资1956.3⏎…⏎亿元，增长16.2%: batch 70's 黄冈).
 */
function markPageTurns(out: ClassifiedLine[]): void {
  const titles = new Set(out.filter((l) => l.front === "title").map((l) => l.text.trim()));
  for (const nav of out) {
    if (nav.kind === "blank" || !PAGE_NAV_RE.test(nav.text.trim())) continue;
    Object.assign(nav, { kind: "boilerplate", pageFurniture: true });
    for (let k = nav.index + 1; k < out.length; k++) {
      const line = out[k];
      const text = line.text.trim();
      if (line.kind === "blank" || line.pageFurniture) continue;
      const turn = line.kind === "boilerplate" || /^[·•]/.test(text) || (PAGE_TITLE_NUMBER_RE.test(text) && titles.has(text.replace(PAGE_TITLE_NUMBER_RE, "")));
      if (!turn) break;
      Object.assign(line, { kind: "boilerplate", pageFurniture: true });
    }
  }
}

/**
 * Screenshots stitched together repeat the last line or two of one screen at the top of the next, under its status bar
 * and top bar (…并请市政协委员和其他列席人员提⏎出意见。⏎21:11 ⚙ 📶 5G 44%▢⏎<  漳州发布  ···⏎出意见。): a line after the
 * furniture that repeats a line before it, or the end of one, is the overlap.
 */
function markScreenshotOverlaps(out: ClassifiedLine[]): void {
  const content = (from: number, step: -1 | 1) => {
    let k = from;
    while (out[k] && (out[k].kind === "blank" || out[k].pageFurniture)) k += step;
    return out[k];
  };
  for (const bar of out) {
    if (!bar.pageFurniture || !STATUS_BAR_RE.test(bar.text)) continue;
    const before = [content(bar.index - 1, -1)];
    if (before[0]) before.unshift(content(before[0].index - 1, -1));
    let next = content(bar.index + 1, 1);
    for (let n = 0; n < 2 && next && next.kind === "content"; n++) {
      const text = next.text.trim();
      const repeated = before.some((b) => b && b.kind === "content" && text.length >= 2 && (b.text.trim() === text || b.text.trim().endsWith(text)));
      if (!repeated) break;
      Object.assign(next, { kind: "boilerplate", pageFurniture: true, overlap: true });
      next = content(next.index + 1, 1);
    }
  }
}

/** A drawn table's rule between its rows (┌──┬──┐, ├──┼──┤, └──┴──┘, +----+----+): no text, and the table (or a
 * paragraph) goes on across it as across a page break. */
const TABLE_RULE_RE = /^(?=.*[\u2500-\u257F])[\u2500-\u257F\s\u3000]{3,}$|^\+(?:[-=]{2,}\+){2,}$/;

/** A periodical's running head: its title (…公报, …日报) or its issue (2022·9, 2022年第9期, 第9号); a report's own
 * running title beside a page number (— 1 —⏎政府工作报告, — 3 —⏎义乌市十七届人大四次会议文件) even when the copy is too
 * short for it to repeat. */
const GAZETTE_HEAD_RE = /(?:公报|日报|学报|月刊|周刊|政报)|政府工作报告$|(?:会议|大会)(?:文件|材料)(?:之[一二三四五六七八九十\d]{1,3})?$|(?:19|20)\d\d\s*[·•.．]\s*\d{1,2}$|(?:19|20)\d\d年第\d{1,3}[期号]|第\d{1,3}[期号]$/;

/** How many lines a mail's signature may run to under its `--`. */
const SIGNATURE_MAX_LINES = 4;

/** --⏎钦州市人民政府办公室新闻科　李婷⏎电话：…: a mail's signature, from its `--` to the next blank line (batch 73's 钦州). */
function markMailSignatures(out: ClassifiedLine[]): void {
  out.forEach((l, i) => {
    if (l.text.trim() !== "--") return;
    const block: ClassifiedLine[] = [];
    // (The mail system's notice after it is footer already.)
    for (let j = i + 1; j < out.length && out[j].kind !== "blank" && out[j].kind !== "boilerplate"; j++) block.push(out[j]);
    if (block.length <= SIGNATURE_MAX_LINES && block.every((b) => !b.text.includes("。"))) for (const b of block) b.kind = "boilerplate";
  });
}

/** Everything after a footer marker is boilerplate, provided no body text (a long line or a full stop) follows. */
function markFooter(out: ClassifiedLine[], comments: number): void {
  const notice = out.findIndex((l) => l.kind === "content" && MAIL_NOTICE_RE.test(l.text.trim()));
  if (notice >= 0 && out.slice(notice).filter((l) => l.kind === "content").length <= MAIL_NOTICE_MAX_LINES) {
    for (let j = notice; j < out.length; j++) if (out[j].kind !== "blank") out[j].kind = "boilerplate";
    return;
  }
  // (A feed app's readers' comments come after its footer; they are read as replies, not marked as footer: process-text.)
  let lastBody = -1;
  for (const l of out) if (l.index < comments && l.kind === "content" && (l.text.length > 60 || l.text.includes("。")) && !DATABASE_NOTICE_RE.test(l.text.trim())) lastBody = l.index;
  for (const l of out) {
    if (l.index <= lastBody || l.kind === "blank" || !FOOTER_TRIGGER_RE.test(l.text)) continue;
    for (let j = l.index; j < Math.min(out.length, comments); j++) if (out[j].kind !== "blank") out[j].kind = "boilerplate";
    return;
  }
}

/** Where a news-feed app's comment section opens (its head, in the last half of the text), or the text's length. */
export function feedCommentsStart(out: readonly ClassifiedLine[]): number {
  const head = out.find((l) => l.index >= out.length / 2 && l.kind !== "blank" && FEED_COMMENTS_HEAD_RE.test(l.text.trim()));
  return head ? head.index : out.length;
}

/** A news-feed app's furniture: its advertisements between paragraphs and its comment section's names, likes and links. */
function markFeedFurniture(out: ClassifiedLine[], comments: number): void {
  for (let i = comments; i < out.length; i++) {
    const text = out[i].text.trim();
    if (out[i].kind === "content" && (FEED_COMMENTS_HEAD_RE.test(text) || FEED_COMMENT_FURNITURE_RE.test(text))) out[i].kind = "boilerplate";
  }
  for (let i = 0; i < out.length; i++) {
    if (out[i].kind === "blank" || !AD_MARK_RE.test(out[i].text.trim())) continue;
    const content = out.slice(i + 1).filter((l) => l.kind !== "blank").slice(0, AD_MAX_LINES + 1);
    const button = content.findIndex((l) => AD_BUTTON_RE.test(l.text.trim()));
    if (button === -1) continue;
    for (const l of [out[i], ...content.slice(0, button + 1)]) Object.assign(l, { kind: "boilerplate", pageFurniture: true });
  }
}
