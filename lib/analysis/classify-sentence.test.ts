import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify-sentence";
import { classifySentences } from "./classify-sentences";

const review = (text: string) => classifySentence({ text, part: "review", role: "body" }, { section: { heading: "2019年工作回顾", part: "review" } });
const plan = (text: string) => classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "2020年主要工作", part: "plan" } });
/** The second of two sentences in a text with no review or plan part: what the first one's kind carries into. */
const after = (first: string, next: string) =>
  classifySentences([first, next].map((text) => ({ text, part: "other" as const, role: "body" as const })))[1];
const bare = (text: string) => classifySentence({ text, part: "other", role: "body" }, { metadata: { reviewYear: 2019, planYear: 2020 } });

describe("the slogan that opens or closes the plan", () => {
  it("is other wherever it stands (新征程催人奋进。: 50 labels of 50; batches 19–21's 锦江, 朝阳 and 昆山 texts)", () => {
    for (const text of ["新征程催人奋进。", "新的一年，使命催人奋进。", "奋斗创造历史，实干成就未来。", "各位代表，新征程催人奋进，新使命重任在肩。"]) {
      expect(plan(text), text).toMatchObject({ kind: "other" });
    }
    expect(plan("全力以赴推动高质量发展，奋力创造新的业绩。").kind).toBe("goal");
    // Read as a run-in lead (各位代表！新征程催人奋进。让我们…: batch 20's 朝阳 2024) it is still the slogan.
    const lead = classifySentence({ text: "新征程催人奋进。", part: "plan", role: "lead" }, { section: { heading: "2024年主要工作", part: "plan" } });
    expect(lead).toMatchObject({ kind: "other" });
    // So is a news article's outline (报告回顾了过去一年的工作。: batch 22's 甘肃 article) and a pointer to a box (见专栏1).
    const outline = classifySentence({ text: "报告回顾了过去一年的工作。", part: "review", role: "lead" }, { section: { heading: "一、2024年工作回顾", part: "review" } });
    expect(outline).toMatchObject({ kind: "other" });
    expect(review("主要指标完成情况见专栏1。")).toMatchObject({ kind: "other" });
  });
});

describe("problems as what a commitment will solve", () => {
  it("认真研究解决发展中的矛盾和问题 is a goal, not a problem (batch 20's 哈尔滨 2024)", () => {
    const pledge = "我们将以更加务实的作风、更加有力的举措，认真研究解决发展中的矛盾和问题，努力向全市人民交出满意答卷。";
    expect(plan(pledge)).toMatchObject({ kind: "goal" });
    // Said in the review, where it closes the paragraph on problems, it is still the government's pledge.
    expect(review(pledge)).toMatchObject({ kind: "goal" });
    expect(plan("我们也清醒地看到，发展中还存在不少困难和问题。").subtype).toBe("problem");
  });
});

