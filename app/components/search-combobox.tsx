"use client";
// The one searchable picker (WAI-ARIA 1.2 combobox with a list popup), used for regions and for reports. The input is a
// plain search field (of a GET form where the page has one), so without JavaScript the form still submits; with it,
// matches come from the server as you type (debounced, aborted on the next keystroke), arrows move, Enter or a click
// picks, Escape closes. What a pick does (write a URL param, open a comparison) is the caller's.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface ComboboxMatches<T> {
  matches: T[];
  total: number;
}

export function SearchCombobox<T extends { slug: string }>(props: {
  label: string;
  /** The input's form name (a search typed without JavaScript), if any. */
  name?: string;
  defaultQuery?: string;
  placeholder?: string;
  /** The matches for a query (the caller's API). */
  search: (query: string, signal: AbortSignal) => Promise<ComboboxMatches<T>>;
  renderOption: (option: T) => ReactNode;
  /** The text left in the field after a pick. */
  optionText: (option: T) => string;
  onPick: (option: T) => void;
  /** 个地区, 份报告: what the status line counts. */
  noun: string;
  className?: string;
  /** Show the label above the field (where the field's role is not clear from around it). */
  showLabel?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(props.defaultQuery ?? "");
  const [matches, setMatches] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const typed = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const search = useRef(props.search);
  useEffect(() => {
    search.current = props.search;
  });

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
        const body = await search.current(q, controller.signal);
        setMatches(body.matches);
        setTotal(body.total);
        setActive(-1);
        setOpen(true);
        setStatus(body.total === 0 ? `没有找到${props.noun.replace(/^个|^份/, "")}` : `找到 ${body.total} ${props.noun}${body.total > body.matches.length ? `，显示前 ${body.matches.length} ${props.noun.slice(0, 1)}` : ""}，上下键选择`);
      } catch {
        // aborted by the next keystroke, or offline: the form's submit still works
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, props.noun]);

  function pick(option: T) {
    setOpen(false);
    typed.current = false;
    setText(props.optionText(option));
    props.onPick(option);
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
    <div className={`relative min-w-0 ${props.className ?? "flex-1"}`}>
      <label htmlFor={id} className={props.showLabel ? "mb-1 block text-sm text-stone-700" : "sr-only"}>{props.label}</label>
      <input
        ref={input} id={id} name={props.name} type="search" value={text} autoComplete="off" placeholder={props.placeholder}
        role="combobox" aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-o${active}` : undefined}
        onChange={(e) => { typed.current = true; setText(e.target.value); }}
        onKeyDown={onKeyDown} onBlur={() => setOpen(false)} onFocus={(e) => { e.currentTarget.select(); if (matches.length > 0) setOpen(true); }}
        className="w-full rounded border border-stone-300 bg-white px-3 py-1.5"
      />
      <ul id={listId} role="listbox" aria-label={`${props.label}：候选`} hidden={!expanded}
        className="absolute left-0 z-20 mt-1 max-h-80 w-full min-w-[16rem] max-w-[calc(100vw-2rem)] overflow-y-auto rounded border border-stone-300 bg-white py-1 shadow-lg">
        {matches.map((m, n) => (
          <li key={m.slug} id={`${id}-o${n}`} role="option" aria-selected={n === active}
            onMouseDown={(e) => e.preventDefault()} onClick={() => pick(m)}
            className={`flex cursor-pointer flex-wrap items-baseline gap-x-2 px-3 py-1.5 ${n === active ? "bg-blue-100 outline outline-2 -outline-offset-2 outline-blue-700" : "hover:bg-stone-100"}`}>
            {props.renderOption(m)}
          </li>
        ))}
        {total > matches.length ? <li role="presentation" className="px-3 py-1 text-xs text-stone-600">还有 {total - matches.length} {props.noun.slice(0, 1)}，请输入更多字</li> : null}
      </ul>
      <p role="status" className="sr-only">{status}</p>
    </div>
  );
}
