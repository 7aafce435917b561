"use client";
// The report picker: the shared combobox over GET /api/reports (余杭 2021, yh2021, 杭州). The field shows the chosen
// report; typing searches all reports on the server, so a page never carries a long list of options.
import { SearchCombobox, type ComboboxMatches } from "./search-combobox";

export interface ReportChoice {
  slug: string;
  /** 余杭区2021年 新闻: the short name (lib/format/labels). */
  name: string;
  title: string;
}

const searchReports = (region?: string) => async (q: string, signal: AbortSignal): Promise<ComboboxMatches<ReportChoice>> => {
  const response = await fetch(`/api/reports?q=${encodeURIComponent(q)}${region ? `&region=${encodeURIComponent(region)}` : ""}`, { signal });
  return (await response.json()) as ComboboxMatches<ReportChoice>;
};

/** `region` narrows the search to a region (the 对照 picker's side); the field's own name, if any, carries no slug. */
export function ReportCombobox(props: { label: string; name?: string; current?: string; region?: string; onPick: (report: ReportChoice) => void; className?: string; showLabel?: boolean }) {
  return (
    <SearchCombobox<ReportChoice>
      label={props.label} name={props.name} defaultQuery={props.current} placeholder="报告：余杭 2021、yh2021" noun="份报告"
      search={searchReports(props.region)} optionText={(r) => r.name} onPick={props.onPick} className={props.className} showLabel={props.showLabel}
      renderOption={(r) => (
        <>
          <span className="font-medium text-stone-900">{r.name}</span>
          <span className="min-w-0 truncate text-xs text-stone-600">{r.title}</span>
        </>
      )}
    />
  );
}
