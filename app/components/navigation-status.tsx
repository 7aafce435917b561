"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The loading state of a client navigation, for the whole app (decision 014c). No route has a loading.tsx: its
 * Suspense boundary streamed the page into a hidden element that only a script reveals, so a reader without
 * JavaScript saw a skeleton forever. Instead, a link that the router takes over (Next's Link prevents the default)
 * marks the page busy until the URL changes: a bar at the top, the old view dimmed, and 正在载入… for screen readers.
 * Nothing is rendered on the server, so nothing is hidden without JavaScript.
 */
export function NavigationStatus() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = search ? `${pathname}?${search}` : pathname;
  // The view a navigation started from: busy while it is still the one shown (no effect resets it).
  const [from, setFrom] = useState<string | null>(null);
  const busy = from === here;

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      // Another site, or the same view with another #fragment: the router fetches nothing.
      if (to.origin !== window.location.origin || (to.pathname === window.location.pathname && to.search === window.location.search)) return;
      setFrom(here);
    };
    const onPopState = () => setFrom(null);
    // On window, so that it runs after React's own listener (on the document) has let Link prevent the default.
    window.addEventListener("click", onClick);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("popstate", onPopState);
    };
  }, [here]);

  return (
    <div role="status" className="nav-status" data-busy={busy || undefined}>
      {busy ? <span className="sr-only">正在载入… Loading…</span> : null}
    </div>
  );
}
