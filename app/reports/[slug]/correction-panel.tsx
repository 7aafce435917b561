import Link from "next/link";
import type { ReaderSentence } from "@/lib/data/reports";
import type { CorrectionOutcome, MarkedIndicator } from "@/lib/corrections/apply";
import { labelOf } from "@/lib/corrections/apply";
import { CorrectionLine } from "./correction-line";
import { sentenceRef } from "@/lib/corrections/fingerprint";
import { scaleFactor } from "@/lib/analysis/scales";
import { displayValue } from "@/lib/compare/format";
import { ActionForm } from "@/app/components/action-form";
import { correctIndicatorAction, correctSentenceAction, undoCorrectionAction } from "./correct-actions";

const input = "w-full rounded border border-stone-400 px-2 py-1";
const LABELS = [["goal", "目标"], ["achievement", "实绩"], ["problem", "问题"], ["other", "其他"]] as const;

const written = (i: MarkedIndicator) => String(Number((i.value / scaleFactor(i.scale)).toPrecision(12)));

/**
 * The 改正 panel of one sentence (?fix=s-12): its kind and each of its figures, a note saying why, and the corrections
 * already made with a way back. Rendered only for the sentence asked for, so the page stays light.
 */
export function CorrectionPanel({ slug, sentence, closeHref, needsToken, outcomes }: { slug: string; sentence: ReaderSentence; closeHref: string; needsToken: boolean; outcomes: CorrectionOutcome[] }) {
  const ref = sentenceRef(sentence);
  const current = sentence.subtype === "problem" ? "problem" : sentence.kind;
  const token = needsToken ? <input name="token" type="password" aria-label="管理令牌" placeholder="管理令牌 admin token" className={input} /> : null;
  const hidden = <><input type="hidden" name="sentence" value={ref.id} /><input type="hidden" name="hash" value={ref.hash} /></>;
  const mine = outcomes.filter((o) => o.sentenceId === ref.id);
  return (
    <section id="fix" aria-labelledby="fix-title" className="no-print my-3 scroll-mt-24 rounded border-2 border-blue-700 bg-white p-3 text-sm leading-normal">
      <div className="flex items-baseline justify-between gap-2">
        <h3 id="fix-title" className="font-semibold">改正 {ref.id} <span className="font-normal text-stone-600">Correct this sentence</span></h3>
        <Link href={closeHref} className="text-blue-800 underline">关闭 Close</Link>
      </div>
      <p className="mt-1 text-stone-700"><CorrectionLine sentence={sentence} /></p>
      <ActionForm action={correctSentenceAction.bind(null, slug)} submit="保存句子改正" className="mt-2 grid gap-2">
        {hidden}
        <fieldset className="flex flex-wrap gap-3">
          <legend className="mb-1">类型 Kind</legend>
          {LABELS.map(([value, zh]) => (
            <label key={value} className="flex items-center gap-1">
              <input type="radio" name="label" value={value} defaultChecked={value === current} required />
              {zh}
            </label>
          ))}
        </fieldset>
        <label>说明（可选）Note<input name="note" maxLength={200} defaultValue={sentence.correction?.note ?? ""} placeholder="为什么改正 / why" className={input} /></label>
        {token}
      </ActionForm>
      {sentence.indicators.length ? (
        <div className="mt-3 space-y-2 border-t border-stone-200 pt-2">
          <h4 className="font-semibold">指标 Indicators</h4>
          {sentence.indicators.map((i) => (
            <details key={i.start} className="rounded border border-stone-200 p-2">
              <summary className="cursor-pointer">
                {i.label}：{displayValue(i)}
                {i.correction ? <span className="ml-1 rounded border border-amber-600 px-1 text-xs text-amber-900">改正（自动：{i.correction.auto.label} {i.correction.auto.text}）</span> : null}
              </summary>
              <ActionForm action={correctIndicatorAction.bind(null, slug)} submit="保存指标改正" className="mt-2 grid gap-2 sm:grid-cols-2">
                {hidden}
                <input type="hidden" name="ref_metric" value={i.correction?.auto.metric ?? i.metric} />
                <input type="hidden" name="ref_text" value={i.correction?.auto.text ?? i.text} />
                <label>指标 Metric<input name="metric" placeholder={i.label} className={input} /></label>
                <label>数值 Value{i.scale ? `（单位：${i.scale}${i.unit}）` : ""}<input name="value" inputMode="decimal" placeholder={written(i)} className={input} /></label>
                <label>单位 Unit<input name="unit" placeholder={i.unit} className={input} /></label>
                <label>限定词 Qualifiers<input name="qualifiers" placeholder={i.qualifiers.join("、") || "以上、左右…（- 清空）"} className={input} /></label>
                <label className="sm:col-span-2">说明（可选）Note<input name="note" maxLength={200} className={input} /></label>
                {token}
              </ActionForm>
            </details>
          ))}
        </div>
      ) : null}
      {mine.length ? (
        <ul className="mt-3 space-y-1 border-t border-stone-200 pt-2" aria-label="本句的改正">
          {mine.map((o) => (
            <li key={o.key}>
              <ActionForm action={undoCorrectionAction.bind(null, slug)} submit="撤销 Undo" done="已撤销 / undone" className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="key" value={o.key} />
                <span>{describe(o)}</span>
                {token}
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function describe(o: CorrectionOutcome): string {
  const c = o.correction;
  const why = c.note ? `（${c.note}）` : "";
  if (c.type === "sentence") return `句子 ${c.target.id} → ${labelOf(c.kind, c.subtype)}${why}`;
  if (c.type === "indicator") {
    const what = [c.metric && `指标 ${c.metric}`, c.value !== undefined && `数值 ${c.value}`, c.unit && `单位 ${c.unit}`, c.qualifiers && `限定词 ${c.qualifiers.join("、") || "无"}`].filter(Boolean).join("，");
    return `${c.target.sentence.id} 的 ${c.target.text}：${what}${why}`;
  }
  return `${c.action === "pair" ? "配对" : "拆开"} ${c.left.sentence.id} ${c.left.text} ↔ ${c.other} ${c.right.sentence.id} ${c.right.text}${why}`;
}
