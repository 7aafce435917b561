import type { CorrectionOutcome } from "@/lib/corrections/apply";
import { describe } from "./correction-panel";
import { ActionForm } from "@/app/components/action-form";
import { undoCorrectionAction } from "./correct-actions";

const STATE: Record<CorrectionOutcome["state"], string> = { applied: "已应用", moved: "已应用（句子编号已变）", stale: "不再适用 no longer applies" };

/** Every hand correction of the report, each saying whether it still applies (a stale one is kept, never moved elsewhere). */
export function CorrectionList({ slug, outcomes, needsToken }: { slug: string; outcomes: CorrectionOutcome[]; needsToken: boolean }) {
  if (outcomes.length === 0) return null;
  return (
    <section className="mt-10" aria-labelledby="corrections-title">
      <h2 id="corrections-title" className="mb-2 text-xl font-semibold">人工改正 <span className="text-base font-normal text-stone-600">{outcomes.length} 处 · Corrections</span></h2>
      <ul className="space-y-1 text-sm">
        {outcomes.map((o) => (
          <li key={o.key} data-state={o.state} className={o.state === "stale" ? "text-amber-900" : ""}>
            {o.sentenceId ? <a href={`/reports/${slug}?fix=${o.sentenceId}#fix`} className="text-blue-800 underline">{describe(o)}</a> : describe(o)}
            <span className="ml-2 text-stone-600">· {STATE[o.state]}{o.correction.at ? ` · ${o.correction.at.slice(0, 10)}` : ""}</span>
            {o.state === "stale" ? (
              <ActionForm action={undoCorrectionAction.bind(null, slug)} submit="删除此改正 Remove" done="已删除 / removed" className="mt-1 flex flex-wrap items-center gap-2">
                <input type="hidden" name="key" value={o.key} />
                {needsToken ? <input name="token" type="password" aria-label="管理令牌" placeholder="管理令牌 admin token" className="rounded border border-stone-400 px-2 py-1" /> : null}
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
