import { timingSafeEqual } from "node:crypto";
import { isLocalRequest, type RequestOrigin } from "./client-address";

/** Loopback addresses, as Node reports them (IPv4, IPv6 and IPv4-mapped IPv6). */
export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const a = address.trim().toLowerCase();
  return a === "::1" || a === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(a) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(a);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const TOKEN_REQUIRED = "需要管理令牌 / an admin token is required (DUIZHAO_ADMIN_TOKEN)";
export const LOCAL_ONLY = "未设置管理令牌时只允许本机写入 / without DUIZHAO_ADMIN_TOKEN, writes are allowed only from localhost";

/**
 * Reading is public; writing (import, correct, delete) needs the admin token when one is configured,
 * and otherwise is allowed only from this machine. Returns null when allowed, or the reason it is not.
 */
export function writeDecision(input: { configuredToken: string | undefined; providedToken: string | null | undefined; origin: RequestOrigin }): string | null {
  if (input.configuredToken) {
    if (input.providedToken && sameSecret(input.providedToken, input.configuredToken)) return null;
    return TOKEN_REQUIRED;
  }
  return isLocalRequest(input.origin) ? null : LOCAL_ONLY;
}
