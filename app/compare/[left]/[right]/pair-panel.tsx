import Link from "next/link";
import type { IndicatorPair } from "@/lib/compare/types";
import type { KindChoice } from "@/lib/domain";
import type { PairCorrection } from "@/lib/corrections/schema";
import { displayValue } from "@/lib/compare/format";
import { ActionForm } from "@/app/components/action-form";
import { pairingAction, undoPairingAction } from "./pair-actions";

const input = "w-full rounded border border-stone-400 px-2 py-1";
const name = (p: IndicatorPair) => `${p.label}：${p.left ? displayValue(p.left) : "—"} → ${p.right ? displayValue(p.right) : "—"}`;

/**
 * 改正配对 (?fix=pairs): unpair a row of the 对照表 or pair a left-only figure with a right-only one. Rendered only
 * when asked for, so the compare page stays light; the forms post to server actions and work without JavaScript.
 */
export function PairPanel({ left, right, l, r, pairs, corrections, closeHref, needsToken }: {
  left: string;
  right: string;
  l: KindChoice;
  r: KindChoice;
  pairs: IndicatorPair[];
  corrections: { owner: string; key: string; correction: PairCorrection }[];
  closeHref: string;
  needsToken: boolean;
}) {
  const token = needsToken ? <input name="token" type="password" aria-label="管理令牌" placeholder="管理令牌 admin token" className={input} /> : null;
  const view = <><input type="hidden" name="l" value={l} /><input type="hidden" name="r" value={r} /></>;
  const paired = pairs.filter((p) => p.left && p.right);
  const lefts = pairs.filter((p) => p.left && !p.right);
  const rights = pairs.filter((p) => p.right && !p.left);
  return (
    <section id="pair-fix" aria-labelledby="pair-fix-title" className="no-print scroll-mt-16 rounded border-2 border-blue-700 bg-white p-3 text-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="pair-fix-title" className="font-semibold">改正配对 <span className="font-normal text-stone-600">Correct a pairing</span></h2>
        <Link href={closeHref} className="text-blue-800 underline">关闭 Close</Link>
      </div>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <ActionForm action={pairingAction.bind(null, left, right)} submit="拆开 Unpair" className="grid content-start gap-2">
          {view}
          <input type="hidden" name="action" value="unpair" />
          <label>已配对的指标 Paired row
            <select name="pair" required className={input}>{paired.map((p) => <option key={p.id} value={p.id}>{name(p)}</option>)}</select>
          </label>
          <label>说明（可选）Note<input name="note" maxLength={200} className={input} /></label>
          {token}
        </ActionForm>
        <ActionForm action={pairingAction.bind(null, left, right)} submit="配对 Pair" className="grid content-start gap-2">
          {view}
          <input type="hidden" name="action" value="pair" />
          <label>左侧指标 Left figure
            <select name="pair" required className={input}>{lefts.map((p) => <option key={p.id} value={p.id}>{name(p)}</option>)}</select>
          </label>
          <label>与右侧指标 with right figure
            <select name="with" required className={input}>{rights.map((p) => <option key={p.id} value={p.id}>{name(p)}</option>)}</select>
          </label>
          <label>说明（可选）Note<input name="note" maxLength={200} className={input} /></label>
          {token}
        </ActionForm>
      </div>
      {corrections.length ? (
        <ul className="mt-3 space-y-1 border-t border-stone-200 pt-2" aria-label="已改正的配对">
          {corrections.map((c) => (
            <li key={`${c.owner}:${c.key}`}>
              <ActionForm action={undoPairingAction.bind(null, left, right)} submit="撤销 Undo" done="已撤销 / undone" className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="owner" value={c.owner} />
                <input type="hidden" name="key" value={c.key} />
                <span>
                  {c.correction.action === "pair" ? "配对" : "拆开"}：{c.correction.left.text}（{c.owner} {c.correction.left.sentence.id}）↔ {c.correction.right.text}（{c.correction.other} {c.correction.right.sentence.id}）
                  {c.correction.note ? `；说明：${c.correction.note}` : ""}
                </span>
                {token}
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
