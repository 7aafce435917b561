// Lexical cues for the sentence classifier. Each has a short Chinese reason shown in the UI.
// Plain verbs (推进, 深化, 完成, 实现) appear in both halves of a report and are deliberately weak.
import { readYear } from "@/lib/text/chinese-numerals";
import { INFO_BLOCK_LINE_RE, LIVE_STAMP_RE } from "@/lib/text/heading-patterns";
import type { Part } from "./types";

export interface Cue {
  re: RegExp;
  reason: string;
  /** strong cues can overrule the section; weak ones only decide when the section says nothing. */
  strong: boolean;
  /**
   * The cue holds even against the part it sits in: a planned target quoted in a review (力争…, 到2020年…), a result
   * reported in a plan (一年来…, 完成了…).
   */
  againstPart?: boolean;
  /** The cue reads the whole sentence (anchored at both ends): it decides, whatever other cue the sentence holds. */
  whole?: boolean;
  /** A problem cue that calls for a solution (切实加以解决): with a task word it makes a task, not a problem. */
  callsForAction?: boolean;
}

/** Framing sentences: neither goal nor achievement. */
/** 新征程催人奋进。, 新的一年，使命催人奋进。, 奋斗创造历史，实干成就未来。: the slogan that opens or closes the plan (50
 * labels of 50 other), in a sentence of its own with no figure; a run-in lead too. */
const SLOGAN_RE = /^(?:各位代表[，,])?(?:新的一年[，,])?[^。；;0-9０-９]{0,18}(?:催人奋进|创造历史|重任在肩|使命在肩|号角已经?吹响|蓝图已经?绘就|任务艰巨|使命光荣|呼唤新(?:作为|担当|奋斗|气象)|需要新(?:作为|担当))(?:[，,][^。；;0-9０-９]{2,14})?[。！!]?$/;

