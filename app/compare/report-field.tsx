"use client";
// A side's report on the 对照 picker. Without JavaScript it is the server's <select> (the children: a region's reports,
// capped); once the page runs, the searchable report picker takes its place and a hidden field carries the pick, so the
// form submits the same `left`/`right` either way.
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { ReportCombobox } from "@/app/components/report-combobox";

const noSubscription = () => () => {};

export function ReportField(props: { label: string; form: string; name: string; defaultSlug?: string; defaultName?: string; region?: string; children: ReactNode }) {
  // false in the server's HTML and while hydrating, true once the page runs
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [slug, setSlug] = useState(props.defaultSlug ?? "");
  if (!enhanced) return <>{props.children}</>;
  return (
    <div>
      <ReportCombobox label={props.label} current={props.defaultName} region={props.region} showLabel onPick={(r) => setSlug(r.slug)} />
      <input type="hidden" form={props.form} name={props.name} value={slug} />
    </div>
  );
}