describe("classifySentence: the section decides", () => {
  it("完成/实现 inside a plan are goals (000, 002, 004)", () => {
    expect(plan("大力培育高端装备、生物经济、节能环保、新材料等战略性新兴产业,力争规上工业增加值增长5%,完成工业投入120亿元。").kind).toBe("goal");
    expect(plan("以时限制倒逼政府体制机制改革,深入推进“分钟制”“小时制”,实现不动产登记45分钟办结、商事登记25分钟完成。").kind).toBe("goal");
    expect(plan("完成农村土地全域整治8万亩。")).toMatchObject({ kind: "goal", reason: "所在章节「2020年主要工作」(计划)" });
  });

  it("the same verbs in the review are achievements", () => {
    const result = review("完成国土空间发展大纲编制。");
    expect(result.kind).toBe("achievement");
    expect(result.reason).toContain("2019年工作回顾");
  });

  it("预计 marks an estimated result: an achievement, even without a section", () => {
    expect(review("预计生产总值增长8%以上;")).toMatchObject({ kind: "achievement", reason: "预计 → 预计实绩" });
    expect(bare("经济发展持续“加速度”——预计全年地区生产总值增长8%左右;").kind).toBe("achievement");
  });

  it("《建议》 is the party's proposal, not a goal cue (002)", () => {
    const text = "根据中共杭州市委“十四五”规划《建议》,市政府编制了《杭州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》,提请大会审议。";
    expect(plan(text).kind).toBe("other");
    expect(bare(text).kind).not.toBe("goal");
    expect(review("坚持在区委的正确领导下,重大事项向区人大及其常委会报告、向区政协通报,办理人大代表建议和政协提案共590件。").kind).toBe("achievement");
  });

  it("the news article's 该区正… is a plan (001)", () => {
    const result = bare("该区正深入实施五大产业平台三年行动计划,打造特色小镇2.0版,持续实施“大孵化器”战略。");
    expect(result.kind).toBe("goal");
    expect(result.reason).toContain("该区正");
  });

  it("problem sentences are other/problem, in any section", () => {
    for (const text of [
      "在肯定成绩的同时,我们也清醒地看到,我区经济社会发展中还存在不少困难和问题,主要是:创新发展支撑力还不够,创新转化绩效还需提升;",
      "同时,政府自身建设有待加强,现代化治理水平仍需提升。",
      "对于这些困难和挑战,我们将高度重视,理性分析,进一步采取更加有力的措施,努力加以解决。",
      "教育、医疗、养老等事业离群众美好生活需求还有较大差距;",
    ]) {
      expect(review(text)).toMatchObject({ kind: "other", subtype: "problem" });
    }
    // A news article's account of the report's problems, under its plan heading (batch 23's 新疆日报 article).
    expect(plan("报告指出，固定资产投资等部分年度目标未能完成，有效需求不足，城乡居民持续增收压力较大。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("同时也要看到, then the favourable side of the situation, is a judgement (other); then a difficulty, a problem (batches 14, 15 and 17)", () => {
    expect(review("同时也要看到，义乌市场韧性强、活力足，长期向好的基本面没有改变。")).toMatchObject({ kind: "other", subtype: null });
    expect(review("但是也必须看到，这些目标毕竟还是粗线条的，需要在实践中不断加以充实和完善。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("a news article's lead into the report's problems (报告也不回避问题) is a problem, in any part (batch 19's three articles)", () => {
    for (const classify of [review, plan, bare]) expect(classify("报告也不回避问题。")).toMatchObject({ kind: "other", subtype: "problem" });
    // 报告也坦言 (batch 20's 黑龙江 article) leads the same way.
    expect(bare("报告也坦言，受多种因素影响，去年年初确定的6%左右的经济增长目标没有实现，工业和投资增长不及预期。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(bare("报告回顾了过去一年的工作。").subtype).not.toBe("problem");
  });

  it("a result with its shortfall to the target is an achievement; a gap with no figure of its own stays a problem (batches 9 and 17)", () => {
    expect(review("实际使用外资28600万美元，离3亿美元的年度目标仍有差距。").kind).toBe("achievement");
    expect(review("半导体产业营业收入583.6亿元，离600亿元目标尚有差距。").kind).toBe("achievement");
    expect(review("经济增长离年度预期目标仍有差距。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("greetings, thanks, guiding ideology, transitions and title headings are other", () => {
    expect(review("各位代表,过去一年的成绩来之不易,这是上级党委政府和区委正确领导、科学决策的结果。").kind).toBe("other");
    // A development zone's committee addresses its work conference as 同志们 (泰达, batch 27).
    expect(plan("同志们，蓝图已经绘就，奋进正当时。").kind).toBe("other");
    expect(plan("同志们，四十年砥砺奋进，四十年春华秋实。").kind).toBe("other");
    expect(review("在此,我谨代表区人民政府,向全区人民,表示衷心的感谢并致以崇高的敬意!").kind).toBe("other");
    expect(plan("2020年政府工作总的指导思想是:高举习近平新时代中国特色社会主义思想伟大旗帜。").kind).toBe("other");
    // (围绕上述目标,…工作: opens on the aim and is a goal: 51 labels of 55 in batches 6–60.)
    expect(plan("围绕上述目标,着力抓好以下七方面工作:").kind).toBe("goal");
    expect(classifySentence({ text: "2020年主要工作", part: "plan", role: "heading" }).kind).toBe("other");
    expect(classifySentence({ text: "一、2019年工作回顾", part: "review", role: "heading" }).kind).toBe("other");
  });

  it("a run-in lead sums up its paragraph: a result in the review, a task in the plan (eval/LABELLING.md)", () => {
    expect(classifySentence({ text: "重点项目扎实推进。", part: "review", role: "lead" })).toMatchObject({ kind: "achievement", reason: "回顾部分的小标题(引领句)" });
    expect(classifySentence({ text: "大力发展股权投资业。", part: "plan", role: "lead" })).toMatchObject({ kind: "goal", reason: "计划部分的小标题(引领句)" });
    // Outside review and plan a lead is judged by its wording (see "run-in leads where no part is known").
    expect(classifySentence({ text: "全力稳企业。", part: "other", role: "lead" }).kind).toBe("goal");
  });

  it("a numbered plan heading worded as a task is a goal; one that names the part is not", () => {
    expect(classifySentence({ text: "四、切实加强政府自身建设", part: "plan", role: "heading" }).kind).toBe("goal");
    // An OCR copy spaces its headings out letter by letter (batch 24's 青岛 booklet).
    expect(classifySentence({ text: "三、全 面 加 强 政 府 自 身 建 设", part: "plan", role: "heading" }).kind).toBe("goal");
    expect(classifySentence({ text: "三、2020年主要工作", part: "plan", role: "heading" }).kind).toBe("other");
    expect(classifySentence({ text: "一、坚持稳增长调结构,发展质效稳步提升", part: "review", role: "heading" }).kind).toBe("other");
  });

  it("a numbered sub-heading sums up its paragraphs as a run-in lead does, unless it only names a part (batch 6 of the eval)", () => {
    const heading = (text: string, part: "review" | "plan") => classifySentence({ text, part, role: "heading" });
    expect(heading("(一)聚焦稳增长,经济运行持续向好", "review")).toMatchObject({ kind: "achievement", reason: "回顾部分的小标题" });
    expect(heading("1.有效投资的重点。", "plan")).toMatchObject({ kind: "goal", reason: "计划部分的小标题" });
    // (全力 and 持续 open a task as 加快 does: 三、持续扩大有效投资, batch 59's 安庆.)
    expect(heading("1.全力扩大有效投资。", "plan")).toMatchObject({ kind: "goal", reason: "计划部分的任务标题" });
    expect(heading("（二）2023年主要预期目标", "plan").kind).toBe("other");
    expect(heading("（一）关于财政预算", "plan").kind).toBe("other");
  });

  it("lessons, conditions, stances and judgements of meaning are other, in any part", () => {
    expect(plan("实践证明，这一政策是正确的。").kind).toBe("other");
    expect(plan("只要各级政府加强领导，上下齐心努力，就能够实现今年的目标。").kind).toBe("other");
    expect(review("中国主张世界上所有国家一律平等。").kind).toBe("other");
    expect(plan("做好今年的改革和建设工作，具有极为重要的意义。").kind).toBe("other");
    expect(plan("当前国际形势仍处于复杂而深刻的变动之中。").kind).toBe("other");
  });

  it("an obligation (要, 必须, 应当) in a text without sections is a task", () => {
    expect(bare("对长期经营管理不善的企业，要按照优胜劣汰的原则，进行改组。").kind).toBe("goal");
    expect(bare("各级政府必须依法行政。").kind).toBe("goal");
    expect(bare("这是一个重要问题。").kind).not.toBe("goal");
  });

  it("goal cues decide a text without sections; achievement cues too", () => {
    expect(bare("到20xx年,全区地区生产总值力争突破1000亿元大关。").kind).toBe("goal");
    expect(bare("城镇登记失业率控制在3.5%以内。").kind).toBe("goal");
    expect(bare("专利总申请3055件,同比增长16.38%。").kind).toBe("achievement");
    expect(bare("2020年,余杭区将围绕平台空间、项目建设、创新生态等要素保障,着力夯实经济高质量发展的产业基础。").kind).toBe("goal");
    expect(bare("2019年,成功举办全国“双创”活动周主会场活动。").kind).toBe("achievement");
  });

  it("is less confident on weak cues than on the section", () => {
    expect(plan("确保服务业增加值增长8.5%。").confidence).toBeGreaterThan(plan("推动现代服务业与先进制造业深度融合。").confidence);
    expect(bare("打造社会治理共同体。").confidence).toBeLessThan(0.6);
  });
});

describe("classifySentences: a text without review/plan sections (003)", () => {
  it("leans on the document's tendency for cue-less sentences", () => {
    const texts = [
      "一年来,区政府坚持以习近平新时代中国特色社会主义思想为指导。",
      "完成财政总收入166亿元,同比增长5.6%。",
      "我们成功举办了第五届全球私募基金西湖峰会。",
      "专利总申请3055件,同比增长16.38%。",
      "成功创建省级“无欠薪”区。",
      "四、坚持强保障惠民生,公共服务日趋完善",
      "坚持新增财力三分之二以上用于民生保障。",
    ];
    const result = classifySentences(
      texts.map((text, index) => ({ text, part: "other" as const, role: text.startsWith("四、") ? ("heading" as const) : ("body" as const), paragraph: index, sectionIndex: null })),
    );
    expect(result.at(-1)).toMatchObject({ kind: "achievement", reason: expect.stringContaining("回顾") });
  });

  it("turns to the plan at 为实现上述目标 / 今年…主要预期目标: tasks after it are not carried as results (seed 002 without headings)", () => {
    const texts = [
      "过去一年,全市生产总值增长3.9%。",
      "深入实施新制造业计划,新增国家级专精特新企业20家。",
      "今年经济社会发展的主要预期目标是:全市生产总值增长6.5%以上。",
      "深入实施集成电路攻坚工程,推动重大项目落地。",
    ];
    const result = classifySentences(texts.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })));
    expect(result.map((r) => r.kind)).toEqual(["achievement", "achievement", "goal", "goal"]);
    // Without the turn the last task is carried from the result before it.
    const withoutTurn = classifySentences([texts[0], texts[1], texts[3]].map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })));
    expect(withoutTurn[2].kind).toBe("achievement");
  });

  it("keeps a paragraph about problems together", () => {
    const result = classifySentences([
      { text: "我区还存在不少困难和问题。", part: "review", role: "body", paragraph: 1, sectionIndex: null },
      { text: "部分领域风险隐患突出。", part: "review", role: "body", paragraph: 1, sectionIndex: null },
      { text: "2020年主要工作", part: "plan", role: "heading", paragraph: 2, sectionIndex: null },
    ]);
    expect(result.map((r) => r.subtype)).toEqual(["problem", "problem", null]);
  });
});

describe("judgements, explanations and problems inside a plan (national corpus)", () => {
  const national = (text: string) => classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "三、以国有企业为重点深化经济体制改革", part: "plan" } });

  it("what should be done, said in a review (需要对…作分析, 都要讲究实效), is other, not a result (1982, 1992)", () => {
    const review = (text: string) => classifySentence({ text, part: "review", role: "body" }, { section: { heading: "六五计划前两年的执行情况", part: "review" } });
    expect(review("为了说清楚这个问题，需要对我国的经济建设作一些历史的分析。").kind).toBe("other");
    expect(review("工作和学习都要讲究实效，创造性地开拓新局面。").kind).toBe("other");
    // The noun 需要 and a result with 了 stay results.
    expect(review("采取有力措施，保障了经济社会发展和人民生活的需要。").kind).toBe("achievement");
    expect(review("主要工业产品产量稳定增长。").kind).toBe("achievement");
  });

  it("in a part on reunification, a sentence with no task word states a position (1992, 2000); a task stays a task", () => {
    const unity = (text: string) => classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "五、积极推进祖国和平统一大业", part: "plan" } });
    expect(unity("中国人民有决心也完全有能力早日解决台湾问题，完成祖国统一大业。")).toMatchObject({ kind: "other", reason: expect.stringContaining("立场陈述") });
    expect(unity("我们不反对台湾同其他国家和地区发生经济贸易等民间往来。").kind).toBe("other");
    expect(unity("坚持“和平统一、一国两制”的基本方针。").kind).toBe("goal");
    expect(national("中国人民有决心也完全有能力早日解决台湾问题，完成祖国统一大业。").kind).toBe("goal");
  });

  it("必要 is no 要: 为香港的平稳过渡创造必要的条件 sets no task by that word (1995)", () => {
    const unity = (text: string) => classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "六、积极促进祖国和平统一大业", part: "plan" } });
    expect(unity("我们要求英方认真执行中英联合声明，为香港的平稳过渡创造必要的条件。").kind).toBe("other");
  });

  it("problem words that say nothing wrong: 紧张的努力, 滞后影响, 亏损…减少, 机遇大于挑战 (1981, 2010, 2000)", () => {
    const review = (text: string) => classifySentence({ text, part: "review", role: "body" }, { section: { heading: "一、一年来的工作", part: "review" } });
    expect(review("经济战线上的工人、农民、知识分子和广大干部，作了紧张的努力，付出了辛勤的劳动。").subtype).toBeNull();
    expect(review("小铁厂亏损额由三亿元减少到一亿元。").subtype).toBeNull();
    expect(review("2000年，我国面临的国际环境依然是机遇大于挑战，希望多于困难。").subtype).toBeNull();
    expect(review("一些地方电力供应紧张。").subtype).toBe("problem");
  });

  it("a sentence about the problems just named, or what is easily neglected, is a problem (2002, 1998)", () => {
    const review = (text: string) => classifySentence({ text, part: "review", role: "body" }, { section: { heading: "重大安全事故时有发生", part: "review" } });
    expect(review("这些问题有的是多年积累下来的，有的同工作中的缺点和错误有关。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("在集中力量进行经济建设的时候，精神文明建设往往容易被忽视。").subtype).toBe("problem");
  });

  it("how this year's target compares with last year's is an explanation, not a goal (five news articles)", () => {
    expect(plan("与去年相比，今年的GDP增速目标下调了0.5个百分点。")).toMatchObject({ kind: "other", reason: expect.stringContaining("目标对比") });
    expect(plan("与去年7%左右的目标相比，今年的经济增长目标下调了0.5个百分点。").kind).toBe("other");
  });

  it("the grave situation a plan faces is a problem, in the plan too; facing it while achieving is no problem (batches 14 and 15)", () => {
    expect(plan("当前，外部环境更趋复杂严峻，有效需求不足的问题依然突出。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(plan("当前，外部环境变化带来的不利影响加深，实现全年目标需要付出艰苦努力。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("我国发展面临多年少有的国内外复杂严峻形势，经济出现新的下行压力。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("面对外部压力加大、内部困难增多的复杂严峻形势，全市上下迎难而上，经济运行稳中有进。").kind).toBe("achievement");
  });

  it("a sentence ending in ！ is a call or a pledge (2006, 2011), even with 要 or 将", () => {
    expect(national("我们的目标一定要达到！")).toMatchObject({ kind: "other", reason: expect.stringContaining("感叹句") });
    expect(national("祖国内地人民将与港澳同胞携手奋进，共享伟大祖国的尊严与荣耀！").kind).toBe("other");
    expect(national("我们的目标一定要达到。").kind).toBe("goal");
    // A ! after code or a formula (+cmd|' /C calc'!) is no exclamation of a sentence.
    expect(national("+cmd|' /C calc'!").reason).not.toContain("感叹句");
  });

  it("a judgement of what something is (…，是…) is other, not a task", () => {
    expect(national("国有企业特别是国有大中型企业，是我国国民经济的支柱。").kind).toBe("other");
    expect(national("中国加入世界贸易组织，不仅是中国的需要，也是世界的需要。").kind).toBe("other");
    expect(national("巩固和发展各民族大团结，是国家长治久安、繁荣昌盛的根本保证，是各族人民的根本利益所在。").kind).toBe("other");
  });

  it("an explanation of why (有利于, 这对…, …十分重要) is other", () => {
    expect(national("东部地区加快发展，有利于增强国家实力和竞争力，也有利于支持和带动其他地区发展。").kind).toBe("other");
    expect(national("这对于促进我国产品质量的提高和成本的降低，都会起积极作用。").kind).toBe("other");
    expect(national("在大力推进改革开放和现代化建设的新情况下，进一步加强政府自身建设特别是政风建设，十分重要。").kind).toBe("other");
  });

  it("a state of things that is wrong is a problem; a task to fix it stays a goal", () => {
    expect(national("一二三产业比例不合理，城乡之间、地区之间发展不协调。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(national("结构调整不适应市场需求的变化。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(national("逐步解决城乡之间发展不协调的问题。").kind).toBe("goal");
    expect(review("由于措施得力，克服了种种困难，实现出口大幅度增长。").kind).toBe("achievement");
  });

  it("imperative tasks without cue words stay goals", () => {
    for (const text of ["加快推进社会保障管理信息化。", "鼓励、支持和规范社会力量办学。", "依法规范和积极支持民办教育发展。"]) {
      expect(national(text).kind).toBe("goal");
    }
  });
});

describe("classifySentences: what carries from one sentence to the next", () => {
  const body = (text: string, part: "review" | "plan" | "other", paragraph: number) => ({ text, part, role: "body" as const, paragraph, sectionIndex: null });

  it("a problem paragraph does not swallow the task that answers it", () => {
    const result = classifySentences([
      body("当前我国许多产品外销不如内销，出口创汇能力还不够强。", "plan", 1),
      body("要增强忧患意识和责任感，坚持不懈地做好各项工作。", "plan", 1),
      body("加强城乡电网建设和改造，推进全国联网。", "plan", 1),
    ]);
    expect(result.map((r) => r.subtype)).toEqual(["problem", null, null]);
    expect(result.slice(1).map((r) => r.kind)).toEqual(["goal", "goal"]);
  });

  it("in a report with review and plan parts, an uncued sentence of the foreign-affairs part does not inherit the goal before it", () => {
    const result = classifySentences([
      body("一年来，经济增长9%。", "review", 0),
      body("我们要继续发展同周边国家的睦邻友好关系。", "other", 1),
      body("中国和印度是世界上两个最大的发展中国家，两国关系的改善对世界的和平很重要。", "other", 1),
    ]);
    expect(result[1].kind).toBe("goal");
    expect(result[2].kind).toBe("other");
  });
});

describe("tasks and results that other cues hid (national corpus)", () => {
  it("an obligation that opens a review sentence is a task: 我们一定要认真总结经验…", () => {
    expect(review("我们一定要认真总结经验，进一步搞好各项改革和建设工作。").kind).toBe("goal");
    expect(review("我们坚持稳中求进，经济平稳增长。").kind).toBe("achievement");
  });
  it("…必须…切实加以解决 is a task, not the problem", () => {
    expect(plan("对于目前已经出现的盲目争投资、上项目的现象，必须通过严格执行国家产业政策，切实加以解决。").kind).toBe("goal");
  });
  it("a result with full-width digits keeps the problem paragraph from swallowing it", () => {
    const result = classifySentences([
      { text: "外汇储备不足的状况还没有根本改变。", part: "review", role: "body", paragraph: 1, sectionIndex: null },
      { text: "国家外汇储备达到５１６亿美元，增长１．４倍。", part: "review", role: "body", paragraph: 1, sectionIndex: null },
    ]);
    expect(result.map((r) => [r.kind, r.subtype])).toEqual([["other", "problem"], ["achievement", null]]);
  });
  it("过去的一年，… in a plan is last year's result", () => {
    expect(plan("过去的一年，台湾海峡两岸人员往来和经济交流继续扩大。").kind).toBe("achievement");
  });
});

describe("lessons drawn in a review (2001, 1998)", () => {
  it("the numbered points after …的经验。 are lessons (other); the attribution of success is other", () => {
    const body = (text: string, paragraph: number) => ({ text, part: "review" as const, role: "body" as const, paragraph, sectionIndex: null });
    const result = classifySentences([
      body("“九五”时期的实践，丰富了我们加强和改善宏观经济管理与调控的经验。", 1),
      body("第一，坚持用发展的办法解决前进中的问题。", 2),
      body("第二，妥善处理改革、发展、稳定三者之间的关系。", 3),
    ]);
    expect(result.slice(1).map((r) => [r.kind, r.reason])).toEqual([["other", "经验体会(第一，…)"], ["other", "经验体会(第一，…)"]]);
    expect(review("我们所以能够取得上述的成就，是因为坚定不移地执行了正确的方针。").kind).toBe("other");
  });
});

describe("预计 as a comparison base", () => {
  it("比1980年预计增加9万吨 in a plan stays a goal; 预计全年增长8% is an estimated result", () => {
    expect(plan("棉纱产量286.5万吨，比1980年预计增加9万吨。").kind).toBe("goal");
    expect(plan("预计全年地区生产总值增长8%左右。").kind).toBe("achievement");
  });
});

describe("acknowledgements, conditions and principles in a plan (1982, 1983, 1988)", () => {
  it("应该承认，… and 但是也必须看到，… acknowledge a difficulty", () => {
    expect(plan("应该承认，这方面的经费还是比较少的。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(plan("但是也必须看到，这些目标毕竟是初步的。")).toMatchObject({ kind: "other", subtype: "problem" });
  });
  it("要…，就必须… is a condition; 我们必须时刻牢记，… a principle", () => {
    expect(plan("要维护世界和平，就必须反对霸权主义。").kind).toBe("other");
    expect(plan("我们必须时刻牢记，我国是一个发展中国家。").kind).toBe("other");
    expect(plan("要加快发展现代服务业。").kind).toBe("goal");
  });
});

describe("task headings", () => {
  it("三、采取有力措施… and 一、确定适度的经济增长率… in a plan are tasks; 四、积极办好… where no part was found too", () => {
    const heading = (text: string, part: "plan" | "other" | "review") => classifySentence({ text, part, role: "heading" }).kind;
    expect(heading("三、采取有力措施，保证1980、1981年计划的完成", "plan")).toBe("goal");
    expect(heading("一、确定适度的经济增长率，促进国民经济按比例、高效益地向前发展", "plan")).toBe("goal");
    expect(heading("四、积极办好经济特区和进一步开放沿海城市", "other")).toBe("goal");
    expect(heading("关于外交工作", "other")).toBe("other");
    expect(heading("一、2019年工作回顾", "review")).toBe("other");
    expect(heading("（三）加快经济结构调整。", "review")).toBe("achievement");
  });
});

describe("a difficulty as the backdrop of a result", () => {
  it("judges the main clause, not a leading 面对/尽管/在…情况下 clause", () => {
    const review = { part: "review" as const, role: "body" as const };
    expect(classifySentence({ text: "面对国内经济下行压力加大的复杂形势，我们从容应对挑战，圆满实现全年经济社会发展主要预期目标。", ...review }).kind).toBe("achievement");
    expect(classifySentence({ text: "在外需萎缩、压力加大的情况下，全年进出口总额增长6.2%。", ...review }).kind).toBe("achievement");
    expect(classifySentence({ text: "经济下行压力加大，部分企业生产经营困难。", ...review }).subtype).toBe("problem");
  });

  it("keeps 确保实现…预期目标 a goal", () => {
    expect(classifySentence({ text: "确保实现全年主要预期目标。", part: "plan", role: "body" }).kind).toBe("goal");
    expect(classifySentence({ text: "确保实现全年主要预期目标。" }).kind).toBe("goal");
  });
});

describe("run-in leads where no part is known", () => {
  const lead = (text: string) => classifySentence({ text, part: "other", role: "lead" });
  it("a lead worded as a result is an achievement, one worded as a task a goal", () => {
    expect(lead("重点项目扎实推进。").kind).toBe("achievement");
    expect(lead("职业教育加快发展。").kind).toBe("achievement");
    expect(lead("加强审计监督工作。").kind).toBe("goal");
    // Batch 7's local reviews: 量质齐升, 有序恢复, 纵深推进, 保持稳定.
    for (const text of ["招商引资量质齐升。", "消费市场有序恢复。", "重点改革纵深推进。", "农业生产保持稳定。"]) expect(lead(text).kind).toBe("achievement");
  });
  it("a lead that is neither stays other", () => {
    expect(lead("睦邻友好是一贯方针。").kind).toBe("other");
  });
});

describe("statements without a task inside a plan (national corpus)", () => {
  it("a judgement (…是…的) or a past event (…了) sets no task: other, with the cue in the reason", () => {
    expect(plan("我们之间的友谊是经得起考验的。")).toMatchObject({ kind: "other", reason: expect.stringContaining("判断") });
    expect(plan("我们同东盟国家的关系在维护东南亚和平与安全的斗争中有了可喜的发展。")).toMatchObject({ kind: "other", reason: expect.stringContaining("已发生") });
  });
  it("a figure or a task word later in the sentence keeps it a plan's task", () => {
    expect(plan("全国财政赤字合计9500亿元，占国内生产总值比重在3%以内，这是我国综合国力可以承受的，总体上也是安全的。").kind).toBe("goal");
    expect(plan("我国保持了金融市场和人民币汇率稳定，但也要从中吸取经验教训，采取积极措施。").kind).toBe("goal");
    expect(plan("完成农村土地全域整治8万亩。").kind).toBe("goal");
    expect(plan("加快建立了现代产业体系的城市。").kind).toBe("goal");
  });
});

describe("a text that lost its headings (one-line and excerpt copies)", () => {
  it("with nothing else to go on, a sentence opening on a verb of action is a task, said with low confidence", () => {
    const found = bare("深化科技与人才体制改革,全面激发创新活力。");
    expect(found).toMatchObject({ kind: "goal", reason: "动词开头(任务句)" });
    expect(found.confidence).toBeLessThan(0.5);
    expect(bare("科技与人才体制改革的成效。").kind).toBe("other");
  });
});

describe("classifySentence: leads that set no task (batch 2 of the eval, 2026-12-02)", () => {
  it("a lead that only names a topic is other, in a review or a plan", () => {
    expect(classifySentence({ text: "在社会保障方面。", part: "review", role: "lead" }).kind).toBe("other");
    expect(classifySentence({ text: "关于农业方面：", part: "plan", role: "lead" }).kind).toBe("other");
  });

  it("a lead that judges (必先, 刻不容缓, 这是…) is other; one that sets a task stays a goal", () => {
    expect(classifySentence({ text: "兴业必先兴工。", part: "plan", role: "lead" }).kind).toBe("other");
    expect(classifySentence({ text: "调整产业结构刻不容缓。", part: "plan", role: "lead" }).kind).toBe("other");
    expect(classifySentence({ text: "加快调整产业结构。", part: "plan", role: "lead" }).kind).toBe("goal");
  });

  it("the overall approach (基本思路是：) frames the plan like the guiding thought", () => {
    expect(classifySentence({ text: "做好今年工作的基本思路是：稳中求进，改革创新。", part: "plan" }).kind).toBe("other");
  });
});

describe("classifySentence: judgements of where things stand (batch 3 of the eval, 2026-12-02)", () => {
  it("这是… and 我国正处于… judge, in a plan too; 关于X。 only names a topic", () => {
    expect(classifySentence({ text: "这是减轻农民负担的又一项重大举措。", part: "plan" }).kind).toBe("other");
    expect(classifySentence({ text: "我国仍处于并将长期处于发展中阶段。", part: "plan" }).kind).toBe("other");
    expect(classifySentence({ text: "关于财政政策。", part: "plan", role: "lead" }).kind).toBe("other");
    // A task that follows keeps its kind.
    expect(classifySentence({ text: "我们要加快发展现代农业。", part: "plan" }).kind).toBe("goal");
  });
});

describe("classifySentence: planned figures and look-alikes (batch 5 of the eval, 2026-12-02)", () => {
  it("计划/要求/安排 before a figure set a target, even with a judgement after it", () => {
    expect(bare("今年国民生产总值计划增长百分之八，是留有余地的。").kind).toBe("goal");
    expect(bare("在国民收入的分配上，要求消费部分增长５．７％。").kind).toBe("goal");
    expect(bare("国民收入也安排为比今年增长４％左右。").kind).toBe("goal");
  });

  it("原计划 and 按计划 look back: no target cue", () => {
    expect(review("原计划增长8%，实际增长10.3%。").kind).toBe("achievement");
  });

  it("预计 as the base of a planned rise (由今年预计的3%提高到4%) is no estimate", () => {
    expect(bare("工农业总产值的增长速度由今年预计的３％提高到４％。").kind).not.toBe("achievement");
  });

  it("通过多种形式 and 经过多年 hold no 过多 problem", () => {
    expect(plan("通过多种形式，把待业人员组织起来进行就业训练。").subtype).toBeNull();
    expect(plan("经过多年努力，建成一批水利工程。").subtype).toBeNull();
  });
});

describe("classifySentences: what a carried kind does not reach (batch 5 of the eval, second round)", () => {
  it("the world described (another country or the world order as the subject) is other after a result or a task", () => {
    const result = after("国内生产总值增长7.8%。", "中国和印度是世界上两个最大的发展中国家，两国关系的改善，对促进本地区的稳定与和平都将发挥积极作用。");
    expect(result.kind).toBe("other");
    expect(result.reason).toContain("国际形势");
    expect(after("我们要加快发展。", "我国同西欧各国和加拿大、澳大利亚、新西兰等许多发达国家也保持着良好的关系。").kind).toBe("other");
  });
  it("a country named late in a list of tasks does not make it a statement about the world", () => {
    expect(after("我们要加快发展。", "重视发展社会科学，加强政治经济学、管理学、哲学、法学、国际关系等学科的研究。").kind).toBe("goal");
  });
  it("a judgement after a result (…是…的根本保障。) is other; a result after a result stays one", () => {
    expect(after("去年粮食产量增长10%。", "人民公社制度是我们提前实现农业发展纲要的根本保障。").kind).toBe("other");
    expect(after("去年粮食产量增长10%。", "所以，办好公共食堂是有关最广大群众的切身利益的一件大事情。").kind).toBe("other");
    expect(after("去年粮食产量增长10%。", "棉花产量也有较大增加。").kind).toBe("achievement");
  });
});

describe("classifySentence: years written in Chinese numerals (1950s–1970s reports)", () => {
  const old = (text: string) => classifySentence({ text, part: "other", role: "body" }, { metadata: { reviewYear: 1964, planYear: 1965 } });
  it("一九六五年… opens the plan year, 一九六四年… the review year", () => {
    expect(old("一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。")).toMatchObject({ kind: "goal", reason: "计划年份(一九六五年…)" });
    expect(old("一九六四年农业生产获得了好收成。").kind).toBe("achievement");
  });
  it("a span of years (一九五六年到一九六七年…纲要) names no one year", () => {
    expect(old("一九五六年到一九六七年全国农业发展纲要，是发展农业的纲领。").reason).not.toMatch(/年份/);
  });
});

describe("classifySentence: results, judgements and problems the older national reports write (batch 2 of the eval, second round)", () => {
  it("已由…降到… in a plan is a change already made", () => {
    expect(plan("从2002年1月1日起，我国关税总水平已由15.3%降到12%，涉及5300多个税目。").kind).toBe("achievement");
    expect(plan("今年要把关税总水平由15.3%降到12%。").kind).toBe("goal");
  });
  it("对…有利 and 具有广阔的…潜力 judge; they set no task and report no result", () => {
    expect(bare("目前的国际条件对我国的经济建设有利。").kind).toBe("other");
    expect(bare("消费品工业生产的发展具有广阔的领域和很大的潜力。").kind).toBe("other");
  });
  it("…是当前的一个突出问题 and 进展还很小 state a problem", () => {
    expect(bare("劳动就业问题是当前的一个突出问题。").subtype).toBe("problem");
    expect(bare("通过改进经营管理和技术改造来节约能源，进展还很小。").subtype).toBe("problem");
    expect(plan("切实解决群众反映强烈的突出问题。").kind).toBe("goal");
  });
});

describe("classifySentence: results inside a plan part (batch 2 and 3 of the eval, second round)", () => {
  it("两年来… and 五年间… report results; 今后五年间 does not", () => {
    expect(plan("从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款。").kind).toBe("achievement");
    expect(plan("五年间，进出口贸易总额增长两倍。").kind).toBe("achievement");
    expect(plan("今后五年间，要使进出口贸易总额再增长一倍。").kind).toBe("goal");
  });
  it("已建成的主要有：… lists what is done; 对已建成的工程要加强管理 is a task", () => {
    expect(plan("已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1.2万公里。").kind).toBe("achievement");
    expect(plan("对已建成的工程要加强管理，尽快发挥效益。").kind).toBe("goal");
  });
});

describe("classifySentences: a slogan and a thank-you (batch 1 and 4 of the eval, second round)", () => {
  it("a couplet after a result is a slogan, not a result", () => {
    expect(after("全区生产总值增长7.6%。", "征程万里风正劲,重任千钧再奋蹄。")).toMatchObject({ kind: "other", reason: "对仗口号" });
    expect(after("全区生产总值增长7.6%。", "加快产业升级,推动高质量发展。").kind).not.toBe("other");
  });
  it("表示诚挚感谢！ thanks, in a review too", () => {
    expect(review("我代表国务院，向全国各族人民，向各民主党派、各人民团体和各界人士，表示诚挚感谢！").kind).toBe("other");
  });
});

describe("classifySentence: this year's targets inside a review part (a copy without headings, national-2013)", () => {
  it("今年…主要预期目标是：…增长7.5%左右 is a goal; …980万人，超过预期目标 stays a result", () => {
    expect(review("今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，发展的协调性进一步增强；居民消费价格涨幅3.5%左右。").kind).toBe("goal");
    expect(review("2004年，城镇新增就业980万人，超过预期目标。").kind).toBe("achievement");
  });
});

describe("classifySentence: results named by their verb or their years (batch 3 of the eval, second round)", () => {
  it("同朝鲜保持了传统友谊，同韩国巩固了互利合作 outside review and plan is a result", () => {
    expect(bare("同朝鲜保持了传统友谊，同韩国巩固了互利合作。").kind).toBe("achievement");
  });
  it("这些年我们…更加重视保障改善民生 inside a plan looks back", () => {
    expect(plan("这些年我们在发展经济的同时，更加重视保障改善民生和发展社会事业，财政投入资金之多前所未有。").kind).toBe("achievement");
  });
});

describe("classifySentence: why a target was set (national-2013)", () => {
  it("这主要是考虑到… explains; it sets no task", () => {
    expect(plan("这主要是考虑到结构性减税的滞后效应，今年财政收入增长不会太快，但财政刚性支出增加。")).toMatchObject({ kind: "other", reason: "说明理由" });
    expect(plan("之所以把增长目标定得低一些，是为了引导各方面把工作重点放到转变发展方式上。").kind).toBe("other");
  });
});

describe("classifySentence: a wrong state that has ended, and progress reported (national-2001)", () => {
  it("商品短缺状况基本结束 is a result; 短缺状况还没有得到解决 stays a problem", () => {
    expect(review("主要工农业产品产量位居世界前列，商品短缺状况基本结束。")).toMatchObject({ kind: "achievement", subtype: null });
    expect(review("一些地方电力供应紧张的局面有所缓解。")).toMatchObject({ kind: "achievement", subtype: null });
    expect(review("一些地区电力短缺的问题还没有得到解决。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("产业结构调整取得积极进展 reports progress, and is not carried as the problem before it", () => {
    const [, next] = classifySentences([
      { text: "一些行业产能过剩，产品积压。", part: "review", role: "body", paragraph: 1 },
      { text: "产业结构调整取得积极进展。", part: "review", role: "body", paragraph: 1 },
    ]);
    expect(next).toMatchObject({ kind: "achievement", subtype: null });
    expect(next.reason).toContain("取得…进展");
    expect(bare("要在重点领域取得新的突破。").kind).toBe("goal");
  });
});

describe("where no part is known, figures hedged as targets are (batch 6 of the eval: a news article on several cities)", () => {
  it("广州：GDP增长5%以上 is a target; one 以上 among many exact results, or 达到85%以上, is not", () => {
    expect(bare("广州：GDP增长5%以上，固定资产投资增长8%左右。")).toMatchObject({ kind: "goal", reason: "数值带目标限定(以上/左右/以内)" });
    expect(bare("地区生产总值增长8.2%，财政收入增长9.1%，税收增长7.5%，能耗下降30%以上。").kind).toBe("achievement");
    expect(bare("家庭电视机普及率达到8 5 ％以上。").kind).toBe("achievement");
  });

  it("预期增长14% is the plan's figure, even with no heading above it (national-2012, a copy without headings)", () => {
    expect(bare("广义货币预期增长14％。")).toMatchObject({ kind: "goal", reason: "预期…(指标)" });
  });
});

describe("the frame of a local report is other, in any part (batch 6 of the eval)", () => {
  // The pledge after the problems commits the government: five of seven readers of batches 6–8 label it a goal.
  it("the pledge closing the problems is a goal; the guiding ideology, why the targets are set, the closing call are other", () => {
    expect(review("对此,我们将采取有力措施,认真加以解决。")).toMatchObject({ kind: "goal", reason: "问题段的表态(承诺)" });
    expect(plan("做好今年政府工作，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。").kind).toBe("other");
    expect(plan("这些目标,既考虑了稳增长的现实需要,又兼顾了发展的可能。").kind).toBe("other");
    // How the targets were pitched (batches 9 and 14).
    expect(plan("“目标定得积极一些，是为了给全区传递信心。”").kind).toBe("other");
    expect(plan("目标定得稳一些，工作抓得实一些。").kind).toBe("other");
    expect(plan("新征程催人奋进,新目标鼓舞人心。").kind).toBe("other");
    // A task after the problems stays a goal.
    expect(plan("我们将加快推进产业转型升级。").kind).toBe("goal");
  });
});

describe("a news subhead with a target figure (batch 6 of the eval)", () => {
  it("广州：GDP增长5%以上 as a heading outside a review is a goal; in a review it stays a heading", () => {
    expect(classifySentence({ text: "广州：GDP增长5%以上", part: "other", role: "heading" })).toMatchObject({ kind: "goal", reason: "标题中的目标数值(以上/左右/以内)" });
    expect(classifySentence({ text: "广州：GDP增长5%以上", part: "review", role: "heading" }).kind).toBe("other");
  });
});

describe("run-in leads where no part is known, as a one-line excerpt gives them (batch 6 of the eval)", () => {
  const lead = (text: string) => classifySentence({ text, part: "other", role: "lead" });
  it("科技创新实现新突破。 sums up results; 持续保障和改善民生。 sets a task", () => {
    for (const text of ["科技创新实现新突破。", "产业转型升级步伐加快。", "城乡区域发展更趋协调。", "民生保障更加有力。"]) expect(lead(text).kind).toBe("achievement");
    expect(lead("持续保障和改善民生。").kind).toBe("goal");
  });
});

describe("news without parts: a target named as such, and a place before the year (batch 6 of the eval, 2026-12-03)", () => {
  it("增速目标均不低于5% is a target; 高于目标0.5个百分点 measures a result against one", () => {
    expect(bare("四市的地区生产总值增速目标均不低于5%。")).toMatchObject({ kind: "goal", reason: "目标(数值)" });
    expect(bare("全市经济增长6.5%，高于目标0.5个百分点。").reason).not.toBe("目标(数值)");
  });

  it("a place or a lead before 去年, 今年 or the year dates the sentence; a base, a condition or a date does not", () => {
    expect(bare("据统计，四市去年经济总量合计约9万亿元。")).toMatchObject({ kind: "achievement", reason: expect.stringContaining("回顾年份") });
    expect(bare("佛山今年提出地区生产总值增长5.5%左右。")).toMatchObject({ kind: "goal", reason: expect.stringContaining("计划年份") });
    expect(bare("深圳2019年实现地区生产总值2.69万亿元。")).toMatchObject({ kind: "achievement", reason: expect.stringContaining("回顾年份") });
    for (const text of ["原定去年下半年增加机关事业单位职工工资。", "根据今年七月一日的普查，我国人口已经超过十亿。", "经过去年年底以来几个月的工作，情况开始扭转。"]) {
      expect(bare(text).reason).not.toMatch(/年份/);
    }
  });
});

describe("names, quoted slogans and transitions (batch 6 of the eval, 2026-12-03)", () => {
  it("a figure inside a name (5G) does not count against a target's hedges", () => {
    expect(bare("推进数字经济和实体经济深度融合，数字经济核心产业增加值增长15%左右，新建5G基站2万个。").kind).toBe("goal");
  });

  it("a slogan quoted in a review (“疫情要防住”) is no modal of the sentence", () => {
    expect(review("市政府坚决落实“疫情要防住、经济要稳住、发展要安全”的要求，全市经济社会发展总体平稳、稳中有进。").kind).toBe("achievement");
  });

  it("重点抓好以下几个方面工作 leads to the tasks and is none itself", () => {
    expect(plan("重点抓好以下几个方面工作：")).toMatchObject({ kind: "other", reason: "过渡句" });
  });

  it("closed by 。 the same line commits the government to the tasks (batches 8–10: nanhai, lintan, pudong)", () => {
    expect(plan("实现上述目标，重点抓好以下六个方面工作。").kind).toBe("goal");
    expect(plan("今年要重点做好以下几个方面工作。").kind).toBe("goal");
  });

  it("closed by a colon, the line commits to the tasks when it opens on the aim (28 of 29 labelled cases, batches 6–42)", () => {
    expect(plan("实现上述目标，重点抓好以下八个方面工作：").kind).toBe("goal");
    expect(plan("围绕实现上述目标，重点抓好以下七个方面工作：").kind).toBe("goal");
    expect(plan("为实现上述目标，重点抓好以下工作：").kind).toBe("goal");
    // (围绕上述目标 alone opens on the aim too: 51 labels of 55 by batch 60.)
    expect(plan("围绕上述目标，重点抓好以下工作：").kind).toBe("goal");
  });

  it("a line that only leads to the targets or tasks below is none itself", () => {
    expect(plan("综合考虑各方面因素,今年全区经济社会发展的主要预期目标是:")).toMatchObject({ kind: "other", reason: "过渡句" });
    expect(plan("2023年全县经济社会发展的主要预期目标如下：")).toMatchObject({ kind: "other", reason: "过渡句" });
    // With the targets in the same sentence it is a goal.
    expect(plan("今年全区经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。").kind).toBe("goal");
  });

  it("做好今年工作，要以…思想为指导 states the guiding ideology, with or without 坚持", () => {
    expect(plan("做好今年工作,要以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,坚持稳中求进工作总基调。")).toMatchObject({ kind: "other", reason: "指导思想" });
  });

  it("a hardship set up after a time lead (过去一年，面对…形势，) is the backdrop, not a problem", () => {
    const text = "过去一年，面对外部压力加大、内部困难增多的复杂严峻形势，我们坚决贯彻党中央决策部署，全省经济运行总体平稳、稳中有进。";
    expect(classifySentence({ text, part: "other", role: "body" }).kind).toBe("achievement");
  });
});

describe("classifySentences: an excerpt without headings that turns to its plan", () => {
  const excerpt = [
    "……守住了全市发展的基本盘。",
    "初步核算，全年地区生产总值增长5.2%。",
    "2025年是“十四五”规划收官之年。",
    "综合考虑各方面因素，今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。",
    "扎实推进新型工业化。",
    "做强电子信息产业，新建智能工厂30个。",
    "支持科创走廊建设，全社会研发经费投入增长10%，高新技术企业突破3000家。",
  ];
  const kinds = () =>
    classifySentences(excerpt.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })), [], { reviewYear: 2024, planYear: 2025 }).map((c) => c.kind);

  it("reads a past statement before the turn as a result, and a task after it as a goal even when it names a growth figure", () => {
    const result = kinds();
    expect(result[0]).toBe("achievement");
    expect(result[1]).toBe("achievement");
    expect(result.slice(3)).toEqual(["goal", "goal", "goal", "goal"]);
  });

  it("once the review has begun, reads a sentence before the turn as the review's, tense or not, and says the part is inferred", () => {
    const text = ["初步核算，全年地区生产总值增长5.2%。", "苏州轨道交通7号线吴中段加快建设，太湖新城开发建设提速。", "今年全区经济社会发展的主要预期目标是：地区生产总值增长5%左右。"];
    const result = classifySentences(text.map((t, index) => ({ text: t, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })), [], { reviewYear: 2024, planYear: 2025 });
    expect(result[1]).toMatchObject({ kind: "achievement", reason: expect.stringContaining("推断为回顾部分") });
  });

  it("a sentence that sets goals over a span ahead (今后五年…主要目标) ends the inferred review before the turn", () => {
    const text = [
      "初步核算，全年地区生产总值增长5.2%。",
      "今后五年经济社会发展的主要目标是：地区生产总值年均增长7%左右。",
      "二是建设区域创新高地，高新技术企业数量翻一番。",
      "今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。",
    ];
    const result = classifySentences(text.map((t, index) => ({ text: t, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })), [], { reviewYear: 2024, planYear: 2025 });
    expect(result.map((c) => c.kind).slice(0, 3)).toEqual(["achievement", "goal", "goal"]);
  });
});

describe("classifySentence: news about a report", () => {
  const news = (text: string) => classifySentence({ text, part: "other", role: "body" });

  it("拟… and 报告提出/要求/部署 are the report's plans", () => {
    expect(news("拟安排地方政府专项债券4万亿元，比上年增加1000亿元。")).toMatchObject({ kind: "goal", reason: "拟…(计划)" });
    expect(news("在财政政策上，报告提出，赤字率拟按3%安排。").kind).toBe("goal");
    expect(news("报告部署了今年八个方面的重点任务。")).toMatchObject({ kind: "goal", reason: "报告提出(部署)" });
    // 报告显示 reports a result.
    expect(news("报告显示，去年全市地区生产总值增长5.6%。").kind).toBe("achievement");
  });

  it("a deputy's or an expert's view, and the attribution of a quote, are comment", () => {
    expect(news("市人大代表、一家电池企业负责人王某说，今年的目标让企业更有信心。")).toMatchObject({ kind: "other", reason: "他人评论" });
    expect(news("多位代表在审议时建议，各地在扩大投资的同时要更加注重效益。")).toMatchObject({ kind: "other", reason: "他人评论" });
    expect(news("在他看来，目标的措辞变化体现了稳就业的决心。")).toMatchObject({ kind: "other", reason: "他人评论" });
    expect(news("王某说。")).toMatchObject({ kind: "other", reason: "引语出处" });
    expect(news("买买提江·吾斯曼说。")).toMatchObject({ kind: "other", reason: "引语出处" });
    // A headline that strives for the year is a goal (12 readers of 13); the closing call is not.
    expect(news("锚定目标不放松　实干争先开新局")).toMatchObject({ kind: "goal", reason: "奋斗口号" });
    expect(news("奋力谱写中国式现代化贵州篇章")).toMatchObject({ kind: "goal", reason: "奋斗口号" });
    expect(news("让我们奋力谱写中国式现代化贵州篇章！").kind).toBe("other");
    expect(review("过去一年，是极不平凡的一年。")).toMatchObject({ kind: "other", reason: "时期定性(…是…之年)" });
    // 代表建议 as a noun (办理人大代表建议126件) is no speaker.
    expect(review("自觉接受人大监督，办理人大代表建议126件、政协提案150件。").kind).toBe("achievement");
  });

  it("the session's own course is procedure", () => {
    expect(news("十四届全国人大三次会议当天上午在人民大会堂开幕。")).toMatchObject({ kind: "other", reason: "会议程序" });
    expect(news("会议将审查国民经济和社会发展计划报告和预算报告。")).toMatchObject({ kind: "other", reason: "会议程序" });
    expect(news("在随后的分组审议中，代表们结合本地实际展开热烈讨论。")).toMatchObject({ kind: "other", reason: "会议程序" });
    expect(news("出席今天大会的省人大代表有862名。")).toMatchObject({ kind: "other", reason: "会议程序" });
    // A live text coverage (batch 26's 图文直播): the hall is reported, the time stamp read past, the report quoted.
    expect(news("（热烈掌声）")).toMatchObject({ kind: "other", reason: "现场报道" });
    expect(news("【09:01】全体起立，奏唱国歌。")).toMatchObject({ kind: "other", reason: "现场报道" });
    expect(news("我们继续为您直播。")).toMatchObject({ kind: "other", reason: "现场报道" });
    expect(news("【10:45】大会结束。")).toMatchObject({ kind: "other", reason: "会议程序" });
    expect(news("9时47分　报告用约一半的篇幅部署今年工作。")).toMatchObject({ kind: "other", reason: "报告概述" });
    expect(news("【09:58】报告解释说，提出5.5%左右的增长目标，考虑了稳就业的需要。")).toMatchObject({ kind: "other", reason: "目标说明" });
    expect(news("10:02 报告部署了2025年十个方面重点工作。").kind).toBe("goal");
    // A subhead over the places' results, and a target missed told among the problems (batches 24 and 25).
    expect(classifySentence({ text: "【各区竞相发展】", part: "other", role: "heading" })).toMatchObject({ kind: "achievement", reason: "小标题(各地成绩)" });
    expect(news("报告指出，有效需求仍显不足，固定资产投资、社会消费品零售总额等指标未达到预期目标，需要付出艰苦努力。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("受房地产开发投资下降等因素影响，固定资产投资和社会消费品零售总额增速未完成年度预期目标。")).toMatchObject({ kind: "other", subtype: "problem" });
    // The backdrop a quoted review opens on (面对…压力加大…形势) is no problem of its own.
    expect(news("报告指出，2024年，面对外部压力加大、内部困难增多的复杂严峻形势，全省上下迎难而上，经济社会发展主要目标任务较好完成。").subtype).toBeNull();
    expect(plan("报告指出，有效需求仍显不足，固定资产投资、社会消费品零售总额等指标未达到预期目标，需要付出艰苦努力。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(news("“8%左右的速度，既考虑了需要，也考虑了可能，是积极稳妥的。”")).toMatchObject({ kind: "other", reason: "目标说明" });
    // What the article says of the report's wording, and why a target is pitched where it is (batches 23 and 24).
    expect(news("“向海图强”成为报告的高频词。")).toMatchObject({ kind: "other", reason: "报告概述" });
    expect(news("民生同样是报告的高频词。")).toMatchObject({ kind: "other", reason: "报告概述" });
    expect(news("在报告中，“制造业当家”仍是高频词。")).toMatchObject({ kind: "other", reason: "报告概述" });
    expect(news("“5%以上的增长目标，既考虑了稳就业、惠民生的需要，也与规划目标相衔接。”")).toMatchObject({ kind: "other", reason: "目标说明" });
    // The target named by its figure and then pitched: a growth or an industry's speed, 跳一跳, against a wider place, or
    // 确定…的预期目标 (batches 11–36).
    for (const said of [
      "“6.5%左右的目标，是跳一跳才能够得着的目标，体现了担当。”",
      "“7%左右的增速目标，既考虑了稳就业、惠民生的需要，也与经济增长潜力相匹配。”",
      "“6%以上的工业增速目标，体现了我们坚定不移抓实体经济的决心。”",
      "“5.5%左右的增长目标，与‘十四五’规划确定的年均增速相衔接。”",
      "6%左右的目标高于全国5%左右的预期目标1个百分点，既积极进取又留有余地。",
    ])
      expect(news(said), said).toMatchObject({ kind: "other", reason: "目标说明" });
    expect(plan("确定生产总值增长10%左右的预期目标，既考虑了保持经济平稳较快发展的需要，也考虑了资源、环境等方面的承受能力。")).toMatchObject({ kind: "other", reason: "目标说明" });
    // The target set, then why: still the target (national 2024).
    expect(plan("经济增长预期目标为5%左右，考虑了促进就业增收、防范化解风险等需要。").kind).toBe("goal");
    // The head of government named before the report he delivered (batch 24's 大众日报 article).
    expect(news("省长林振东作政府工作报告。")).toMatchObject({ kind: "other", reason: "会议程序" });
    // A quoted review that opens on its backdrop (面对…压力加大…形势) reports results.
    expect(news("“过去一年，面对外部压力加大、内部困难增多的复杂严峻形势，全省上下顶压前行，经济运行稳中有进。”").kind).toBe("achievement");
  });
});

describe("classifySentences: a quote after someone else's comment", () => {
  it("is carried from neither the results nor the plans before it", () => {
    const texts = [
      "去年全市地区生产总值增长5.6%，城镇新增就业12万人。",
      "一位研究员接受采访时表示，去年的增长好于预期。",
      "“政策储备是充足的，关键在于落实。”",
    ];
    const kinds = classifySentences(texts.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null }))).map((c) => c.kind);
    expect(kinds).toEqual(["achievement", "other", "other"]);
  });
});

describe("classifySentences: after the turn to the plan in a text without headings", () => {
  it("reads bare tasks and figures as in a plan part, and says the part was inferred", () => {
    const texts = ["去年全市生产总值增长5.6%。", "做好今年工作，要坚持稳中求进工作总基调。", "全年安排重点项目330个，完成投资500亿元。", "办好国际文化节，旅游总收入增长10%。"];
    const result = classifySentences(texts.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })), [], { reviewYear: 2022, planYear: 2023 });
    // The turn itself (做好今年工作，要坚持…) is the year's general requirement, as readers label it.
    expect(result.map((c) => c.kind)).toEqual(["achievement", "other", "goal", "goal"]);
    expect(result[2].reason).toContain("推断为计划部分");
  });
});

describe("classifySentence: more comment, target notes and hardship words (batch 7 of the eval, 2026-12-03)", () => {
  const news = (text: string) => classifySentence({ text, part: "other", role: "body" });

  it("an attribution after the quote, and what the deputies said together, are comment", () => {
    expect(news("市人大代表、一家物流企业负责人李某在接受记者采访时说。")).toMatchObject({ kind: "other", reason: "他人评论" });
    expect(news("大家表示，将认真履职，为全市发展建言献策。")).toMatchObject({ kind: "other", reason: "他人评论" });
  });

  it("这些目标，与全国目标相衔接 explains the targets", () => {
    expect(plan("这些目标，与全国目标相衔接，与“十四五”规划相衔接，需要付出艰苦努力才能实现。")).toMatchObject({ kind: "other", reason: "目标说明" });
  });

  it("困难 naming who is helped (困难救助资金) is no problem", () => {
    expect(review("发放各类困难救助资金1.2亿元，惠及困难群众5万人次。").kind).toBe("achievement");
  });

  it("a quote whose speaker is named after it as a deputy is comment", () => {
    const texts = ["报告提出，今年国内生产总值增长5%左右。", "“5%左右的目标是积极稳妥的。”", "全国人大代表、一家企业负责人王某在接受记者采访时说。"];
    const kinds = classifySentences(texts.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null }))).map((c) => c.kind);
    expect(kinds).toEqual(["goal", "other", "other"]);
  });
});

describe("classifySentences: the plan named without its year turns an excerpt to its plan", () => {
  it("全市经济社会发展的主要预期目标是 and 政府工作的总体要求是 are turns", () => {
    const texts = ["全年地区生产总值增长5.6%。", "全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。", "全年安排重点项目330个，完成投资500亿元。"];
    const result = classifySentences(texts.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null })), [], { reviewYear: 2022, planYear: 2023 });
    expect(result.map((c) => c.kind)).toEqual(["achievement", "goal", "goal"]);
    expect(result[2].reason).toContain("推断为计划部分");
  });
});

