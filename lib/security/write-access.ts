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
export const WRONG_TOKEN = "管理令牌不正确 / the admin token is wrong";
export const BAD_AUTHORIZATION = "Authorization 头格式错误 / the Authorization header must be \"Bearer <token>\"";
export const LOCAL_ONLY = "未设置管理令牌时只允许本机写入 / without DUIZHAO_ADMIN_TOKEN, writes are allowed only from localhost";

interface HeaderSource {
  get(name: string): string | null;
}

/** The tokens a request offers: an empty value offers nothing; an Authorization header that is not `Bearer <token>` is an error. */
export interface Credentials {
  tokens: string[];
  problem: string | null;
}

/** From the `token` form field (the app's own forms), `x-duizhao-token` and `Authorization: Bearer …`. */
export function readCredentials(h: HeaderSource, formToken?: FormDataEntryValue | null): Credentials {
  const tokens: string[] = [];
  if (typeof formToken === "string" && formToken !== "") tokens.push(formToken);
  const header = h.get("x-duizhao-token");
  if (header) tokens.push(header);
  const authorization = h.get("authorization");
  if (authorization === null || authorization.trim() === "") return { tokens, problem: null };
  const bearer = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!bearer) return { tokens, problem: BAD_AUTHORIZATION };
  tokens.push(bearer[1]);
  return { tokens, problem: null };
}

/**
 * Reading is public; writing (import, correct, delete) needs the admin token when one is configured,
 * and otherwise is allowed only from this machine. Returns null when allowed, or the reason it is not.
 * Every token offered must be the right one: a wrong header next to a right one is refused, not ignored.
 */
export function writeDecision(input: { configuredToken: string | undefined; credentials: Credentials; origin: RequestOrigin }): string | null {
  if (input.configuredToken) {
    const { tokens, problem } = input.credentials;
    if (problem) return problem;
    if (tokens.length === 0) return TOKEN_REQUIRED;
    return tokens.every((t) => sameSecret(t, input.configuredToken!)) ? null : WRONG_TOKEN;
  }
  return isLocalRequest(input.origin) ? null : LOCAL_ONLY;
}
