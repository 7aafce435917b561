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
}

function forwardedFor(value: string): string[] {
  // RFC 7239: Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::1]:80"
  return [...value.matchAll(/for=("?)\[?([^\]";,]+)\]?(?::\d+)?\1/gi)].map((m) => m[2]);
}

export function requestOrigin(h: HeaderSource): RequestOrigin {
  const forwarded = [
    ...(h.get("x-forwarded-for") ?? "").split(","),
    ...(h.get("x-real-ip") ?? "").split(","),
    ...forwardedFor(h.get("forwarded") ?? ""),
  ]
    .map((a) => a.trim())
    .filter(Boolean);
  return { peer: h.get(PEER_HEADER)?.trim() || null, forwarded };
}

/**
 * A request is local only when the socket peer is loopback and every forwarding hop it names is loopback too: a
 * reverse proxy on this machine forwarding a remote client (x-forwarded-for: 203.0.113.9) is not local, and a remote
 * client claiming x-forwarded-for: 127.0.0.1 has a non-loopback peer.
 */
export function isLocalRequest(origin: RequestOrigin): boolean {
  return isLoopback(origin.peer) && origin.forwarded.every((a) => isLoopback(a));
}

/**
 * A key for per-client limits: the peer, or behind a proxy on this machine the last hop it appended (the one address
 * that proxy saw itself; the earlier ones are whatever the client claimed).
 */
export function clientKey(origin: RequestOrigin): string {
  if (isLoopback(origin.peer) && origin.forwarded.length > 0) return origin.forwarded[origin.forwarded.length - 1];
  return origin.peer ?? "unknown";
}