describe("classifySentence: interviews, questions, problems and task headings (batch 9 of the eval, 2026-12-03)", () => {
  const news = (text: string) => classifySentence({ text, part: "other", role: "body" });

  it("the journalist's turn and a question assert nothing; nothing is carried past them", () => {
    expect(news("记者：今年的增长目标定在5.5%左右，比去年低了0.5个百分点，怎么考虑的？")).toMatchObject({ kind: "other", reason: "记者提问(访谈)" });
    expect(news("村级工业园改造下一步怎么走？")).toMatchObject({ kind: "other", reason: "问句" });
    const texts = ["今年全区将新增公办学位1万个以上。", "记者：南海紧邻广州，融湾发展有什么新打算？", "区长：广佛同城是南海最大的区位优势。"];
    const kinds = classifySentences(texts.map((text, index) => ({ text, part: "other" as const, role: "body" as const, paragraph: index, sectionIndex: null }))).map((c) => c.kind);
    expect(kinds).toEqual(["goal", "other", "other"]);
  });

  it("the head of government's answer is read as the report's words", () => {
    expect(news("区长：今年我们将新增公办学位1万个。").kind).toBe("goal");
  });

  it("a task still heavy (任务仍然艰巨, 依然繁重) and a thing too small (规模偏小) are problems in a review", () => {
    expect(review("传统产业转型升级任务仍然艰巨，新兴产业规模偏小。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("三是巩固脱贫成果任务依然繁重。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("a top-level heading that opens on 加大, 依靠 or 围绕 is a task of the plan", () => {
    const heading = (text: string) => classifySentence({ text, part: "plan", role: "heading" }, { section: { heading: text, part: "plan" } });
    expect(heading("三、加大宏观政策实施力度，着力稳企业保就业").kind).toBe("goal");
    expect(heading("八、围绕保障和改善民生，推动社会事业改革发展").kind).toBe("goal");
  });
});

describe("classifySentence: this year's forecast in the plan, and industries in difficulty (batch 10 of the eval, 2026-12-03)", () => {
  const inPlan = (text: string, planYear: number) =>
    classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "三、2016年重点工作", part: "plan" }, metadata: { reviewYear: planYear - 1, planYear } });

  it("预计 with 今年 or 全年 in the plan of a report delivered in its plan year is the plan's expectation", () => {
    expect(inPlan("今年广义货币M2预计增长13%左右。", 2016)).toMatchObject({ kind: "goal", reason: "计划中的预计(预期)" });
    expect(inPlan("预计全年为企业新增减负超过2.5万亿元。", 2020).kind).toBe("goal");
  });

  it("stays an estimate in a report of the 1980s, delivered late in the year it reviews", () => {
    expect(inPlan("今年工农业总产值预计增长百分之十。", 1985).kind).toBe("achievement");
  });

  it("困难行业 names an industry to be helped, not a problem", () => {
    expect(inPlan("重点抓好钢铁、煤炭等困难行业去产能。", 2016).kind).toBe("goal");
  });
});

describe("classifySentence: the year's general requirement and the pledge to face the problems (batches 9 and 10 of the eval)", () => {
  it("做好今年政府工作，要坚持… is the general requirement, as every reader labels it", () => {
    expect(plan("做好政府工作，要坚持稳中求进工作总基调，坚持新发展理念。")).toMatchObject({ kind: "other", reason: "工作总要求" });
    expect(plan("做好今年的工作，必须坚持稳中求进工作总基调。").kind).toBe("other");
    expect(plan("做好高校毕业生、退役军人和农民工等重点群体就业工作。").kind).toBe("goal");
  });

  it("我们一定要直面问题和挑战…！ is the pledge after the problems, a goal; a rally call stays other", () => {
    expect(review("我们一定要直面问题和挑战，勇于担当，竭尽全力做好工作，不辜负人民期待！").kind).toBe("goal");
    expect(plan("让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！").kind).toBe("other");
  });
});

describe("problems and judgements found on national 2016, 2017 and 2021 (batches 10 and 11)", () => {
  it("a five-year period judged (“十三五”时期是…) is a judgement, not a task", () => {
    expect(plan("“十三五”时期是全面建成小康社会决胜阶段。").kind).toBe("other");
  });

  it("the government's own shortcomings and a situation still grave are problems", () => {
    expect(review("政府工作还有不足，一些改革举措落实不到位。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("环境污染形势依然严峻，特别是一些地区严重雾霾频发。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(review("过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("薄弱学校 names schools, and their renovation done is a result", () => {
    expect(review("义务教育薄弱学校改造计划扎实推进。").kind).toBe("achievement");
  });
});

describe("a run-in lead that names a problem (national 1979 and 1997)", () => {
  const planLead = (text: string) => classifySentence({ text, part: "plan", role: "lead" }, { section: { heading: "2020年主要工作", part: "plan" } });
  const reviewLead = (text: string) => classifySentence({ text, part: "review", role: "lead" }, { section: { heading: "2019年工作回顾", part: "review" } });

  it("is a problem, in a review or a plan", () => {
    expect(planLead("结构调整不适应市场需求的变化。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(reviewLead("劳动就业问题是当前的一个突出问题。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(reviewLead("科技创新能力还不强。")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("a lead that sets out to solve one stays a task, and a lead that sums up results stays a result", () => {
    expect(planLead("切实解决结构不合理问题。").kind).toBe("goal");
    expect(reviewLead("重点项目扎实推进。").kind).toBe("achievement");
  });
});

describe("计划总投资 names projects' planned investment (batch 9's 南海区 2023)", () => {
  it("does not turn a review sentence into a plan", () => {
    expect(review("新建高标准厂房及配套设施586万平方米，引进优质产业项目213个，计划总投资超过460亿元。").kind).toBe("achievement");
  });
});

describe("classifySentence: batch 12 (national 2024/2025, 萧山 and 余杭 news)", () => {
  const plan24 = (text: string) => classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "二、2024年经济社会发展总体要求和政策取向", part: "plan" }, metadata: { reviewYear: 2023, planYear: 2024 } });

  it("a wrong state in the backdrop (面对…困难增多的…形势，) does not make a result a problem", () => {
    expect(review("面对外部压力加大、内部困难增多的复杂严峻形势，全国各族人民砥砺奋进，推动经济持续回升向好。").kind).toBe("achievement");
    expect(plan24("中央对地方转移支付安排超过10万亿元，进一步向困难和欠发达地区倾斜。").kind).toBe("goal");
  });

  it("the year's budget forecast that compares with last year (比上年增加) is the plan's", () => {
    expect(plan24("预计今年一般公共预算收入继续恢复增长，支出规模28.5万亿元，比上年增加1.1万亿元。").kind).toBe("goal");
  });

  it("the difficulty of the targets is a problem; the reasons for them and a judgement of the results are neither", () => {
    expect(plan24("同时要看到，实现今年预期目标并非易事，需要政策聚焦发力。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(plan24("提出上述预期目标，综合考虑了国内外形势和各方面因素。").kind).toBe("other");
    expect(plan24("“6%左右的目标，既考虑了稳增长的需要，也考虑了发展的可能。”").kind).toBe("other");
    expect(classifySentence({ text: "这些成绩来之不易。", part: "review", role: "lead" }).kind).toBe("other");
  });

  it("a law's passage listed among results is no procedure; a news article's account of the report is framing", () => {
    expect(review("民营经济促进法草案提请审议，公平竞争审查条例施行。").kind).toBe("achievement");
    expect(review("现将政府工作报告提请大会审议。").kind).toBe("other");
    expect(bare("报告回顾了过去一年的工作，部署了2023年的目标任务。").kind).toBe("other");
  });

  it("a pointer to a table and a note on the data are neither result nor task, and 表1 is no quantity", () => {
    expect(review("主要指标完成情况见表1。").kind).toBe("other");
    expect(review("主要指标完成情况见下表。").kind).toBe("other");
    expect(review("“这份成绩单，是全区上下拼出来、干出来的。”").kind).toBe("other");
    expect(review("全社会研发经费投入强度为预计数，最终数据以统计部门公布为准。").kind).toBe("other");
  });
});


describe("classifySentence: batches 29 and 30 (a press conference's transcript, a 1990s report and its news)", () => {
  it("the transcript's own business is other: thanks, the host's turns, how the report was drafted and where to read it", () => {
    for (const text of [
      "县政府办公室主任　李敏：谢谢主持人。",
      "县统计局局长　钱立群：谢谢您的提问。",
      "主持人　周雯：由于时间关系，今天的发布会就到这里。",
      "首先，请县政府办公室主任李敏介绍报告的总体情况。",
      "为便于大家全面准确理解报告内容，今天我们邀请了县政府办公室、县发改局、县统计局负责同志。",
      "报告共分三个部分，回顾了2024年工作，提出了2025年总体要求、主要预期目标和六个方面重点任务。",
      "报告起草过程中，先后召开座谈会12场，收集各方面意见建议230余条。",
      "报告全文已在县政府门户网站公布，欢迎大家关注。",
    ]) expect(bare(text), text).toMatchObject({ kind: "other" });
    // An official's answer with the year's results stays a result.
    expect(bare("县文化和广电旅游体育局副局长　吴佳：2024年全县接待游客3412万人次，增长8.6%。").kind).toBe("achievement");
  });
  it("the year's 要 after a lead-in sets a task", () => {
    expect(bare("具体来说，今年要实施省市县重点项目130个，完成年度投资190亿元以上。").kind).toBe("goal");
  });
  it("targets missed, told with no figure, are a problem even under a plan's heading (延边 and 常州 news)", () => {
    expect(plan("报告指出，地区生产总值、固定资产投资等指标没有完成年初预期目标，产业结构偏重偏旧。")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(plan("报告指出，固定资产投资、社会消费品零售总额增速未达到年初预期目标。")).toMatchObject({ kind: "other", subtype: "problem" });
  });
  it("targets looked back on are no target: 从年初确定的主要预期目标看, a table's title 2024年主要预期目标完成情况如下：", () => {
    expect(review("从年初确定的主要预期目标看，地区生产总值、一般公共预算收入等指标完成较好。").kind).not.toBe("goal");
    expect(review("2024年主要预期目标完成情况如下：").kind).toBe("other");
  });
  it("the 1990s: a year or a plan period judged, the tasks judged, the target's level explained, a bureau chief's view", () => {
    for (const text of ["一九九六年是实施“九五”计划的第一年。", "“八五”时期是我省经济发展最快的时期。", "今年的任务艰巨而光荣。", "一九九六年的任务光荣而艰巨。"]) {
      expect(plan(text), text).toMatchObject({ kind: "other" });
    }
    expect(bare("与去年13%左右的增长目标相比，今年的计划增长速度调低了1个百分点。").kind).toBe("other");
    expect(bare("钱立宏说：“把今年经济增长速度定在12%左右，是综合考虑了抑制通货膨胀和保持经济发展的需要。”").kind).toBe("other");
    expect(bare("来自宁波的代表、北仑港务局局长张国华说：“去年北仑港货物吞吐量达到2840万吨，今年力争突破3000万吨。”").kind).toBe("other");
  });
  it("reads 向存量要空间 as no modal, and a session's procedure in a news article as other (batch 32)", () => {
    expect(review("坚持向存量要空间，完成低效用地整治2860亩，腾退低效企业（作坊）312家。").kind).toBe("achievement");
    expect(bare("大会执行主席、主席团常务主席主持开幕会。").kind).toBe("other");
    expect(bare("省委、省人大常委会、省政府、省政协领导同志在主席台就座。").kind).toBe("other");
    expect(bare("这一消息在代表中引起热烈反响。").kind).toBe("other");
  });
  it("reads a review's result and why it fell short as the result (batch 33's 大庆; 9 labels of 10)", () => {
    expect(review("固定资产投资增长6.4%，未完成年初确定的10%以上目标，主要是部分重大项目开工滞后。").kind).toBe("achievement");
    // The situation the plan opens on, both its sides, and why the year matters (batches 35–38).
    for (const said of ["当前，外部环境不稳定不确定因素仍然较多，但经济韧性强、潜力大，长期向好的基本面没有改变。", "从国际看，世界经济仍处于深度调整期，不稳定不确定因素依然较多。", "新的一年，机遇与挑战并存，希望与困难同在。", "我省正处在加快发展、转型发展的关键阶段，机遇与挑战并存。", "今年将召开党的十九大，做好政府工作意义重大。"])
      expect(plan(said).kind, said).toBe("other");
    // One that names the region's own problems stays a problem.
    expect(plan("当前，外部环境变化带来的不利影响加深，我市发展仍面临不少困难和挑战，但经济长期向好的基本面没有改变。").subtype).toBe("problem");
    // A news article's lead over the places' results, in its body as in its subhead (batches 18–35).
    for (const lead of ["各设区市竞相发展。", "州市发展各展所长。", "各区县交出亮眼答卷。", "各区县、开发区竞相发展。"]) expect(bare(lead).kind, lead).toBe("achievement");
    expect(bare("各区县要竞相发展。").kind).toBe("goal");
    // The estimate's lead first, then the shortfall named by a problem word (差距): still the result (batch 36's 寿光).
    expect(review("初步核算，全市生产总值完成1018.6亿元，增长4.6%，与年初确定的6.5%左右的预期目标仍有差距。").kind).toBe("achievement");
    // A review sentence that says the year's target was not reached, with no result before it, is a problem, not a target.
    expect(review("受疫情等超预期因素影响，地区生产总值增速没有实现年初确定的7%左右的预期目标。")).toMatchObject({ kind: "other", subtype: "problem" });
    // With no result first, the shortfall is the problem.
    expect(review("与年初确定的预期目标相比仍有差距。").subtype).toBe("problem");
    // The cause first, then the result and its shortfall: the result (batch 40's 吉林; 7 such sentences of batches 6–40).
    expect(review("受外需急剧萎缩影响，全省外贸进出口总额117亿美元，下降12.4%，没有完成年初确定的目标。").kind).toBe("achievement");
    expect(review("受房地产开发投资下降影响，固定资产投资增长1.8%，未完成年初确定的5%左右的目标。").kind).toBe("achievement");
    // A disaster and its damage are a problem; a result won in spite of one is a result; a disaster only feared is none (batch 44's 成都).
    expect(review("地震造成全市受灾人口超过560万人，直接经济损失达1090亿元。")).toMatchObject({ kind: "other", subtype: "problem", reason: "问题:灾害损失" });
    expect(review("年初，我市遭受了罕见的低温雨雪冰冻灾害。").subtype).toBe("problem");
    expect(review("在遭受百年不遇洪灾的情况下，粮食总产量仍达到3390万吨。").kind).toBe("achievement");
    expect(review("如果不再发生严重的自然灾害，预计秋粮产量有可能接近去年水平。").subtype).not.toBe("problem");
    // …，是上年的1.4倍: a figure set against last year's, not a judgement (batch 41's 上海).
    expect(review("完成中心城区成片二级旧里以下房屋改造75.1万平方米、受益居民3.5万户，是上年的1.4倍。").kind).toBe("achievement");
  });
});

