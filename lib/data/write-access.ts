import "server-only";
import { headers } from "next/headers";
import { readCredentials, writeDecision } from "@/lib/security/write-access";
import { allowedHosts, originDecision, type WriteSurface } from "@/lib/security/same-origin";
import { clientKey, requestOrigin } from "@/lib/security/client-address";
import { importRateLimiter } from "@/lib/security/rate-limit";

export function adminTokenRequired(): boolean {
  return Boolean(process.env.DUIZHAO_ADMIN_TOKEN);
}

/**
 * For server actions and route handlers: null when this request may write, else the reason (403). Two rules, both
 * needed: who may write (the token, or this machine) and from where (an allowed Host, this site's own pages).
 */
export async function checkWriteAccess(options: { surface: WriteSurface; formToken?: FormDataEntryValue | null }): Promise<string | null> {
  const h = await headers();
  // The peer address comes from the socket (instrumentation.ts), never from a header the client controls.
  const who = writeDecision({ configuredToken: process.env.DUIZHAO_ADMIN_TOKEN, credentials: readCredentials(h, options.formToken), origin: requestOrigin(h) });
  return who ?? originDecision(h, { allowedHosts: allowedHosts(process.env.DUIZHAO_ALLOWED_HOSTS), surface: options.surface });
}

/** One import request from this client: null when allowed, else how long to wait. DUIZHAO_RATE_LIMIT=off disables. */
export async function checkImportRate(): Promise<{ retryAfterSeconds: number; message: string } | null> {
  const limiter = importRateLimiter();
  if (!limiter) return null;
  const taken = limiter.take(clientKey(requestOrigin(await headers())));
  if (taken.ok) return null;
  return { retryAfterSeconds: taken.retryAfterSeconds, message: `导入过于频繁,请 ${taken.retryAfterSeconds} 秒后再试 / too many imports: retry in ${taken.retryAfterSeconds} s` };
}
