"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { takeTree } from "./stash";

/** URLs whose parts this browser already asked the server to send again (once each; then a full load). */
const retried = new Set<string>();
let recovering = false;

/** Every part of a page that mounted without its markup asks once, together: one refresh, not one per part. */
function recover(refresh: () => void) {
  if (recovering) return;
  recovering = true;
  window.setTimeout(() => {
    recovering = false;
    const here = window.location.href;
    if (retried.has(here)) return window.location.reload();
    retried.add(here);
    refresh();
  }, 0);
}

/**
 * A part of a server-rendered page whose markup is in the HTML only (decision 012b). With a `token`, the HTML render
 * takes the part's tree from the stash and renders it; in the browser the element keeps that markup as it is
 * (an empty dangerouslySetInnerHTML is never written on hydration), so the page payload carries the token, not the
 * part. Without a token (a client navigation: no HTML render happens) the part comes as `children`, like any server
 * component. When a token part mounts without its markup (the router restored it from its cache after a client
 * navigation), it asks the server for the part again.
 */
export function ServerHtml({ token, children, ...attributes }: { token?: string; children?: ReactNode; id?: string; className?: string; "data-page"?: number; "data-page-rows"?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => {
    // Markup from the HTML render carries data-server-html; a part mounted without it was never rendered here.
    if (!token || !ref.current || ref.current.hasAttribute("data-server-html")) return;
    recover(() => router.refresh());
  }, [token, router]);
  if (!token) return <div {...attributes}>{children}</div>;
  if (typeof window === "undefined") return <div {...attributes} data-server-html="">{takeTree(token)}</div>;
  return <div {...attributes} ref={ref} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}
