import Link from "next/link";
import type { TrackerSide } from "@/lib/tracker/link-tracker";

/** A figure as written, linking to its sentence in the report; the sentence is its title. */
export function SentenceLink({ side, role }: { side: TrackerSide; role: "目标" | "实绩" }) {
  return (
    <Link href={side.href} title={side.sentence ?? undefined} aria-label={`${role} ${side.display}：${side.sentence ?? "打开原句"}`} className="num whitespace-nowrap text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">
      {side.display}
    </Link>
  );
}
