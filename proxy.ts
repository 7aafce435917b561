// The compare page's rendered HTML, served from memory while nothing it shows has changed (decision 012e).
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/prisma/client";
import { readReportsState } from "@/lib/data/library-state-query";
import { createPageCache, etagMatches, pageCacheBytes, pageEtag, pageKey, type CachedPage } from "@/lib/http/page-cache";
import { cacheCounter } from "@/lib/http/cache-stats";

/** The proxy's own render request carries this header, and the matcher lets it through to the page. */
const RENDER = "x-duizhao-page-render";
const bytes = pageCacheBytes(process.env);
const cache = bytes ? createPageCache(bytes) : null;
const counter = cacheCounter("page", cache ? () => ({ entries: cache.size, bytes: cache.calculatedSize }) : undefined);
const pending = new Map<string, Promise<Rendered>>();
/** Headers of the render that are about this transfer, not about the page. */
const HOP = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "etag"]);

function selfOrigin(): string {
  const host = process.env.DUIZHAO_HOST;
  const name = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${process.env.PORT ?? "3000"}`;
}

/** Read in this process, from the app's own database client (one per process, prisma/client.ts). */
function fetchState(): Promise<string | null> {
  return readReportsState(getDb());
}

interface Rendered {
  /** The page to keep: a computed comparison's page under a state that did not move while it rendered. */
  page: CachedPage | null;
  /** What the render answered, sent as it is when it is not kept (正在计算对照…, a refusal, a 404): rendering it a
   * second time would cost twice and could answer a later state (a job that failed meanwhile). */
  status: number;
  headers: [string, string][];
  body: string;
}

/** Render the page through the app (the same request, marked); keep it when it is a finished comparison's page. */
async function render(request: NextRequest, key: string, state: string): Promise<Rendered> {
  const res = await fetch(`${selfOrigin()}${request.nextUrl.pathname}${request.nextUrl.search}`, { headers: { [RENDER]: "1", accept: "text/html" }, cache: "no-store", redirect: "manual" });
  const body = await res.text();
  const headers = [...res.headers].filter(([name]) => !HOP.has(name.toLowerCase()) && name.toLowerCase() !== "set-cookie");
  const keep = res.status === 200 && body.includes("data-comparison-kind=") && (await fetchState()) === state;
  return { page: keep ? { state, etag: pageEtag(key, state, body), body, headers } : null, status: res.status, headers, body };
}

function respond(page: CachedPage, request: NextRequest, hit: boolean): Response {
  const headers = new Headers(page.headers);
  headers.set("etag", page.etag);
  headers.set("cache-control", "private, no-cache");
  headers.set("x-duizhao-page-cache", hit ? "hit" : "miss");
  if (etagMatches(request.headers.get("if-none-match"), page.etag)) return new Response(null, { status: 304, headers });
  return new Response(page.body, { status: 200, headers });
}

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  // Documents only: client navigations (RSC, excluded by the matcher too) and fetches get the part in their payload
  // (decision 012b); ?fix= shows a form with live corrections.
  const dest = request.headers.get("sec-fetch-dest");
  if (!cache || request.method !== "GET" || url.searchParams.has("_rsc") || url.searchParams.has("fix") || (dest && dest !== "document" && dest !== "iframe")) return NextResponse.next();
  try {
    const state = await fetchState();
    if (!state) return NextResponse.next();
    const key = pageKey(url, "document");
    const cached = cache.get(key);
    if (cached?.state === state) {
      counter.hits++;
      return respond(cached, request, true);
    }
    counter.misses++;
    const flight = `${key}\0${state}`;
    let job = pending.get(flight);
    if (!job) {
      job = render(request, key, state).finally(() => pending.delete(flight));
      pending.set(flight, job);
    }
    const rendered = await job;
    if (!rendered.page) return new Response(rendered.body, { status: rendered.status, headers: rendered.headers });
    cache.set(key, rendered.page);
    return respond(rendered.page, request, false);
  } catch {
    return NextResponse.next();
  }
}

export const config = {
  matcher: [
    {
      source: "/compare/:left/:right",
      missing: [
        { type: "header", key: "x-duizhao-page-render" },
        { type: "header", key: "rsc" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "next-action" },
      ],
    },
  ],
};
