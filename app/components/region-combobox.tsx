"use client";
// The region picker (WAI-ARIA combobox with a list popup): the input is a plain search field of a GET form, so without
// JavaScript the server lists the matches; with it, matches come as you type (GET /api/regions), arrows move, Enter or a
// click picks, Escape closes. Picking writes one URL param and keeps the others.
import { useEffect, useId, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { withParam } from "@/lib/url/region-params";
import { regionPath, type RegionOption } from "./region-option";

export function RegionCombobox(props: { label: string; queryName: string; param: string; defaultQuery?: string; placeholder?: string; clear?: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(props.defaultQuery ?? "");
  const [matches, setMatches] = useState<RegionOption[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const typed = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  // Typed before the page became interactive: take the field's text as typed.
  useEffect(() => {
    const early = input.current?.value ?? "";
    if (early && early !== (props.defaultQuery ?? "")) {
      typed.current = true;
      setText(early);
    }
  }, [props.defaultQuery]);

  useEffect(() => {
    const q = text.trim();
    if (!typed.current || !q) {
      setMatches([]);
      setStatus("");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/regions?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body = (await response.json()) as { matches: RegionOption[]; total: number };
        setMatches(body.matches);
        setTotal(body.total);
        setActive(-1);
        setOpen(true);
        setStatus(body.total === 0 ? "没有找到地区" : `找到 ${body.total} 个地区${body.total > body.matches.length ? `，显示前 ${body.matches.length} 个` : ""}，上下键选择`);
      } catch {
        // aborted by the next keystroke, or offline: the form's submit still works
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  function pick(option: RegionOption) {
    setOpen(false);
    setText(option.name);
    const clear = Object.fromEntries([props.queryName, ...(props.clear ?? [])].map((k) => [k, undefined]));
    router.push(withParam(pathname, searchParams, { ...clear, [props.param]: option.slug }));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (matches.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + matches.length + (a < 0 && step < 0 ? 1 : 0)) % matches.length);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      pick(matches[active]);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setText("");
      setActive(-1);
    }
  }

  const expanded = open && matches.length > 0;
  return (
    <div className="relative min-w-0 flex-1">
      <label htmlFor={id} className="sr-only">{props.label}</label>
      <input
        ref={input} id={id} name={props.queryName} type="search" value={text} autoComplete="off" placeholder={props.placeholder}
        role="combobox" aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-o${active}` : undefined}
        onChange={(e) => { typed.current = true; setText(e.target.value); }}
        onKeyDown={onKeyDown} onBlur={() => setOpen(false)} onFocus={() => matches.length > 0 && setOpen(true)}
        className="w-full rounded border border-stone-300 bg-white px-3 py-1.5"
      />
      <ul id={listId} role="listbox" aria-label={`${props.label}：候选`} hidden={!expanded}
        className="absolute left-0 right-0 z-20 mt-1 max-h-80 overflow-y-auto rounded border border-stone-300 bg-white py-1 shadow-lg">
        {matches.map((m, n) => (
          <li key={m.slug} id={`${id}-o${n}`} role="option" aria-selected={n === active}
            onMouseDown={(e) => e.preventDefault()} onClick={() => pick(m)}
            className={`flex cursor-pointer flex-wrap items-baseline gap-x-2 px-3 py-1.5 ${n === active ? "bg-blue-100 outline outline-2 -outline-offset-2 outline-blue-700" : "hover:bg-stone-100"}`}>
            <span className="text-sm text-stone-600">{regionPath(m)}</span>
            <span className="font-medium text-stone-900">{m.name}</span>
            <span className="ml-auto text-xs text-stone-600">{m.reportCount > 0 ? `${m.reportCount} 份报告` : "暂无报告"}{m.abolished ? ` · ${m.abolished}年撤销` : ""}</span>
          </li>
        ))}
        {total > matches.length ? <li role="presentation" className="px-3 py-1 text-xs text-stone-600">还有 {total - matches.length} 个，请输入更多字</li> : null}
      </ul>
      <p role="status" className="sr-only">{status}</p>
    </div>
  );
}
