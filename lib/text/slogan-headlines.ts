// A news article's headline that is a call for the year (决战脱贫攻坚　决胜全面小康, 稳增长　促转型　惠民生): the article's
// first sentence, read as a goal, and still its title. 73 of the 76 such headlines readers labelled are goals; a headline
// about the session (市十九届人大四次会议开幕, ——聚焦市政府工作报告, 代表热议) is not one.

/** The words such a call opens on (稳中求进, 决战…, 加快建设…, 开局“十四五”…). */
const CALL_OPENING_RE =
  /^(?:——)?(?:坚持|稳中求进|稳字当头|稳增长|保增长|稳油|稳通道|决战|决胜|加快|聚焦|聚力|开局|开启|奋进|奋楫|抢抓|立足|踔厉奋发|乘势而上|弘扬|破解|扩投资|重建家园|感恩奋进|守护|挤干水分|统筹|主动适应|高质量建设|推动|建设|打造|全力|砥砺|勇毅|团结奋斗)/;
/** A headline about the session, the report or the people at it, or one that says something, is not a call. */
const ABOUT_SESSION_RE = /会议|报告|开幕|闭幕|人大|政协|代表|委员|提出|解读|图解|读懂|记者|访|[。！？!?；;：:，,]/;

export function isCallHeadline(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && CALL_OPENING_RE.test(t) && !ABOUT_SESSION_RE.test(t);
}
