import type { ReaderSentence } from "@/lib/data/reports";
import { labelOf } from "@/lib/corrections/apply";

/** The automatic label and what it was changed to: 自动：目标（cue 力争）→ 改为：实绩. */
export function CorrectionLine({ sentence }: { sentence: ReaderSentence }) {
  const c = sentence.correction;
  if (!c) return <>自动：{labelOf(sentence.kind, sentence.subtype)}（{sentence.reason}）</>;
  return (
    <>
      自动：{labelOf(c.auto.kind, c.auto.subtype)}（{c.auto.reason}）→ 改为：{labelOf(sentence.kind, sentence.subtype)}
      {c.note ? <>；说明：{c.note}</> : null}
    </>
  );
}
