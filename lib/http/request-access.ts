import "server-only";
import { headers } from "next/headers";
import { readCredentials, writeDecision } from "@/lib/security/write-access";
import { allowedHosts, originDecision, type WriteSurface } from "@/lib/security/same-origin";
import { clientKey, requestOrigin, trustedProxies } from "@/lib/security/client-address";
import { importBudget } from "@/lib/security/rate-limit";

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

/**
 * Take the cost of one import request (its files and bytes) from this client's budget: null when allowed, else the
 * reason and how long to wait. The client is the TCP peer (or what a DUIZHAO_TRUSTED_PROXIES proxy forwarded).
 */
export async function checkImportRate(cost: { files: number; bytes: number }): Promise<{ retryAfterSeconds: number; exceedsCapacity: boolean; message: string } | null> {
  const budget = importBudget();
  if (!budget) return null;
  const key = clientKey(requestOrigin(await headers()), trustedProxies(process.env.DUIZHAO_TRUSTED_PROXIES));
  const taken = budget.take(key, cost);
  if (taken.ok) return null;
  return { retryAfterSeconds: taken.retryAfterSeconds, exceedsCapacity: taken.exceedsCapacity, message: taken.message ?? "" };
}
