import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import type { IndicatorStatus } from "@/lib/domain";

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const label = INDICATOR_STATUS_LABELS[status];
  return <span data-status={status} className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${label?.tone ?? ""}`}>{label?.zh ?? status}</span>;
}