export const FRAME_CUES: Cue[] = [
  // 回顾一九五五年的工作，成绩是主要的。, 回顾这一年的工作，主要有以下几个方面。: the year summed up in a word, or the review's
  // parts announced (batch 122's 西安, 1956 and 1957).
  { re: /^回顾[^。，,]{2,16}[，,](?:成绩是主要的|主要有以下[^。]{0,6}(?:方面|几点))[。：:]?$/, reason: "总体评价/过渡", strong: true },
  { re: /^各位代表/, reason: "称呼「各位代表」", strong: true },
  // 据了解，全省今年地区生产总值预期增长…: a city's article citing its province's or the country's figure for context (6 labels
  // of 7 other, batches 92 and others).
  // (Its result last year is a result all the same: 据了解，全省去年工农业总产值…, batch 52's 无锡日报.)
  { re: /^据(?:了解|悉|介绍)[，,]全(?:省|国|自治区)(?=[^。，,]{0,4}(?:今年|预期|目标))/, reason: "他处数字(背景)", strong: true },
  // 我们坚信，有全市人民的共同努力…, 过去一年的实践使我们深刻体会到…, 站在新的起点上，我们将…: confidence, lessons and the
  // closing call, none a task or a result (9, 9 and 3 labels of as many, other).
  // (回顾一年来的工作，我们深深体会到…, 一年来的实践使我们体会到…: batch 120's 石家庄, 1987 and 1988.)
  { re: /^(?:各位代表[，,！!])?我们(?:坚信|相信|深信)[，,：:]|深刻体会|深切体会|深深(?:地)?体会|使我们(?:进一步)?(?:体会|认识)到|^站在新的(?:历史)?起点上[，,]/, reason: "信心与体会", strong: true },
  // 如果需要，我还可以帮你对比…: an AI assistant's offer at the end of its answer (batch 114's 毕节).
  { re: /^(?:如果|如)(?:你|您)?(?:还)?(?:需要|愿意|感兴趣)[的话]*[，,]?(?:我|可以)/, reason: "助手的提议", strong: true },
  // 根据报告内容，毕节市2020年政府工作报告由市长周正源于2020年1月9日在市四届人大四次会议上作出，主要包括…: who delivered
  // the report, when and where (an AI assistant's summary, batch 114's 毕节).
  { re: /(?:政府工作)?报告由[^。；;]{0,12}(?:市长|省长|区长|县长|州长|盟长|旗长|总理|主席)[^。；;]{0,40}(?:作出|所作|作)(?=[，,。])/, reason: "会议程序", strong: true },
  // 报送：市委、市人大常委会…, 抄送：大会主席团成员…: who a document is sent to (a session bulletin's foot, batch 115's 东莞).
  { re: /^(?:报送|抄送|分送|主送|发送)[：:]/, reason: "发送范围", strong: true },
  // 代表们还就优化营商环境…等提出了意见和建议。: the discussion's business, not what the report sets (batch 115's bulletin).
  { re: /^代表们[^。；;]{0,60}提出了?(?:许多|不少|一些)?(?:意见和建议|建议和意见|意见建议)/, reason: "会议程序", strong: true },
  // 建议市政府在…统筹考虑…, 希望市政府继续加大对…的扶持: a deputy's suggestion or hope, addressed to the government, sets
  // none of its tasks (batch 115's session bulletin; 希望… in reports and news: 3 labels of 3 other).
  { re: /^(?:[^。；;，,]{0,8}[，,])?(?:建议|希望)(?:市政府|省政府|区政府|县政府|政府|市委|市里|区里|县里|省里|有关部门|相关部门|上级|进一步|继续|加大|加快|尽快|对|在|把|将|出台|给予|支持)/, reason: "代表建议/希望", strong: true },
  // 报告对过去一年工作的总结很实在。: a deputy's judgment of the report (what it says is said after: 报告对今年的工作提出了…).
  { re: /^(?:政府工作)?报告(?:对|把)[^。；;]{0,30}(?:总结|评价|分析|概括|部署)(?:得)?(?:很|非常|十分|比较|相当)(?:实在|客观|全面|到位|中肯|准确|精准|务实|清晰)/, reason: "代表评价报告", strong: true },
  // 各县（市、区）人民政府，市政府各部门：, 现将有关情况通报如下：: an official document's addressees and the line that hands
  // over its contents (a division of work, a progress report, batches 71–72).
  { re: /^各[^。；;]{0,80}(?:人民政府|管委会|部门|单位|院校|企业)[^。；;]{0,20}[：:]$|^现将[^。；;]{0,40}(?:通报|报告|说明|印发)(?:如下|给你们)|^[（(]此件(?:公开发布|主动公开|依申请公开|不予公开)[)）]$/, reason: "行文对象与程序", strong: true },
  // 牵头单位：市发改委, 责任单位：各县市区政府, 完成时限：2023年12月底: who answers for a task and by when, in a division of
  // the report's work (batch 71's 十堰, 12 labels of 12).
  { re: /^(?:牵头单位|责任单位|配合单位|协办单位|牵头领导|责任领导|完成时限|完成时间)[：:]/, reason: "分工(责任单位与时限)", strong: true },
  // 注：⏎1.本公报中2019年数据为初步统计数。 3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。: how a
  // bulletin's or a table's figures are counted, said in its notes, states no result (a statistics bulletin, batch 63).
  // 〔本文有删节〕, 〔下缺〕: an editor's or a transcriber's note wholly in 〔〕 (batch 120's 石家庄年鉴).
  { re: /^〔[^〔〕]{2,30}〕$/, reason: "编者/录入者注", strong: true },
  // (按照第四次全国经济普查结果，2018年全市地区生产总值修订为778.6亿元，各项增速均按可比口径计算: a census's revision of
  // the base, batch 118's 巴彦淖尔.)
  { re: /^(?:注|注释|附注)[：:]?$|^(?:按照?|根据)第[一二三四五六七八九十\d]+次全国(?:经济|农业|人口)普查(?:结果|数据)?[，,]|本公报|^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])?本表|^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])?(?:[^。，,；;\d]|(?:19|20)\d\d年){1,24}(?:统计范围为|为(?:初步统计数|初步核算数|快报数|[^。，,；;\d]{0,10}推算数))|四舍五入的原因|^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])?[^。，,；;\d]{2,20}绝对数按现价计算/, reason: "统计口径说明", strong: true },
  // 同志们，蓝图已经绘就…: a 管委会's or a work conference's salutation, as 各位代表 is a congress's (12 labels of 12).
  { re: /^同志们[，,：:！!]/, reason: "称呼「同志们」", strong: true },
  // 孟繁宇：谢谢刘主任。, 下面请各位记者提问 (a press conference's host, batch 99's 乌海): the meeting's own words.
  // 海宁新闻 记者 周婷 朱浩 报道 (a news video's sign-off, batch 108's 海宁): who reported, no content.
  { re: /^[\u4e00-\u9fa5]{0,10}[\s\u3000]*记者[\s\u3000]*(?:[\u4e00-\u9fa5]{2,4}[\s\u3000、]*){1,4}报道[。]?$/, reason: "记者署名", strong: true },
  // 大会表决通过了…选举办法, 表决结果：赞成245票, 报告历时93分钟，其间29次被掌声打断, 各代表团分组审议… (a live blog of the
  // session, batch 104's 北仑): the session's business, however the entry's time stamp opens it.
  { re: /^(?:\d{1,2}[:：]\d{2}[\s\u3000]*)?(?:(?:今天|今日)?(?:上午|下午|晚上)?[，,]?)?(?:(?:大会|会议)(?:还)?表决通过了?|表决结果[：:]|各代表团(?:分组)?(?:审议|讨论)|报告历时)/, reason: "会议程序", strong: true },
  // 会议期间 代表们将审议政府工作报告: the session's business, in a subtitle's words.
  { re: /^(?:会议期间|本次会议|大会期间)?[，,\s]*代表们(?:还)?将(?:分组)?(?:审议|审查|讨论)/, reason: "会议程序", strong: true },
  { re: /^(?:[^：:。，,]{1,24}[：:])?谢谢[\u4e00-\u9fa5]{0,4}(?:主任|局长|市长|区长|县长|秘书长|发言人|部长|主席)[。！!]?$|^(?:[^：:。，,]{1,24}[：:])?下面(?:请|有请)(?:各位)?(?:记者|媒体)(?:朋友们?)?提问/, reason: "会议程序(发布会)", strong: true },
  // 解读：比去年“8%以上”的目标调低0.5个百分点… (an explainer's note under a card): why, not what (batch 101's 淮北).
  { re: /^解读[：:]/, reason: "解读(说明)", strong: true },
  // 解读文件：《2022年淮北市政府工作报告》⏎解读机关：…⏎解读人：…: an explainer's info block says what it explains and by whom.
  { re: INFO_BLOCK_LINE_RE, reason: "解读信息栏", strong: true },
  // (民营经济促进法草案提请审议，…条例施行: a law's passage listed among a year's results is no procedure of this session.)
  // (受市人民政府委托，现将…计划草案提请…会议审查: who a planning report is delivered for, batch 43's 济南.)
  { re: /请予审议|提请大会审议|提请.{0,6}审议(?=[，,]?(?:请|并请|$|。))|向大会(作|报告)|^经.{0,16}(?:大会|会议|人大)(?:审议)?批准|^受[^，,。]{2,12}委托[，,]现将/, reason: "会议程序", strong: true },
  // 十四届全国人大二次会议当天上午开幕。 会议将审查国民经济和社会发展计划报告和预算草案。: a news article's account of
  // the session, not the report's content.
  { re: /(?:会议|大会|人代会)[^。；;]{0,16}(?:开幕|闭幕|结束)[。！!]?$|^(?:本网|本台|本报|[\u4e00-\u9fa5]{1,4}网)将?(?:持续|继续)(?:关注|报道)|^(?:会议|大会)(?:还)?将?(?:书面)?(?:审查|审议|听取)了?/, reason: "会议程序", strong: true },
  // 大会应到代表389名，实到372名，符合法定人数。 区长代表区人民政府作政府工作报告。 本次大会会期3天，将审议…报告: the
  // session's own business in a news article.
  { re: /应到代表|符合法定人数|^出席(?:今天|本次)?(?:的)?(?:大会|会议)的[^。，,；;]{0,10}代表(?:有|共)?[\d一二三四五六七八九十百]|代表[^。，,；;]{1,12}政府作[^。，,；;]{0,6}工作报告|^[^。，,；;]{0,12}(?:省长|市长|区长|县长|主席|总理)[^。，,；;]{0,6}作(?:政府)?工作报告[。！!]?$|会期[\d一二三四五六七八九十半]+天|将审议[^。；;]{0,30}(?:报告|草案)/, reason: "会议程序", strong: true },
  // 李强说。 他说。 区长在接受记者采访时表示。: the attribution of a quote.
  // (买买提江·吾斯曼说。: a name transliterated with · runs longer.)
  { re: /^(?:[\u4e00-\u9fa5]{1,8}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,6})(?:在[\u4e00-\u9fa5]{2,14}(?:时|上|中))?(?:说|表示|指出|强调|介绍)[。！!]$/, reason: "引语出处", strong: true },
  // 全国人大代表、…企业负责人陈某说，… 在他看来，…: a deputy's, an expert's or a resident's view in a news article is
  // comment on the report, neither its goal nor its result (the head of government quoting the report is the report).
  // (…负责人陈某在接受记者采访时说。 after the quote attributes it.)
  { re: /^[^。；;“”]{0,30}(?:代表|委员|专家|学者|研究员|教授|分析师|经济学家|负责人|负责同志|董事长|总经理|书记|主任|局长|厂长|院长|校长|所长|市民|居民|村民|牧民|农民|渔民|种植户|养殖户|理事长|社长)[^。；;“”，,]{0,8}(?:说|表示|认为|建议|坦言|告诉记者|接受[^。；;，,]{0,10}采访(?:时(?:表示|说))?)[，,：:“]|^[^。；;“”]{0,30}(?:代表|委员|专家|学者|研究员|教授|分析师|经济学家|负责人|负责同志|董事长|总经理|主任|局长|厂长|院长|校长|所长|市民|居民|村民|牧民|农民|渔民|种植户|养殖户|理事长|社长|工程师|技术员|工人|职工|员工|店主|老板|医生|教师|家长|志愿者|创业者|企业家|商户|游客)[^。；;“”，,]{0,24}(?:说|表示|坦言|告诉记者)[。！!]$|^(?:他|她|大家|与会代表|代表们|委员们)(?:还|纷纷|一致)?(?:告诉记者|表示|认为|坦言)|^(?:会上|会议期间|会场上)[，,]?(?:与会)?代表们|^[^。；;“”]{0,30}(?:代表|委员)[^。；;“”，,]{0,16}(?:则|也|还)?(?:格外|特别|尤其|十分|更加?|最)关注|^在(?:他|她|专家)(?:们)?看来/, reason: "他人评论", strong: true },
  // (今年我市工作的总任务是：…: the 1950s' wording, 2 labels of 2 other, batch 122's 西安.)
  { re: /指导思想(是|为)?[:：]?|(?:基本思路|总体要求|总的要求|总任务)(?:是|为)[:：]?/, reason: "指导思想", strong: true },
  // 要点解读：…, 宣讲提示：宣讲时可结合本地实际…: a briefing outline's notes to its speakers (batch 120's 中卫 宣讲提纲).
  { re: /^(?:要点解读|宣讲提示|宣讲要点|讲解提示|讲解要点)[：:]/, reason: "宣讲提示(讲者说明)", strong: true },
  { re: /表示(?:衷心|诚挚)?的?感谢|致以(崇高的|诚挚的)?敬意|衷心感谢|(?:衷心的|诚挚的)(?:感谢|问候)/, reason: "致谢", strong: true },
  // 再次感谢您对我们工作的关心和支持: a reply letter's thanks to the deputy who wrote (batch 122's 商丘).
  { re: /^(?:再次|特别)?(?:感谢|谢谢)(?:您|你们|各位)/, reason: "致谢", strong: true },
  // 商丘市住房和城乡建设局 alone on its line, over the letter's date: the office that signs it.
  { re: /^(?!加快|建设|推进|打造|创建|构建|培育|全面)[\u4e00-\u9fa5]{1,8}(?:省|市|县|区|州|旗|盟)(?!域)[\u4e00-\u9fa5（）()]{0,20}(?:局|委员会|办公室|厅|人民政府)$/, reason: "落款(署名)", strong: true, whole: true },
  { re: /^让我们|^(?:新时代)?新征程|^新使命/, reason: "结束语", strong: true },
  // 做好今年政府工作，要坚持以习近平新时代中国特色社会主义思想为指导: the guiding ideology set out for the year, not a
  // task (一年来，区政府坚持以…为指导 reports the year).
  { re: /(?:要|必须|将)(?:始终)?(?:坚持)?以[^。；;]{2,40}(?:思想|理论)为指导/, reason: "指导思想", strong: true },
  // “目标定得积极一些，是为了给全区传递信心。” 目标定得稳一些，工作抓得实一些: how the targets were pitched (two readers).
  { re: /^[“"]?(?:今年的?|这样的?)?(?:增长|预期)?目标定得[^，,。]{1,8}[，,]/, reason: "目标说明", strong: true },
  // “这是一个积极稳妥、经过努力可以实现的目标。”: the target's pitch, quoted (batches 85–90, 5 readers).
  { re: /^[“"]?这是一个[^。；;]{0,24}的目标/, reason: "目标说明", strong: true },
  // 下面进行大会第二项议程, 请各代表团认真审议, 谢谢某某市长的报告, 大会开幕会到此结束，散会: the chair's lines around the
  // report in a record of the sitting (a stenographic record, a broadcast's transcript: batches 88 and 89).
  { re: /^(?:下面|现在)?(?:进行|开始)?大会第[一二三四五六七八九十\d]+项议程|^请各(?:代表团|位代表)|^各代表团[^。；;]{0,12}审议|(?:开幕会|闭幕会|全体会议)到此结束|^散会|^[\u4e00-\u9fa5]{2,4}[：:]谢谢[^。，,]{0,12}的报告|^谢谢[^。，,]{2,12}(?:市长|县长|区长|州长|盟长|省长|主席|总理)的报告|^书面报告已印发/, reason: "会议程序", strong: true },
  // 主要考虑：这一目标与全省预期目标相衔接…: a planning report's reason under each target (batch 43's 济南).
  { re: /^主要考虑(?:的是)?[：:]/, reason: "目标说明", strong: true },
  // 地区生产总值增长6.5%左右的预期目标，与全省目标相衔接…, 地区生产总值预期增速比上年目标下调0.5个百分点，与…保持一致 (batches
  // 103, 106 and 108): why the headline target was set so, said after naming it.
  // (提出地区生产总值增长8%左右，与全省预期目标保持一致，也为…留有余地: the target named with the verb that set it, batch
  // 113's 鹰潭.)
  // (生产总值增长7.5%左右，比去年目标低0.5个百分点 / 与全省衔接: the headline target named alone, then set against another:
  // batch 79's 金华, 3 labels of 3.)
  { re: /^(?:(?:提出|确定|设定)[^，,。；;\d]{2,16}?(?:增长|增速)[\d.]+%(?:左右|以上)?|(?:地区)?生产总值(?:增长|增速)[\d.]+%(?:左右|以上)?|[^，,。；;]{2,16}?(?:(?:增长|增速)?[\d.]+%(?:左右|以上)?的(?:预期)?目标|预期增速比上年(?:目标|预期)?(?:下调|上调|调低|调高|持平)[^，,。；;]{0,10}))[，,](?:与|和|同|既)[^。]{0,30}(?:衔接|一致|相适应|相匹配|考虑)/, reason: "目标说明", strong: true },
  // “这个目标实事求是、留有余地…”, “把增长目标定在8%左右，既积极又稳妥…”: a quoted voice on how the target was pitched
  // (batches 46, 62 and 100: 3 labels of 3 other).
  { re: /^[“"]?(?:这个|这一|这些|今年的?)(?:增长)?目标[，,]?(?:既)?(?:实事求是|留有余地|积极稳妥|积极又稳妥|稳中求进)|^[“"]?把(?:经济)?(?:增长|增速)?目标定在[\d.]+%(?:左右|以上)?[，,](?:既|主要|充分|这)/, reason: "目标说明", strong: true },
  // 上述目标中，全省地区生产总值预期增长9.5%左右，我市高出0.5个百分点，既体现了…，也考虑了…: the targets set against the
  // province's, then why (batch 114's 毕节).
  { re: /^(?:上述|以上|这些)(?:目标|指标)中[，,][^。]{0,60}[，,](?:既|充分|综合|主要是?)(?:体现|考虑)/, reason: "目标说明", strong: true },
  // 确定地区生产总值增长11%左右，比去年的预期目标低2个百分点，主要是考虑到…; 全省确定的…预期增速是12%，我市比全省高出1个百分点，既考虑了
  // …: a target set against last year's or the province's, then why (batch 96's 佳木斯).
  // (其中，地区生产总值增长8%左右，比2020年实际增速高出4.4个百分点，体现了…的导向: against last year's result named by its
  // year, batch 117's 黄山; …比上年预期目标调低0.5个百分点，既充分考虑了…: batch 118's 永州.)
  { re: /(?:比|较)(?:去年|上年|全省|全市|(?:19|20)\d\d年)[^。；;，,]{0,12}(?:高|低)(?:出)?[\d.]+个百分点[，,](?:既|主要是?|充分|这是){0,2}(?:考虑|体现)/, reason: "目标说明", strong: true },
  // 这些目标，既考虑了稳增长的现实需要，又…, 今年的目标，既考虑了需要，也考虑了可能: why the targets are what they are.
  // (“6%以上的工业增速目标，体现了…, 6.5%左右的目标，是跳一跳才能够得着的, 6%左右的目标高于全国…, 确定生产总值增长10%左右
  // 的预期目标，既考虑了…: the target named by its figure, then why or how it was pitched; batches 11–36, 8 readers.)
  // (确定上述目标，主要是从我市实际出发: where the targets came from, batch 54's 开封; 上述目标，既与全省…相衔接, 上述目标与
  // 福州市确定的…目标保持一致, 上述目标，统筹考虑了…: batch 86.)
  { re: /^(?:报告(?:解释|还|也)?(?:说|指出|表示)[，,：:]?)?[“"]?(?:(?:提出|确定|设定)(?:[^，,。；;\d]{0,12}?(?=[\d.]+%))?)?(?:这些|这个|这一|上述|以上|今年的?|这样的?|[\d.]+%(?:左右|以上)?的)?(?:预期)?(?:经济)?(?:工业)?(?:增长|增速)?(?:预期)?(?:目标|指标|速度)[，,]?(?:既|主要(?:是)?|充分|综合|统筹|是)?(?:与[^，,。；;]{1,48}?相?)?(?:考虑|兼顾|衔接|(?:保持)?(?:基本)?一致|积极稳妥|积极又稳妥|既积极又|留有余地|体现|跳一跳|高于|低于|从[^，,。；;]{1,20}?出发|着眼于?|基于)/, reason: "目标说明", strong: true },
  // 这些指标，是在全面分析了有利条件和不利因素之后确定的，既积极又留有余地: how the targets were set (batch 120's 石家庄, 1987).
  { re: /^(?:这些|上述|以上)(?:目标|指标)[，,]?是在[^。]{2,40}(?:确定|提出|制定)的/, reason: "目标说明", strong: true },
  // 与去年相比，今年的GDP增速目标下调了0.5个百分点。: how this year's target compares with last year's (5 of 5 labelled).
  // (与去年13%左右的增长目标相比，今年的计划增长速度调低了1个百分点: the target named first, its speed after.)
  { re: /^[“"]?与(?:去年|上年)[^，,。]{0,14}相比[，,][^。]{0,16}(?:目标|速度|增速)(?:又|再)?(?:下调|上调|调低|调高|提高|降低)/, reason: "目标对比(与去年相比)", strong: true },
  // 报告回顾了过去一年的工作，部署了2023年的目标任务。: a news article's account of what the report does.
  // “向海图强”成为报告的高频词, 民生同样是报告的高频词: what the article says of the report's wording (5 readers of 5).
  // (在报告中，“制造业当家”仍是高频词.)
  { re: /(?:(?:是|成为|成了)(?:本次|今年)?(?:政府工作)?报告(?:中)?的?|报告[^。；;]{0,20}(?:是|成为|成了)[^。；;]{0,6})(?:高频词|关键词|热词)[。！!]?$/, reason: "报告概述", strong: true },
  // 现场响起热烈掌声, （掌声）, 全体起立，奏唱国歌, 会场外，代表们陆续抵达, 我们继续为您直播: a live coverage's own account of
  // the hall (every such entry of batch 26's 图文直播 labelled other).
  { re: /^(?:[（(](?:长时间)?(?:热烈)?掌声[)）]|(?:现场|会场(?:上|内|里)?)(?:再次)?响起|会场(?:外|内|上)[，,]|(?:本网|本台|本报)?(?:前方)?记者(?:在会场|已在会场|在会场外)|全体起立|(?:省长|市长|区长|县长|主席)走上(?:讲台|主席台)|(?:我们)?(?:将)?继续为您(?:直播|报道)|本次(?:图文|视频)?直播|各位网友|现场不少代表|(?:省长|市长|区长|县长)作报告用时|【(?:现场|主持人|更正|背景|花絮|链接|网友互动|网友留言|代表声音|代表心声)】|[\[［](?:图|视频)[\]］])/, reason: "现场报道", strong: true },
  // 大会执行主席、主席团常务主席主持开幕会, 省委…领导同志在主席台就座, 这一消息在代表中引起热烈反响: how the session went,
  // not what the report says, however close to its targets the article puts it.
  { re: /主持(?:了)?(?:开幕会|闭幕会|全体会议)[。]?$|在主席台(?:前排)?就座|全体代表起立|奏国歌|宣布(?:大会)?(?:开会|开幕)|^(?:这一|这个|此)(?:消息|决定|举措)[^。，,]{0,8}引起(?:了)?(?:热烈|强烈)(?:反响|反应)/, reason: "会议程序", strong: true },
  // 报告用约一半的篇幅部署今年的工作, 报告进入第二部分, 报告最后号召: how the report goes, not what it says. (周立诚的报告
  // 多次被代表们的掌声打断: how it was received, batch 54's 开封日报.)
  { re: /^报告(?:用[^，,。]{0,8}篇幅|进入第[一二三四五六七八九十]部分|最后(?:号召|呼吁)|在[^。，,]{0,12}(?:引起|激起)[^。，,]{0,6}(?:反响|共鸣))|(?:是|成为)(?:本次|今年)?(?:政府工作)?报告中?(?:着墨最多|篇幅最多|篇幅最长|最受关注)的|^(?:[\u4e00-\u9fa5]{2,4}(?:所作)?的)?(?:政府工作)?报告[^。，,]{0,6}被[^。，,]{0,12}掌声/, reason: "报告概述", strong: true },
  // 在随后的分组审议中，代表们结合本地实际展开热烈讨论: the session's course.
  { re: /^(?:在)?(?:随后的?|当天下午的?)?分组审议(?:中|时)[，,]?代表们/, reason: "会议程序", strong: true },
  // 大会今天上午举行分组讨论。, 据悉，本次会议将持续至1月16日。: the session's timetable.
  { re: /(?:本次|此次)(?:会议|大会)将(?:持续|开)(?:到|至)[^。，,]{0,10}(?:日|闭幕)|^(?:大会|会议)(?:今天|明天|昨天|当天)?(?:上午|下午|晚上)?(?:举行|进行|召开)(?:分组讨论|分组审议|全体会议|预备会议|主席团会议)/, reason: "会议程序", strong: true },
  { re: /^报告(?:全面)?(?:回顾|总结)了?[^。；;]{0,24}[，,](?:并)?(?:部署|提出|安排)了?|^报告(?:从[^。；;，,]{1,8}方面)?(?:全面)?(?:回顾|总结)了?[^。；;，,]{0,16}工作[。！!]?$/, reason: "报告概述", strong: true },
  // 会议充分肯定市人民政府过去一年的工作，认为报告…，同意这个报告。: the congress's resolution approving the report (batch
  // 119's 晋城, the 人大 portal's copy).
  { re: /^会议(?:充分|高度)?(?:肯定|赞同)[^。]{0,60}(?:同意|批准)(?:这个|该)?报告/, reason: "决议(批准报告)", strong: true },
  // 主要指标完成情况见表1。 …见下表。 该项为预计数，最终数据以统计部门公布为准。: pointers to a table and notes on the data;
  // 附表：2024年主要指标完成情况及2025年预期目标: a table's caption.
  // (2024年主要预期目标完成情况, a table's title over its rows.)
  // 注1：营商环境，指市场主体…, [注3]“四上”企业，即…: a reading edition's glossary note defines a word of the text.
  { re: /^[［\[【]?注\s*[0-9０-９]{1,2}[］\]】]?[：:\s\u3000]?[^，,。]{1,24}[，,：:]?(?:是)?(?:指|即|是指|包括|又称|简称)/, reason: "注释(名词解释)", strong: true },
  { re: /^专栏[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,2}[\s\u3000：:]|^(?:(?:19|20)\d\d年)?(?:全[省市区县])?(?:主要)?(?:预期目标|经济社会发展主要指标|主要指标)(?:完成|执行|实现)情况(?:表|如下)?[:：]?$|(?:详)?见(?:附)?(?:[表图]|专栏)\d{1,2}[。！!]?$|(?:详)?见(?:下|附|以下)[表图][。！!]?$|为预计数|以统计部门(?:最终)?(?:公布|发布)(?:的)?(?:数据)?为准|^(?:附表|表)[\d一二三四五六七八九十]{0,2}[：:\s\u3000]+[^。；;！!]{2,40}$/, reason: "数据说明(见表/注)", strong: true },
  // 附件：2023年十件民生实事: an appendix's caption names the list under it (its items are the plan's).
  { re: /^附件[\d一二三四五六七八九十]{0,2}[：:\s\u3000]+[^。；;！!]{2,30}$/, reason: "附件标题", strong: true },
  // 同时也要看到，…长期向好的基本面没有改变: the other side of the problems just named, a judgement of the situation (5 of 5
  // labelled other), not one more problem.
  { re: /^(?:但是|同时|但)?[，,]?(?:我们)?(?:也|还)?(?:要|应该|应当)?看到[，,][^。]*(?:有利条件|积极因素|机遇|优势|韧性|长期向好|基本面|潜力|有力支撑|空间广阔)/, reason: "形势判断(有利条件)", strong: true },
  // A press conference on the report, as its transcript (实录) gives it: the host's and the speakers' own business (谢谢您的提问,
  // 首先，请…介绍, 今天的发布会就到这里), how the report was drafted and laid out, where it can be read (batch 29's 安吉 实录).
  { re: /^(?:[^：:。，,]{1,24}[：:])?(?:谢谢|感谢)(?:主持人|您的提问|你的提问|记者的提问|各位|大家)|^(?:[^：:。，,]{1,24}[：:])?(?:由于时间关系[，,])?(?:今天的)?(?:新闻)?发布会(?:就)?(?:到此|到这里)|^(?:首先|下面|接下来|现在)[，,]?(?:请|有请)[^。；;]{0,30}(?:介绍|回答|发布|解读)/, reason: "发布会程序", strong: true },
  // (我的报告讲三个部分。 第一部分，2010年的工作回顾；第二部分，…: the report's plan said aloud, batch 56's 速记稿.)
  { re: /今天我们邀请了|^为(?:便于|帮助)[^。；;]{0,24}(?:理解|了解)|^(?:我的|今天的?|今年的?|本次|这次)?(?:《?政府工作报告》?|报告)(?:共|主要)?(?:分(?:为)?|讲|包括)[一二三四五六七八九十两\d]+(?:个)?部分|^我(?:今天)?(?:主要)?(?:讲|报告|汇报)[一二三四五六七八九十两]+个(?:部分|方面)[。：:，,]|^第一部分[，,：:][^。；;]{2,30}[；;]第二部分|^(?:(?:先|首先|下面|现在|接下来|然后|最后)[，,]?)?(?:我|我们)?(?:再|先|来|就)?讲第[一二三四五六七八九十]部分[。：:]?$|^(?:在)?报告起草过程中|^以下(?:为|是)(?:政府工作)?报告(?:全文|原文|摘要|要点|摘登)[：:。]?$|报告全文已在[^。；;]{0,24}(?:公布|发布|刊发|刊登)|审议通过了?[^。；;]{0,40}政府工作报告/, reason: "报告说明", strong: true },
  // 今年的任务艰巨而光荣。 一九九六年的任务光荣而艰巨。: the year's work judged, not a task (the 1990s readers).
  { re: /^(?:今年|明年|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|(?:19|20)\d\d年)?的?(?:任务|工作)(?:艰巨而光荣|光荣而艰巨|十分艰巨|十分繁重|艰巨繁重)[。！!]?$/, reason: "任务评价", strong: true },
  // 把今年经济增长速度定在12%左右，是综合考虑了…: why the target is where it is (钱立宏说：“… in a news article).
  { re: /^(?:[^“"。，,]{1,12}(?:说|表示|指出)[：:，,]?)?[“"]?把(?:今年|明年)?的?[^，,。]{0,10}(?:增长速度|增速|增长目标|目标)定在[^，,。]{1,12}[，,](?:主要)?是/, reason: "目标说明", strong: true },
  // 记者注意到，…: the reporter's own remark in a news article.
  { re: /^记者(?:注意到|了解到|发现|观察到)/, reason: "记者评述", strong: true },
  // 今年的经济增长目标比去年低1个百分点, 预期目标比去年下调0.5个百分点: a target set beside last year's is a comment on the
  // target, not one (36 labels of 36, news and reports).
  { re: /目标(?:值)?(?:比|较)(?:去年|上年)(?:的[^，,。]{0,10})?(?:有所)?(?:低|高|下调|上调|调低|调高|提高|降低|回落)/, reason: "目标比较(与去年)", strong: true },
  // 从周边城市看，成都今年提出…增长5.5%左右，西安提出…: other places' targets set beside the region's (4 labels of 5 other;
  // other places' results, 从全省看，2024年…增长5.1%, are results to their readers and keep their kind).
  { re: /^(?:放在|放到|从)[^，,。]{1,12}(?:看|来看)[，,][^。]*(?:今年|明年)[^。]{0,16}(?:提出|目标)/, reason: "他地目标(对比)", strong: true },
  // 这些成绩来之不易。 “这份成绩单，是全区上下拼出来、干出来的。”: a judgement of the year, not a result.
  { re: /^(?:这些|上述|以上)?成绩(?:的取得)?(?:来之不易|殊为不易|实属不易)|^[“"]?这(?:份|些)成绩单?[，,]?是[^。！!]{2,24}(?:出来|换来|干出来|拼出来)的/, reason: "评价(来之不易)", strong: true },

  // 我们的目标一定要达到！ / …共享伟大祖国的尊严与荣耀！: a call or a pledge, not a task with a content.
  // (我们一定要直面问题和挑战，…！ after the problems is their pledge, a goal: GOAL_CUES.)
  // (今年GDP目标增长6%左右！, a headline: a figure hedged as a target is no call. One linear lookahead: a pattern with
  // two open runs around a digit backtracks quadratically on a long run of figures.)
  // (没错，一年接待游客首次突破8000万人次！: a figure with its unit cheered is a result, not a call; batch 112's video script.)
  // (坚决防止数字脱贫、虚假脱贫！, 十件民生实事继续办！: a task said with a cheer is the task, batch 118's 永州 microblog.)
  { re: /^(?!我们(?:一定|必须)?要?(?:直面|正视))(?!坚决[\u4e00-\u9fa5])(?![^！!]{2,12}继续(?:办|干|抓)[！!]$)(?![^]*(?:左右|以上|以内)[！!]$)(?![^！!]*\d[\d.]*(?:万|亿)?(?:人次|元|%|％|吨|亩|公里|个百分点))[^]*[\u4e00-\u9fa5”][！!]$/, reason: "感叹句(号召/宣示)", strong: true },
  { re: SLOGAN_RE, reason: "号召(口号)", strong: true },
  // 做好今年政府工作，要坚持稳中求进工作总基调…: the general requirement of the year's work, not one of its tasks.
  { re: /^做好(?:今年|明年|(?:19|20)\d\d年)?的?(?:政府|各项|改革和建设)?工作[，,](?:总体要求是|总的要求是|要|必须)/, reason: "工作总要求", strong: true },
  // (过去一年的成绩，是市委统揽全局、科学决策的结果: batch 117's 渭南.)
  { re: /来之不易|正确领导.{0,20}的结果|团结奋斗的结果|共同奋斗的结果|成绩[，,]?是[^。]{2,40}的结果|^我们(?:之)?所以能够?取得|之所以能够?取得/, reason: "成绩归因", strong: true },
  // (关于济南市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告: a planning or budget report's title, batch 43's 济南.)
  { re: /人民代表大会第.{1,3}次会议上|政府工作报告$|^[(（]?(20\d\d|20xx)年\d{1,2}月\d{1,2}日|^关于[^。，,；;]{4,70}的报告$/, reason: "报告题注", strong: true },
  // 实现上述目标，重点抓好以下六个方面工作。 introduces the tasks and is itself a commitment (160 of 192 labelled cases closed
  // by 。 are goals to their readers); so is one closed by a colon that opens on the aim (实现上述目标, 为实现…, 围绕实现…:
  // 28 of 29, batches 6–42); so is 围绕上述目标，…工作： (51 labels of 55 by batch 60: batch 45's tally, 5 against 2, had
  // left it a transition). A bare 重点抓好以下几个方面工作： (3 against 4) stays a transition, as 主要预期目标是： is.
  // (为了完成上述任务，今年要着重抓好以下六个方面的工作：: the aim said with 完成 as with 实现, batch 81's 大同; 一年来，我们着力
  // 抓好以下工作： opens the year's results, 317 labels of 322.)
  // (…今年要着重作好以下七个方面的工作。: 作好, the older spelling, as 做好, batch 122's 西安 of 1956; 按照市政府工作报告确定的新增…
  // 300万平方米…的目标，我局将重点做好以下工作：, the targets restated before the tasks: batch 122's 商丘 reply.)
  { re: /^(?!一年[来來])(?![^。]*(?:抓好|做好|作好)[^。]*。$)(?!(?:(?:为了?|围绕)?(?:实现|完成)|围绕|(?:按照|根据)[^。：:]{0,60}?确定的[^。：:]{0,60}?)[^。：:]{0,12}(?:目标|任务)[^。]*(?:抓好|做好|作好)[^。]*[：:]$)[^]*?(?:(?:以下|下列)?(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]+(?:个)?方面(?:的)?(?:工作|特点)[:：。]?|重点(?:做好|抓好)(?:以下|下列)?[一二三四五六七八九十几]+(?:项|个方面)(?:的)?工作[:：。]?|(?:做好|抓好)(?:以下|下列)(?:几项)?工作[:：]?|(?:主要预期目标|主要目标|预期目标)(?:是|为|如下)[:：])$/, reason: "过渡句", strong: true },
  { re: /^(当前|目前|当今)[,，]?.{0,12}正处(在|于)/, reason: "形势判断", strong: true },
  // 当前，外部环境不稳定不确定因素仍然较多，但…长期向好的基本面没有改变, 从国际看，世界经济仍处于深度调整期, 新的一年，机遇与
  // 挑战并存, 我省正处在加快发展、转型发展的关键阶段: the situation the plan opens on, both its sides, is no task (batches 35–38,
  // 6 readers); one that names the region's own problems (…困难和问题仍然存在，但…) stays a problem.
  { re: /^(?:当前|目前|从国际(?:上)?看|从外部(?:环境)?看|新的一年)[，,](?![^。]*(?:困难|问题|不足|短板|矛盾))(?=[^。]*(?:基本面(?:没有|不会)改变|机遇(?:与|和)挑战并存|机遇大于挑战|并存|仍处于|不稳定不确定))|机遇(?:与|和)挑战并存[，,。]|^[^，,。]{2,8}正处(?:在|于)[^。，,]{0,20}(?:关键|重要)(?:阶段|时期|期|窗口期)/, reason: "形势判断", strong: true },
  // 做好今年政府工作意义重大: why the year matters.
  { re: /(?:做好|办好)[^。，,]{0,12}工作[，,]?意义(?:十分|特别|尤为)?重大[。！!]?$/, reason: "意义判断", strong: true },
  { re: /(来说|而言)[,，]?是[^,，。]{0,12}的一年/, reason: "时期定性(…是…的一年)", strong: true },
];

/** 2019年是…之年 / 今后五年,是…时期: characterising a period, not reporting on it. */
export const PERIOD_CUE = /^[“"]?(各位代表[,，])?((19|20)(\d\d|xx)年|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|今年|明年|去年|今后五年|未来五年|过去的?五年|过去的?一年|新的一年|[“"]?(?:十[一二三四五六七八九]?|[六七八九])五[”"]?时期)[,，]?(既|也)?(是|为)(?!20)(?!民)/;

/** A disaster and its damage: a problem that, unlike the others, does not carry to the sentences after it. */
export const DISASTER_REASON = "灾害损失";

export const PROBLEM_CUES: Cue[] = [
  // (认真研究解决发展中的矛盾和问题: the problems as the object of a commitment to solve them, a goal: 哈尔滨 2024.)
  { re: /并非易事|绝非易事|不是轻而易举|(?=存在的问题|困难和问题|问题和困难|困难和挑战|矛盾和问题|不足和问题)(?<!(?:解决|化解|破解|克服)[^，,。；;]{0,16})(?:存在的问题|困难和问题|问题和困难|困难和挑战|矛盾和问题|不足和问题)/, reason: "困难和问题", strong: true },
  { re: /清醒地(看到|认识到)|在(肯定|看到)成绩的同时/, reason: "清醒地看到", strong: true },
  // 地震造成全市受灾人口超过560万人…直接经济损失达1090亿元, 年初，我市遭受了罕见的低温雨雪冰冻灾害: a disaster and its damage
  // (7 labels of batches 14–44 call it a problem; a result won in spite of one, 在遭受…的情况下，粮食总产量仍达到…, stays one).
  { re: /^(?![^。]*在[^。，,]{0,16}遭受[^。]*(?:情况下|形势下))[^。]*(?:直接经济损失|受灾人口|受灾面积|(?<!如果|若|一旦|不再|防止|避免)(?:遭受|发生)了?[^。，,；;]{0,14}(?:灾害|洪水|洪涝|内涝|地震|台风|旱灾|干旱|冰冻))/, reason: DISASTER_REASON, strong: true },
  // 报告也不回避问题。(a news article's lead into the report's problems: 3 readers of 3).
  // 报告也坦言，…目标没有实现: the same lead, said as the report's admission.
  { re: /^(?:报告|政府工作报告|我们)(?:也|并|同时)?(?:(?:不|没有)回避(?:问题|困难|矛盾|短板)|坦言|坦承)/, reason: "不回避问题", strong: true },
  // 应该承认，… / 但是也必须看到，… / 我们一定要充分认识，目前…: what is acknowledged is a difficulty, unless it is the
  // other side of the problems (同时也要看到，…长期向好的基本面没有改变: 5 of 5 labelled other, not problem).
  { re: /^(?:但是|同时)?[，,]?(?:我们)?(?:也)?(?:应该|应当|必须|要|一定要)?(?:清醒地|充分|深刻)?(?:承认|看到|认识到?)[，,：:](?![^。]*(?:有利条件|积极因素|机遇|优势|韧性|长期向好|基本面|潜力|有力支撑|空间广阔))/, reason: "承认/看到(困难)", strong: true },
  { re: /有待(提升|提高|加强|改善|增强|完善|进一步)?/, reason: "有待", strong: true },
  // 我们的工作是有成绩的，但是缺点和错误也不少。: the year's shortcomings named after its credit (batch 122's 西安, 1957).
  { re: /(?:缺点和错误|缺点|错误)(?:也|还)(?:不少|很多|不小)/, reason: "缺点和错误", strong: true },
  // 但是，由于物价上涨较多，有一部分职工家庭的实际生活水平有所下降 (batch 120's 石家庄, 1988); …一业独大的格局没有根本改变
  // (batch 120's 临汾日报): a fall said without a figure after 但是…由于, a state of things not yet changed.
  { re: /^但是?[，,]?由于(?![^。]*\d)[^。]{2,30}[，,][^。]{0,30}(?:有所|明显|出现)?(?:下降|下滑|减少|回落)[。]?$|(?:格局|状况|局面)(?:还|仍|仍然|依然)?(?:没有|未)(?:得到)?根本(?:改变|扭转|改善)/, reason: "下降/没有根本改变", strong: true },
  // “旅游业恢复不及预期，是我们必须正视的问题。”: a shortfall named without a figure (batch 117's 黄山日报).
  { re: /^(?![^。]*\d)[^。]*(?:必须|需要)正视的(?:问题|困难|短板)/, reason: "必须正视的问题", strong: true },
  // 部分年度目标未能完成，有效需求不足，持续增收压力较大 (新疆日报's account of the report's problems).
  // (有效需求仍显不足，…指标未达到预期目标, …增速未达到年初预期目标: a target missed is a problem too.)
  // (地区生产总值增速没有实现年初确定的7%左右的预期目标: batch 39's 准格尔旗.)
  { re: /未能完成|没有完成|(?:未达到|未完成)(?:年度|年初|全年)?(?:预期)?目标|(?:没有|未能|尚未)(?:实现|达到)[^。，,；;]{0,16}(?:预期)?目标|(?:需求|动力|后劲|活力)(?:仍显|仍然|依然|仍)?不足|压力(?:依然|仍然|仍|还)?(?:较大|很大|不小|增大)/, reason: "未完成/不足", strong: true },
  { re: /仍需|仍然需要|还需(要)?(提升|加强|提高|进一步)/, reason: "仍需", strong: true },
  { re: /还不够|还不(相)?匹配|不相匹配|还不适应|不容忽视|(?:往往|容易|常常)(?:容易)?被?忽视|(?:仍然|依然|仍|还|较为|十分|相当)(?:艰巨|繁重)|日益突出|渐趋突出|(?<!(?:经受住|顶住|克服|战胜)[^。，,；;]{0,12})压力加大/, reason: "还不够", strong: true },
  // 经济恢复的基础尚不牢固, 需求不足仍是突出矛盾, 财政收支矛盾较大, 科技创新能力还不强: a shortcoming stated as such.
  // 政府工作还有不足, 环境污染形势依然严峻: the government's own shortcomings, a situation still grave.
  // (但是，我们的工作中还存在着不少缺点和错误。: the 1950s' words for it, batch 59's 武汉.)
  { re: /^(?:但是?|不过|同时)?[，,]?(?:政府|我们的?)(?:各项)?工作(?:中)?(?:还|仍然?|也){0,2}(?:有|存在)着?(?:一些|不少|许多)?(?:不足|差距|缺点|错误)|(?:依然|仍然|仍|还)(?:十分|比较|较为|相当)?(?:严峻|复杂严峻)|(?:尚|还|仍|仍然|依然)(?:不够|不)(?:牢固|稳固|充分|平衡|健全|完善|强)(?![化大])|(?:仍|依然)?是突出矛盾|矛盾(?:较大|加大|突出)|风险隐患较多|任重道远/, reason: "短板和矛盾", strong: true },
  // (实际使用外资28600万美元，离3亿美元的年度目标仍有差距: a result with its shortfall, 2 of 2 labelled achievement.)
  // (１４３６亿元，离年初确定的目标仍有差距: full-width digits too, as an OCR or typeset copy writes them.)
  { re: /(?<!缩小|缩短|缩减|拉开)(?<![\d０-９][^，,。；;]{0,4}[，,](?:离|距离?)[^，,。；;]{0,14}(?:目标|预期)(?:仍|尚|还)?有)差距(?!.{0,4}(缩小|缩短))/, reason: "差距", strong: true },
  { re: /加以(克服|解决)|切实加以/, reason: "正视问题", strong: true, callsForAction: true },
  { re: /面临(着)?[^,，。]{0,24}(挑战|压力|困难|复杂严峻形势)(?!多于|少于)(?<!机遇大于挑战)/, reason: "面临挑战", strong: true },
  // 当前，外部环境更趋复杂严峻…, 外部环境变化带来的不利影响加深, 不平衡不充分的问题仍然突出: the situation the plan faces
  // (13 of 13 labelled; 面对…复杂严峻形势，全市上下… opens a result instead, and has none of these words).
  { re: /(?:更趋|日趋|更加)复杂严峻|更复杂更严峻|不利影响(?:加深|加大|增多)|复杂性、严峻性、不确定性上升|(?:问题|矛盾)(?:依然|仍然|仍)(?:比较|较为)?突出/, reason: "形势严峻", strong: true },
  // 这些问题有的是多年积累下来的…, 对这些问题，必须引起…高度重视: a sentence about the problems just named.
  { re: /^(?:对于?)?这(?:些|类)(?:问题|困难|矛盾)[，,有]/, reason: "这些问题", strong: true },
];

/** 预计 claims an estimated result, unless it only qualifies the base of a comparison (比1980年预计增加9万吨; the 比 of
 * 比重 and 比例 is no comparison: 研发投入占地区生产总值比重预计达到3.6%). */
export const ESTIMATE_CUE: Cue = { re: /(?<!(?:比(?![重例率])|[较同由从])[^，,。；;]{0,8})预计/, reason: "预计 → 预计实绩", strong: true };

export const GOAL_CUES: Cue[] = [
  // 锚定目标不放松　实干争先开新局, 奋力谱写中国式现代化贵州篇章: a news headline that strives for the year (12 readers of 13).
  { re: /^(?:——)?(?:锚定|奋力(?:谱写|打造|推进|建设|走在|开创)|勇当|勇挑|凝心聚力|坚定信心|真抓实干|扛起)/, reason: "奋斗口号", strong: true },
  // (实现今年预期目标并非易事: the difficulty of the targets, not a target.)
  // (…指标未达到预期目标, …指标没有完成年初预期目标: a target missed, told among the problems, is none; 从年初确定的主要预期目标看,
  // 2024年主要预期目标完成情况: the targets looked back on; 增速比年初预期目标高零点四个百分点, a result measured against them.)
  { re: /(?<!(?:未达到|没有达到|未能达到|未实现|没有实现|未能实现|未完成|没有完成|未能完成|低于|高于|超过|超出|比|较)(?:年初|年度|全年)?|年初(?:确定|提出|制定)的(?:主要)?)预期目标(?!完成情况|执行情况|实现情况)(?![^，,。；;]{0,4}(?:并非|绝非|不是)(?:易事|轻而易举))|主要目标(是|为)|总体目标(是|为)|发展目标(是|为)|目标任务(是|为)/, reason: "预期目标", strong: true, againstPart: true },
  { re: /到(19|20)(\d\d|xx)年(底|末)?[,，]/, reason: "到20xx年", strong: true, againstPart: true },
  // 1.地区生产总值：年度目标增长7%左右。: a progress report quoting the year's target under the indicator's name, before
  // the sentence that reports its progress (batch 72's 济宁).
  // (…：年度目标增长7.5%，上半年增长8.1%，高于年度目标0.6个百分点。: the progress told after it in the same sentence is what
  // the sentence reports, batch 123's 崇左 mid-year bulletin.)
  { re: /^(?![^。]*[，,]\s*(?:上半年|一季度|前三季度|前[一二三四五六七八九十]{1,2}个?月|1[-—～至]\d{1,2}月|截至|实际))(?:\d{1,2}[.．、])?[^。，,；;：:]{2,24}[：:]\s*(?:年度|全年)目标(?:为|是)?[^；;。]*[。]?$/, reason: "年度目标(引述)", strong: true, againstPart: true, whole: true },
  // 广义货币预期增长14%: an expected figure is the plan's (预计 is the review's estimate, ESTIMATE_CUE).
  { re: /预期(?:增长|增加|提高|下降|降低|达到|为)(?:百分之|[\d０-９])/, reason: "预期…(指标)", strong: true, againstPart: true },
  // GDP增速目标均不低于5%, 增长目标为6%: a figure named as the target (高于目标0.5个百分点 measures a result against it).
  { re: /(?<!高于|低于|超过|超出|完成|实现|比|较)目标(?:值)?(?:均|都|分别)?(?:为|是|定为|定在|设定为|设为)?(?:不低于|不少于|不超过|不高于|达到)?(?:百分之|[\d０-９])/, reason: "目标(数值)", strong: true },
  // 对此，我们将采取有力措施，认真加以解决 (…认真研究解决发展中的矛盾和问题): the pledge that closes the paragraph on
  // problems commits the government, even in the review (most readers label it a goal; it carries no figure).
  // (对于这些缺点和错误，我们一定要认真加以改正。, …认真加以克服。: the 1950s' wording, batch 122's 西安.)
  // (对此,我们一定…切实加以克服和改进。, the seeds' 000, stays the problem's own words: its label says so.)
  { re: /^(?:对此|对(?:于)?这些(?:问题|困难)|针对(?:这些|上述)问题)?[，,]?我们(?:将|一定|要|必须|会)[^。]{0,24}(?:(?:加以|切实|认真|努力)(?:研究)?解决|加以改进|切实改进)|^对(?:于)?这些缺点(?:和错误)?[，,]?我们(?:将|一定|要|必须|会)[^。]{0,24}(?:加以|切实|认真)(?:克服|改正|纠正)|^我们(?:一定|必须)?要?(?:直面|正视)(?:问题|挑战|困难)/, reason: "问题段的表态(承诺)", strong: true, againstPart: true },
  { re: /确保/, reason: "确保", strong: true },
  // 赤字率拟按3%安排, 拟安排地方政府专项债券3.9万亿元: what the report intends.
  { re: /拟(?:按|安排|发行|新增|提高|增加|投入|实施|建设|达到|下达|再)/, reason: "拟…(计划)", strong: true },
  // 报告提出，积极的财政政策要适度加力: in a news article, the report proposing (报告显示 and 报告说 report either way).
  { re: /报告(?:还)?(?:提出|要求|部署|明确)(?!的)/, reason: "报告提出(部署)", strong: true },
  { re: /力争/, reason: "力争", strong: true, againstPart: true },
  { re: /争创/, reason: "争创", strong: true },
  { re: /控制在.{0,12}(以内|以下)/, reason: "控制在…以内", strong: true },
  { re: /(^|[,，;；:：])计划(?!生育|总投资|投资|单列|经济|内)/, reason: "计划", strong: true, againstPart: true },
  // 今年国民生产总值计划增长百分之八, 要求消费部分增长5.7%, 国民收入安排为比今年增长4%: a planned figure (原计划 and
  // 按计划 look back; 超额完成计划 has no figure after it).
  { re: /(?<![原按照依据执行完成超额])(?:计划|安排为?|要求)(?=[^，,。；;]{0,16}?(?:增长|增加|达到|提高|降低|下降|减少|控制在|为)(?:百分之|[\d０-９]))/, reason: "计划/要求…(指标)", strong: true },
  { re: /(该区|区|市|县)正(在)?(?![是确常])|^正在|(?:我们|政府)正在/, reason: "该区正…(进行中)", strong: true },
  { re: /(我们|政府|区|市|县|该区)(仍)?将(?!其|之|这|此)|将(继续|进一步|认真|着力|全力|加快|持续|大力|重点|全面|围绕|更加)/, reason: "将", strong: false },
  // (具体来说，今年要实施…: the year's 要 after a lead-in.)
  { re: /(我们|政府|全区|全市|该区|区|市)(仍)?要(?!求|素|闻)|(^|[,，])要(重点|全面|坚持|进一步|加快|充分|像)|^(?:[\u4e00-\u9fa5]{2,6}[,，])?(?:今年|明年)(?:还|仍)?要(?!求|素|闻)/, reason: "要", strong: false },
  { re: /争取|努力(实现|打造|建成|建设|把)|致力于|今后五年|未来五年|新的一年|(今|明)年[,，]|从(?:今|明)年|今年(?:下半年|第.季度)/, reason: "未来时间", strong: false },
  { re: /(?<![主重需只首纲摘次概提简不也还想必扼纪])要(?![求素闻点害领件案是么不务冲塞职员])|必须|应当|应该|务必/, reason: "要/必须(任务)", strong: false },
];

/** Judgements and stances: a lesson, a condition, a country's position, what something means. Neither goal nor result. */
/** A deputy's or a member's proposal: its figures are what they propose, targets of theirs (extract-indicators.ts). */
export const PROPOSAL_REASON = "代表委员建议/希望";

export const JUDGEMENT_CUES: Cue[] = [
  // 他建议今年再淘汰落后水泥产能50万吨, 吴海林希望市里加大…: a deputy's or a member's proposal in a digest of their discussion
  // is theirs, no target of the report (batch 100's 贵港).
  { re: /^(?:[^，,。“”]{0,20}?(?:代表|委员)[、，,]?)?(?!我们|政府|全市|全区|全县|全省|国家|报告|会议|大会)(?:他|她|[\u4e00-\u9fa5]{2,3})(?:还|也|则|同时|进一步)?(?:建议|希望|呼吁|提议|期待|期盼)(?![^，,。]{0,6}(?:已|了))/, reason: PROPOSAL_REASON, strong: true },
  { re: /^(实践|事实|历史|经验)(证明|表明)/, reason: "实践证明(经验判断)", strong: true },
  // 要维护世界和平，就必须反对霸权主义: a condition and what follows from it. 我们必须时刻牢记，…: a principle.
  { re: /^要[^，,。]{2,20}[，,]就(?:必须|要|得)|^(?:我们)?(?:必须|要|应当)?(?:时刻|始终)?牢记[，,：:]/, reason: "条件/原则(要…就…)", strong: true },
  { re: /^(我们相信|我们坚信)?[,，]?只要.{2,80}(就|才|必将|一定)|^只有.{2,60}才/, reason: "只要…就…(条件判断)", strong: true },
  { re: /^(中国|我国|中国政府|我国政府|我们)(一贯|始终|一向|历来|坚决)?(主张|反对|支持|认为|希望|相信|愿意|深感)/, reason: "立场表态", strong: true },
  { re: /(具有|有着)(十分|极其|极为|非常)?(重要|重大|深远|积极)的?(现实|历史|战略)?(意义|作用|影响)[。!！]?$/, reason: "意义判断", strong: true },
  // (坚持把水电开发作为富民强县的支柱产业: 作为 with 把 sets a task, batch 65's 汶川 and 66's 澜沧.)
  { re: /^(?!坚持把|把)[^,，;；]{2,30}(是|(?<![作成])为)[^,，;；]{0,20}(根本保证|重要保证|根本途径|有效途径|关键所在|必然要求|基本国策|支柱|根本利益所在|主要依靠|主要威胁)/, reason: "定性判断(…是…)", strong: true },
  { re: /(形势|局势)(仍|依然|总的看|总体上)/, reason: "形势判断", strong: true },
  // 当前，全市的政治经济形势很好。, 当前，国内外形势大好。: where things stand, said well (batch 113's 抚顺 of 1963 and 1964; the
  // 1960 national report's 现在全国的形势很好).
  { re: /^(?:当前|目前|现在)[，,]?[^。；;，,\d]{0,16}形势(?:很好|大好|是好的|越来越好|一片大好)[^\d]*$/, reason: "形势判断", strong: true },
  // 完成今年的任务，关键在于领导。, 目标已经明确，关键在于落实。: what the task turns on, no task of its own (batches 56, 113
  // and the 1990s 酒泉 editorial: 6 labels of 6).
  { re: /^[^。；;\d]{0,30}(?:目标|任务)[^。；;\d]{0,10}[，,](?:其|这)?关键(?:在于|是)[^\d]*$/, reason: "条件/原则(关键在于)", strong: true },
  // 我国正处于重要战略机遇期, 我国仍处于并将长期处于…: where the country stands, not what it will do.
  { re: /^(?:我国|中国|我们)(?:正|仍|仍然|还|将长期)处(?:在|于)/, reason: "形势判断", strong: true },
  // 巩固和发展各民族大团结，是国家长治久安的根本保证。 / 中国加入世贸组织，不仅是中国的需要，也是世界的需要。
  // (Not a figure set against another: …受益居民3.5万户，是上年的1.4倍。, batch 41's 上海.)
  // (新开工亿元以上项目，是二百三十六，不对，是二百三十八个: a figure after 是 is the name's figure, said aloud, batch 56.)
  // (全市粮食总产量达到141.3万吨，是历史上第二个高产年。, …生产总值达到一千零一十二亿元，增长8.1%，…这是鄂州第一次…: a
  // figure with its unit before the judgement is a result, told by the sentence's own words: 4 labels of 4 with a result.)
  { re: /^(?![^。；;]*?[\d０-９](?:[.．][\d０-９]+)?\s*(?:万|亿)?(?:元|美元|吨|%|％|千瓦|亩|公里|个百分点))[^。；;：:]{2,60}[，,](?:这|也|都|就|正|才|不仅|无疑)?是(?![：:])(?![0-9０-９]|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*[，,个家项万亿])(?![^：:；;。，,]{0,10}的[0-9０-９.．一二三四五六七八九十两]+倍)[^：:；;。，,]{2,40}(?:[，,](?:也|更|又|还)?是[^：:；;。，,]{2,40})*[。！!]$(?<!最[多高大好快]的一年。)/, reason: "定性判断(…，是…)", strong: true },
  // 东部地区加快发展，有利于增强国家实力。 / 它直接关系到… / …，十分重要。
  { re: /^[^。；;]{2,40}[，,](?:这|也|都|将)?(?:有利于|有助于|(?:直接)?关系到)|^(?:这|它)(?:对于?|直接|里|既|就是|是|说明|表明)|(?:十分|非常|极为|极其|至关)重要[。！!]$|是(?:大有希望|完全可能|有可能)的/, reason: "评价说明(有利于/这…)", strong: true },
  { re: /^(?:当时|回顾过去|从总的[^，,]{0,6}来看|(?:他|她)(?:指出|说|强调)(?![，,](?:今年|明年|下一步|(?:19|20)\d\d年)))/, reason: "背景叙述", strong: true },
  // 这主要是考虑到结构性减税的滞后效应…: why a target was set, not a target (a figure in it keeps it one: 提出…3%左右，综合考虑了…).
  { re: /^(?:这(?:主要|也|样)?是(?:考虑到?|因为|为了|由于|基于)|之所以)(?![^。]*[0-9０-９%％])/, reason: "说明理由", strong: true },
  // 目前的国际条件对我国的经济建设有利。 消费品工业生产的发展具有广阔的领域和很大的潜力。
  { re: /对[^，,。；;]{2,24}(?:十分|非常|很|更加|极为)?有利[。！!]?$|具有(?:广阔|很大|巨大|广泛)的?(?:领域|潜力|前景|空间|市场)/, reason: "评价说明(有利/潜力)", strong: true },
];

/** Verb-first: an imperative task (加快…, 推动…, 健全…体系), the usual form of a goal in a plan. */
export const IMPERATIVE_START_RE =
  /^(?:第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+(?:是|要)|[(（]?[一二三四五六七八九十\d]+[)）、.．])?(?:坚持|持续(?=[保推深加强提扩优巩做抓改增稳])|加快|抓紧|争取|千方百计|深化|深入|推进|推动|加强|积极|大力|进一步|努力|切实|全面|促进|实施|保持|做好|抓好|搞好|扩大|提高|实行|继续|认真|着力|建立|健全|完善|巩固|优化|培育|坚定不移|坚决|落实|狠抓|确保|力争|改善|增强|转变|调整|不断|集中力量|统筹|发展|建设|提升|构建|鼓励|引导|依法|支持|重视|保护|开展|组织|制定|修订|贯彻|严格|严厉|规范|打击|防范|化解|稳定|稳妥|做大|打造|推行|探索|创新|启动|引进|培养|全力|着眼|围绕|聚焦|以[^，,。]{1,16}为|用[^，,。]{1,12}武装|毫不|抓住|把握|改革|扩建|新建|开工|建成|完成|实现|增加|减少|降低|控制|整顿|清理|取消|放宽|允许|鼓励|逐步|适当|有计划|有步骤)/;

/** The verbs that solve a wrong state (解决了…困难, 缓解…紧张): a wrong state they govern is no problem. */
const SOLVING_VERBS = "解决|克服|改变|扭转|防止|避免|纠正|缓解|化解|消除|针对|治理|改进|弥补|抑制|战胜";

/** A state of things that is wrong (不合理, 不适应, 还没有…), when the sentence neither sets a task nor reports one done.
 * A wrong state said to have ended in the same clause (商品短缺状况基本结束, 供求紧张的局面有所缓解) is a result; so is one
 * solved in the same clause (解决了一批中低收入家庭的住房困难, 解决融资、用电、运输等实际困难, 解决4万农村人口饮水困难:
 * batches 50 and 51). */
const PROBLEM_STATE_RE = new RegExp(
  `(?<!(?:${SOLVING_VERBS}).{0,4})` +
    // (尚未接入集中供热的28个老旧小区逐一摸底: the things not yet done, counted, are what the work took on: batch 122's 商丘.)
    String.raw`(?:(?:不合理|不适应|不平衡|不协调|不健全|不完善|不如|短缺|紧张(?!的(?:努力|劳动|工作|战斗))|薄弱(?!学校|校|环节改造)|滞后(?!影响|效应)|偏高|偏低|偏小|偏弱|偏少|(?<![通经超越])过(?:多|快|大|高)|亏损(?![^，,。；;]{0,10}(?:减少|下降|降低|扭转|消灭|减到|降到|降为))(?![^，,。；;]{0,8}的企业)|(?<!多于|大于|在)困难(?!中|群众|群体|户|家庭|职工|企业|行业|地区|村|和欠发达|和边远|人员|救助|补助|帮扶|学生|老人|儿童|人群|对象|残疾人))(?![^，,。；;没未不]{0,6}(?:结束|缓解|缓和|好转|扭转|消除|解决|克服|改变|改善))|(?:还没有|尚未)(?![\u4e00-\u9fa5]{1,10}的[\d０-９一二三四五六七八九十两几]{1,4}[个家户所座条项名]?[\u4e00-\u9fa5])|不能再|是(?:当前|目前|现在)?的?(?:一个)?(?:十分|很|比较)?突出(?:的)?问题|进展(?:还|仍然?|依然)?(?:很|较|比较|十分)?(?:小|慢|缓慢))`,
);

const PROBLEM_STATE_ALL_RE = new RegExp(PROBLEM_STATE_RE.source, "g");
/** The verb that solves a wrong state, further back in its clause than PROBLEM_STATE_RE's own look-behind reaches. */
const SOLVED_FURTHER_BACK_RE = new RegExp(`(?:${SOLVING_VERBS})[^，,。；;]{5,16}$`);

/** The first wrong state in the text that no verb of its clause solves (a separate look back: a look-behind that long,
 * tried at every position of every sentence, cost the pipeline about 5 %). */
export function wrongStateIn(text: string): RegExpMatchArray | null {
  for (const found of text.matchAll(PROBLEM_STATE_ALL_RE)) {
    if (!SOLVED_FURTHER_BACK_RE.test(text.slice(Math.max(0, found.index - 24), found.index))) return found;
  }
  return null;
}

export const ACHIEVEMENT_CUES: Cue[] = [
  // 截至5月底，全市已建成投用学校5所: the progress so far this year, told in a reply's or a bulletin's plan part (batch 124's
  // 汕尾 message board).
  { re: /^截[至止](?:目前|今年)?(?:[\d一二三四五六七八九十]{1,2}月(?:底|末|份|\d{1,2}日)?)?[，,][^。；;]{0,30}已(?:经)?(?!.{0,6}(?:启动|开始|着手|部署))/, reason: "截至…已(进度)", strong: true, againstPart: true },
  // 2021年完成：增长9.1% (an explainer's card under 目标值：…): the year's result, wherever the card stands (batch 101's 淮北).
  { re: /^(?:(?:19|20)\d\d年|去年|上年)(?:实际)?完成(?:情况|值|数)?[：:]/, reason: "完成值(卡片)", strong: true, againstPart: true },
  { re: /一年来|过去的?一年|五年来|几年来|近年来|多年来|过去的?五年|(19|20)\d\d年以来|20xx年以来/, reason: "一年来", strong: true, againstPart: true },
  // 今年一、二月份，全市工业总产值完成2.31亿元，为年计划的15.3%，比去年同期增长7.2%: the months of the plan year already
  // past, reported in the plan (batch 113's 抚顺 of 1963).
  { re: /^今年(?:[一二三四1-4１-４][、—\-至到]?){1,4}(?:月份|季度)[，,]?[^。；;]{0,40}(?:完成|实现|达到|比去年同期)/, reason: "今年已过月份的实绩", strong: true, againstPart: true },
  // 这些年我们在发展经济的同时，更加重视保障改善民生…: the years behind.
  { re: /^这(?:些|几)年(?:来|里|中)?[，,]?(?:我们|国家|政府)/, reason: "这些年(回顾)", strong: true, againstPart: true },
  // 两年来通过…发行2100亿元长期国债; 五年间，进出口贸易总额增长两倍 (not 今后五年间).
  { re: /(?<!今后|未来|最近|再用|用|在)(?:[一两二三四五六七八九十]|(?<!\d)\d{1,2})年(?:来|以来|间)(?!的?(?:任务|目标|计划|规划))/, reason: "几年来", strong: true, againstPart: true },
  // 已建成的主要有：…: a list of what is done.
  { re: /^(?:[\u4e00-\u9fa5]{0,4}[，,])?已(?:经)?(?:建成|完成|竣工|投产|开通)/, reason: "已建成", strong: true, againstPart: true },
  { re: /(完成|实现|取得|举办|打出|夺得|荣获|获得|形成|建成|达到|赢得|创造)了/, reason: "…了(已完成)", strong: true, againstPart: true },
  // 我国关税总水平已由15.3%降到12%: a change already made, even when a plan quotes it.
  { re: /已(?:经)?(?:由|从)[^，,。；;]{1,16}(?:降|提高|增加|减少|下降|上升|扩大|缩小)(?:低|高)?[到至]/, reason: "已由…降到(已完成的变化)", strong: true, againstPart: true },
  // 圆满实现全年经济社会发展主要预期目标: a target reached (确保实现…预期目标 stays a goal: its cue comes first).
  { re: /(?:圆满|全面|胜利|顺利|超额|较好(?:地)?)(?:实现|完成)(?:了)?(?:全年|年度)?[^，,。；;]{0,14}(?:预期目标|主要目标|目标任务|各项目标)/, reason: "实现/完成…目标", strong: true },
  // …城镇新增就业980万人，超过预期目标: the target named as passed.
  { re: /(?:超过|超出|高于|好于|优于)(?:了)?(?:全年|年初)?(?:的)?预期(?:目标)?/, reason: "超过预期目标", strong: true, againstPart: true },
  // 产业结构调整取得积极进展: progress reported, unless a task or a hope comes first (要在…取得新进展, 力争取得突破).
  { re: /(?<!(?:要|力争|争取|努力|确保|必须|才能|能够|可望|有望|将|会|应|需)[^，,。；;]{0,12})取得(?:了)?(?:积极|重要|重大|明显|显著|新的?|长足|较大|很大|突破性|实质性|阶段性|初步|良好|一定)?的?(?:进展|成效|成绩|成果|突破)/, reason: "取得…进展", strong: false },
  { re: /累计/, reason: "累计", strong: false },
  { re: /同比/, reason: "同比", strong: true },
  { re: /入选|获评|荣获|被评为|被列入|蝉联|夺得|获得.{0,12}(称号|荣誉|奖)|(获|被)?认定为/, reason: "入选/获评", strong: true },
  { re: /成功(举办|创建|引进|招引|落地|申遗|上市|挂牌|处置|化解)|顺利(完成|通过|开园|奠基)|圆满(完成|收官)/, reason: "成功", strong: true },
  { re: /(居|列|位居|位列|排名)(全省|全市|全国|省市|主城区)(第一|首位|前列|之首)|创历年新高|历史性突破/, reason: "排名", strong: true },
  { re: /已(经)?[\u4e00-\u9fa5]|前不久|日前|近日|数据显示/, reason: "已", strong: false },
  { re: /(增长|下降|达到?)[\d０-９]/, reason: "数值达成(增长/达到)", strong: false },
  { re: /(?:建立|签署|签订|举行|参加|开展|提出|制定|颁布|通过|批准|加入|恢复|实行|推行|召开|派出)了/, reason: "…了(已完成)", strong: false },
  // 同朝鲜保持了传统友谊，同韩国巩固了互利合作: a relation kept or deepened is a result, in the foreign-affairs part too.
  { re: /(?:保持|巩固|深化|加强|扩大|改善|拓展|增进)了/, reason: "…了(已完成)", strong: false },
  // 睦邻友好关系继续深入发展，…团结合作进一步增强。: a state reached, the verb ending its clause.
  { re: /(?:得到|有了|取得)(?:新的|进一步的|长足的|较大的?)?(?:发展|加强|改善|巩固|提高|进展)|(?:继续|进一步|不断|在继续)(?:深入)?(?:发展|增强|巩固|改善|加强)(?=[。；;，,]|$)/, reason: "状态改善(…继续发展)", strong: false },
];

const PLACED_YEAR_RE =
  /^(?:[\u4e00-\u9fa5]{0,6}[,，])?(?!原定|原计划|经过|根据|依据|如果|假如|按照|由于|因为|截至|截止|自从|直到|对于|关于|随着|通过|相比|早在|争取|力争|确保|预计|计划|要求|包括|除了|加上|考虑)[\u4e00-\u9fa5]{2,4}?(?<![比较同与于和在至到从自截])(?:(去年|今年)|((?:19|20)\d\d)年)(?!年底|年末|底|末|下半年|上半年|[一二三四五六七八九十\d]{1,2}月|以来|同期|[是为到至—－-])(?=[\u4e00-\u9fa5])/;

/** 2019年,我们… / 这一年: the sentence is about the review year. */
export function yearCue(text: string, reviewYear: number | null, planYear: number | null): "review" | "plan" | null {
  if (/^(这一年|去年|上一年)/.test(text)) return "review";
  if (/^(今年|明年|新的一年)/.test(text)) return "plan";
  // 据统计，四市去年经济总量…, 佛山今年提出…, 深圳2023年实现…: a place or a lead before the year (not 比去年, 较2020年).
  const placed = PLACED_YEAR_RE.exec(text);
  if (placed?.[1] === "去年") return "review";
  if (placed?.[1] === "今年") return "plan";
  // 1965年, and 一九六五年 as the older reports write it; not a span (一九五六年到一九六七年…纲要).
  // (报告显示 2023年全市…: a subtitle's blank where the comma was, batch 108's 海宁 news video.)
  // (截至2021年底，全市共设立…: the state at the year's end, batch 117's 黄山.)
  const written = /^(?:[\u4e00-\u9fa5]{0,6}[,，\s]|截至|截止到?)?((?:19|20)\d\d|[一二][九〇○零][〇○零一二三四五六七八九]{2})年(?![是为到至—－-])/.exec(text)?.[1] ?? placed?.[2];
  if (!written) return null;
  const year = readYear(written)!;
  if (reviewYear && year === reviewYear) return "review";
  if (planYear && year === planYear) return "plan";
  if (reviewYear && year < reviewYear) return "review";
  if (planYear && year > planYear) return "plan";
  return null;
}

export function firstCue(text: string, cues: Cue[]): Cue | null {
  for (const cue of cues) if (cue.re.test(text)) return cue;
  return null;
}

/** 省人大代表、宜昌市市长李红梅表示，今年宜昌将力争…: a deputy who heads a city's, a district's or a county's government,
 * speaking of this year there: the plan of the place they run, not comment (9 labels of 10 in batches 20–31). */
export const HEAD_OF_GOVERNMENT_ON_PLAN_RE = /^[^。；;“”]{0,30}(?:市长|区长|县长|州长|旗长|盟长)[^。；;“”，,]{0,12}(?:说|表示|介绍)[，,：:][^。]{0,40}(?:今年|明年)/;

/** 记者：…, 问：… in an interview: the journalist's turn. */
/** 有几项指标没有完成年度目标: targets named as not met (an interviewer's turn, batch 121's 鄂州). */
export const TARGETS_NOT_MET_RE = /(?:指标|目标|任务)[^。？?]{0,6}(?:没有?完成|未完成|没有?达到|未达到)/;
export const INTERVIEW_QUESTION_RE = /^(?:记者|主持人|问)[：:]/;

/** 区长：…, 答：… in an interview: the head of government answering speaks for the report, and the answer is read as its
 * words are. */
export { LIVE_STAMP_RE };
export const ANSWER_SPEAKER_RE = /^(?:[\u4e00-\u9fa5]{0,8}?(?:区长|市长|县长|省长|州长|旗长|总理|主席)|答)[：:]/;

/** 记者, 区长, 答: a word that names the speaker of an interview's turn, never a metric. */
export const namesSpeaker = (word: string) => INTERVIEW_QUESTION_RE.test(`${word}：`) || ANSWER_SPEAKER_RE.test(`${word}：`);

/** Reports delivered in March plan their own year: 今年 and 全年 in their plan are the year planned. (Reports of the 1980s
 * were often delivered late in the year, when 今年 was the year under review.) */
const FORECAST_FROM_YEAR = 2000;

/** 今年广义货币M2预计增长13%左右 in this year's plan: what the year is expected to bring is the plan's, not a result. */
export function planForecast(text: string, part: Part, planYear: number | null): boolean {
  // (比上年增加1.1万亿元 compares with last year; it does not report it.)
  return part === "plan" && planYear !== null && planYear >= FORECAST_FROM_YEAR && /今年|全年|明年/.test(text) && !/(?<![比较])(?:去年|上年)/.test(text);
}
