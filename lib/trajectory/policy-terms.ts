/**
 * Policy terms whose frequency is followed across reports. Each term counts every spelling in `forms` as one
 * (GDP / 国内生产总值 / 地区生产总值 / 生产总值), longest spelling first, and a hit that lies inside one of its `not`
 * phrases is no hit (生育 inside 计划生育, 开发 inside 西部大开发 for another term…).
 */
export interface PolicyTerm {
  key: string;
  /** Chinese first, as the page shows it. */
  name: string;
  forms: string[];
  not?: string[];
}

export const POLICY_TERMS: PolicyTerm[] = [
  { key: "gdp", name: "生产总值 GDP", forms: ["国内生产总值", "地区生产总值", "生产总值", "GDP"] },
  { key: "reform-opening", name: "改革开放", forms: ["改革开放"] },
  { key: "innovation", name: "创新", forms: ["创新"] },
  { key: "high-quality", name: "高质量发展", forms: ["高质量发展"] },
  { key: "supply-side", name: "供给侧结构性改革", forms: ["供给侧结构性改革", "供给侧改革"] },
  { key: "scientific-outlook", name: "科学发展观", forms: ["科学发展观"] },
  { key: "xiaokang", name: "小康社会", forms: ["小康社会"] },
  { key: "poverty", name: "扶贫脱贫", forms: ["脱贫攻坚", "精准扶贫", "扶贫", "脱贫"] },
  { key: "rural-revitalization", name: "乡村振兴", forms: ["乡村振兴"] },
  { key: "new-countryside", name: "社会主义新农村", forms: ["社会主义新农村", "新农村建设"] },
  { key: "sannong", name: "三农", forms: ["“三农”", "三农"] },
  { key: "urbanization", name: "城镇化", forms: ["新型城镇化", "城镇化", "城市化"] },
  // Only the programme's name (实施西部地区大开发 is the 2000 report's spelling), never a slogan that merely holds 西部.
  { key: "western-development", name: "西部大开发", forms: ["西部大开发", "西部地区大开发"] },
  { key: "family-planning", name: "计划生育", forms: ["计划生育"] },
  // 生育 as in 生育支持, 生育政策: never the 生育 of 计划生育, which has its own line.
  { key: "childbirth", name: "生育（不含计划生育）", forms: ["生育"], not: ["计划生育"] },
  { key: "ecological-civilization", name: "生态文明", forms: ["生态文明"] },
  { key: "environment", name: "环境保护", forms: ["环境保护", "环保"], not: ["环保部"] },
  { key: "energy-saving", name: "节能减排", forms: ["节能减排", "节能降耗"] },
  { key: "carbon", name: "碳达峰碳中和", forms: ["碳达峰", "碳中和", "双碳"] },
  { key: "digital-economy", name: "数字经济", forms: ["数字经济"] },
  { key: "internet-plus", name: "互联网+", forms: ["互联网+", "互联网＋"] },
  { key: "ai", name: "人工智能", forms: ["人工智能"] },
  { key: "belt-road", name: "一带一路", forms: ["“一带一路”", "一带一路"] },
  { key: "soe-reform", name: "国有企业改革", forms: ["国有企业改革", "国企改革"] },
  { key: "private-economy", name: "民营经济", forms: ["民营经济", "非公有制经济"] },
  { key: "real-estate", name: "房地产", forms: ["房地产"] },
  { key: "housing-security", name: "保障性住房", forms: ["保障性住房", "保障房", "保障性安居工程"] },
  { key: "epidemic", name: "疫情防控", forms: ["疫情防控", "新冠肺炎", "非典"] },
  { key: "financial-risk", name: "金融风险", forms: ["金融风险"] },
  { key: "rule-of-law", name: "依法治国", forms: ["依法治国", "法治政府"] },
];

export interface TermHit {
  /** Offset of the hit in the text. */
  start: number;
  form: string;
}

/** Every hit of a term in a text: longest form first, no two hits overlapping, none inside a `not` phrase. */
export function findTerm(text: string, term: PolicyTerm): TermHit[] {
  const blocked: [number, number][] = [];
  for (const phrase of term.not ?? []) for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + phrase.length)) blocked.push([i, i + phrase.length]);
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number, spans: [number, number][]) => spans.some(([s, e]) => a < e && b > s);
  const hits: TermHit[] = [];
  for (const form of [...term.forms].sort((a, b) => b.length - a.length))
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + form.length)) {
      const end = i + form.length;
      if (overlaps(i, end, taken) || overlaps(i, end, blocked)) continue;
      taken.push([i, end]);
      hits.push({ start: i, form });
    }
  return hits.sort((a, b) => a.start - b.start);
}
