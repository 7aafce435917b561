/**
 * Which writes may come in: only for a Host this server answers to (DNS rebinding sends the attacker's name), and
 * only from this site's own pages when a browser sends them (a form or fetch on another origin is a forgery).
 * Pure: it reads headers only, so route handlers, server actions and tests share it. docs/decisions/006-origin-and-host.md
 */

interface HeaderSource {
  get(name: string): string | null;
}

/** The names every server answers to; DUIZHAO_ALLOWED_HOSTS adds more (comma-separated, `name` or `name:port`). */
export const DEFAULT_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

/** Where the write arrives: server actions are only ever posted by this app's pages, so a browser must be behind them. */
export type WriteSurface = "api" | "action";

export function allowedHosts(value: string | undefined): string[] {
  const extra = (value ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  return [...DEFAULT_ALLOWED_HOSTS, ...extra];
}

/** `name[:port]` of a Host header or an allow-list entry, lower-cased; null when it is not one. */
export function splitHost(value: string): { name: string; port: string | null } | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  return m ? { name: m[1].toLowerCase(), port: m[2] ?? null } : null;
}

export function isAllowedHost(host: string | null, allowed: readonly string[]): boolean {
  const h = host ? splitHost(host) : null;
  if (!h) return false;
  return allowed.some((entry) => {
    const e = splitHost(entry);
    return e !== null && e.name === h.name && (e.port === null || e.port === h.port);
  });
}

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** The host:port an Origin header names (default port dropped, as in a Host header); null for "null" or junk. */
function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (!(url.protocol in DEFAULT_PORTS) || url.pathname !== "/" || url.username || url.search) return null;
    return url.host.toLowerCase();
  } catch {
    return null;
  }
}

function sameHost(a: string, b: string): boolean {
  const x = splitHost(a);
  const y = splitHost(b);
  if (!x || !y) return false;
  const port = (p: string | null) => (p === null || Object.values(DEFAULT_PORTS).includes(p) ? "" : p);
  return x.name === y.name && port(x.port) === port(y.port);
}

/**
 * null when the write may proceed, else the reason to refuse it (403). A request without Sec-Fetch-Site and without
 * Origin is not from a browser (curl, scripts, Node's fetch): no page can make a browser send it, so the API takes it,
 * still under the Host rule and the token/localhost rule. Every browser that could be tricked into a forged POST sends
 * Sec-Fetch-Site (and Origin), so a browser request must say same-origin.
 */
export function originDecision(h: HeaderSource, options: { allowedHosts: readonly string[]; surface: WriteSurface }): string | null {
  const host = h.get("host");
  if (!isAllowedHost(host, options.allowedHosts)) {
    return `主机名不被允许 / host "${host ?? ""}" is not allowed: add it to DUIZHAO_ALLOWED_HOSTS to accept writes under that name`;
  }
  const site = h.get("sec-fetch-site")?.trim().toLowerCase() ?? null;
  if (site !== null && site !== "same-origin" && site !== "none") {
    return `拒绝跨站写入 / cross-site write refused (Sec-Fetch-Site: ${site}): writes are accepted only from this site's own pages`;
  }
  const origin = h.get("origin");
  if (origin !== null) {
    const from = originHost(origin.trim());
    if (from === null || !sameHost(from, host!)) {
      return `来源不符 / origin "${origin}" does not match host "${host}": writes are accepted only from this site's own pages`;
    }
    return null;
  }
  if (site !== null || options.surface === "action") {
    return "缺少 Origin 头 / a write from a browser must carry an Origin header";
  }
  return null;
}
