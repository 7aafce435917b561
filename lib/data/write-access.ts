import "server-only";
import { headers } from "next/headers";
import { writeDecision } from "@/lib/security/write-access";
import { clientKey, requestOrigin } from "@/lib/security/client-address";
import { importRateLimiter } from "@/lib/security/rate-limit";

export function adminTokenRequired(): boolean {
  return Boolean(process.env.DUIZHAO_ADMIN_TOKEN);
}

/** For server actions and route handlers: null when this request may write, else the reason. */
export async function checkWriteAccess(formToken?: FormDataEntryValue | null): Promise<string | null> {
  const h = await headers();
  const bearer = h.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  const provided = typeof formToken === "string" && formToken ? formToken : (h.get("x-duizhao-token") ?? bearer);
  // The peer address comes from the socket (instrumentation.ts), never from a header the client controls.
  return writeDecision({ configuredToken: process.env.DUIZHAO_ADMIN_TOKEN, providedToken: provided, origin: requestOrigin(h) });
}

/** One import request from this client: null when allowed, else how long to wait. DUIZHAO_RATE_LIMIT=off disables. */
export async function checkImportRate(): Promise<{ retryAfterSeconds: number; message: string } | null> {
  const limiter = importRateLimiter();
  if (!limiter) return null;
  const taken = limiter.take(clientKey(requestOrigin(await headers())));
  if (taken.ok) return null;
  return { retryAfterSeconds: taken.retryAfterSeconds, message: `导入过于频繁,请 ${taken.retryAfterSeconds} 秒后再试 / too many imports: retry in ${taken.retryAfterSeconds} s` };
}
