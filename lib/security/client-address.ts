import { isLoopback } from "./write-access";

/**
 * The header instrumentation.ts stamps on every request from the socket's own address, replacing whatever a client
 * sent under that name. Unlike x-forwarded-for (which Next fills in only when the client sent none), it cannot be forged.
 */
export const PEER_HEADER = "x-duizhao-peer";

interface HeaderSource {
  get(name: string): string | null;
}

export interface RequestOrigin {
  /** The TCP peer, or null when the stamp is missing (then nothing counts as local: fail closed). */
  peer: string | null;
  /** Every address the request claims to have passed through (x-forwarded-for, x-real-ip, Forwarded). */
  forwarded: string[];
  /** X-Forwarded-For alone, in order: the one list a proxy appends to, read only from a trusted proxy. */
  forwardedFor: string[];
}

function forwardedFor(value: string): string[] {
  // RFC 7239: Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::1]:80"
  return [...value.matchAll(/for=("?)\[?([^\]";,]+)\]?(?::\d+)?\1/gi)].map((m) => m[2]);
}

const addresses = (value: string | null) => (value ?? "").split(",").map((a) => a.trim()).filter(Boolean);

export function requestOrigin(h: HeaderSource): RequestOrigin {
  const forwarded = [
    ...addresses(h.get("x-forwarded-for")),
    ...(h.get("x-real-ip") ?? "").split(","),
    ...forwardedFor(h.get("forwarded") ?? ""),
  ]
    .map((a) => a.trim())
    .filter(Boolean);
  return { peer: h.get(PEER_HEADER)?.trim() || null, forwarded, forwardedFor: addresses(h.get("x-forwarded-for")) };
}

/**
 * A request is local only when the socket peer is loopback and every forwarding hop it names is loopback too: a
 * reverse proxy on this machine forwarding a remote client (x-forwarded-for: 203.0.113.9) is not local, and a remote
 * client claiming x-forwarded-for: 127.0.0.1 has a non-loopback peer.
 */
export function isLocalRequest(origin: RequestOrigin): boolean {
  return isLoopback(origin.peer) && origin.forwarded.every((a) => isLoopback(a));
}

/** An address as one key: IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address, IPv6 in lower case. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return a.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/** DUIZHAO_TRUSTED_PROXIES: comma-separated addresses of reverse proxies whose X-Forwarded-For is believed. */
export function trustedProxies(value: string | undefined): Set<string> {
  return new Set((value ?? "").split(",").map((a) => a.trim()).filter(Boolean).map(normalizeAddress));
}

/**
 * A key for per-client limits: the TCP peer. Only when the peer is a configured trusted proxy is X-Forwarded-For
 * read, from the right (the hop that proxy appended), skipping further trusted proxies: anything to the left of the
 * first untrusted hop is whatever the client claimed. Without a trusted proxy, no header changes the key.
 */
export function clientKey(origin: RequestOrigin, trusted: ReadonlySet<string> = new Set()): string {
  if (!origin.peer) return "unknown";
  let key = normalizeAddress(origin.peer);
  for (let i = origin.forwardedFor.length - 1; i >= 0 && trusted.has(key); i--) key = normalizeAddress(origin.forwardedFor[i]);
  return key;
}
