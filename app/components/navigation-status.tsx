"use client";

import { useEffect, useState } from "react";

/**
 * The loading state of a client navigation, for the whole app (decision 014c). No route has a loading.tsx: its
 * Suspense boundary streamed the page into a hidden element that only a script reveals, so a reader without
 * JavaScript saw a skeleton forever. Instead, a link that the router takes over (Next's Link prevents the default)
 * marks the page busy until the URL changes: a bar at the top, the old view dimmed, and 正在载入… for screen readers.
 *
 * It reads the URL from window.location, not from useSearchParams: that hook needs a Suspense boundary around the bar
 * (for the statically rendered not-found page), and a boundary that is not ready when the shell is sent (a client
 * chunk still loading on a cold server) leaves a <template id="B:…"> that only a script resolves. With no boundary,
 * the server renders the empty bar as part of the shell, and nothing is left waiting without JavaScript (decision 015a).
 */
export function NavigationStatus() {
  // The URL a navigation started from: busy until the address bar shows another one.
  const [from, setFrom] = useState<string | null>(null);
  const busy = from !== null;

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      // Another site, or the same view with another #fragment: the router fetches nothing.
      if (to.origin !== window.location.origin || (to.pathname === window.location.pathname && to.search === window.location.search)) return;
      setFrom(viewOf(window.location));
    };
    const onPopState = () => setFrom(null);
    // On window, so that it runs after React's own listener (on the document) has let Link prevent the default.
    window.addEventListener("click", onClick);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("popstate", onPopState);
    };
  }, []);

  // While busy, watch the address: the router changes it when the new page is committed. No event says so
  // (history.pushState fires none), so check once a frame, and only while a navigation is under way.
  useEffect(() => {
    if (from === null) return;
    let frame = 0;
    const check = () => {
      if (viewOf(window.location) !== from) setFrom(null);
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [from]);

  return (
    <div role="status" className="nav-status" data-busy={busy || undefined}>
      {busy ? <span className="sr-only">正在载入… Loading…</span> : null}
    </div>
  );
}

/** The view a URL shows: its path and query, without the #fragment. */
function viewOf(location: Location): string {
  return `${location.pathname}${location.search}`;
}
