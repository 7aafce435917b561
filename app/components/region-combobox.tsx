"use client";
// The region picker: the shared combobox over GET /api/regions. Picking writes one URL param and keeps the others.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { withParam } from "@/lib/url/region-params";
import { regionPath, type RegionOption } from "./region-option";
import { SearchCombobox, type ComboboxMatches } from "./search-combobox";

async function searchRegions(q: string, signal: AbortSignal): Promise<ComboboxMatches<RegionOption>> {
  const response = await fetch(`/api/regions?q=${encodeURIComponent(q)}`, { signal });
  return (await response.json()) as ComboboxMatches<RegionOption>;
}

export function RegionCombobox(props: { label: string; queryName: string; param: string; defaultQuery?: string; placeholder?: string; clear?: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (
    <SearchCombobox<RegionOption>
      label={props.label} name={props.queryName} defaultQuery={props.defaultQuery} placeholder={props.placeholder} noun="个地区"
      search={searchRegions} optionText={(m) => m.name}
      onPick={(option) => {
        const clear = Object.fromEntries([props.queryName, ...(props.clear ?? [])].map((k) => [k, undefined]));
        router.push(withParam(pathname, searchParams, { ...clear, [props.param]: option.slug }));
      }}
      renderOption={(m) => (
        <>
          <span className="text-sm text-stone-600">{regionPath(m)}</span>
          <span className="font-medium text-stone-900">{m.name}</span>
          <span className="ml-auto text-xs text-stone-600">{m.reportCount > 0 ? `${m.reportCount} 份报告` : "暂无报告"}{m.abolished ? ` · ${m.abolished}年撤销` : ""}</span>
        </>
      )}
    />
  );
}
